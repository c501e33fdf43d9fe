/**
 * Content fuzzing: hundreds of broken variants of the real content files. Each variant must either stop the
 * build with a problem naming the file and the field, or pass and render its text escaped. No variant may
 * crash the check, and a variant that passes must keep every record.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mdxToMdast } from 'satteri';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse, stringify } from 'yaml';
import { checkContent } from '../../src/check';
import { formatProblem, type Problem } from '../../src/lib/content/problem';
import { collectionRecords } from '../../src/lib/content/validate';
import { COLLECTIONS, type CollectionName } from '../../src/lib/content/read';
import { copyContentSubset } from '../support/content-subset';

// Inside the project (and git-ignored), because the real build takes CONTENT_DIR relative to the project root.
const WORK = join('reports', 'fuzz');
const DIR = join(WORK, 'content');
// A fixed slice of the real content (these articles and what they lead to), so the fuzzer's time does not grow
// with the site: every variant checks the whole slice.
const ARTICLES = ['rt-cjng-ukraine-drones', 'commercial-drones-as-weapons', 'drones-in-mexicos-criminal-conflicts', 'cjng', 'about'];
rmSync(WORK, { recursive: true, force: true });
copyContentSubset('content', DIR, ARTICLES);

type Data = Record<string, any>;

interface Variant {
  name: string;
  /** The file the mutation touches, relative to the content folder. */
  file: string;
  /** Changes the copy of the content folder; the original files are restored afterwards. */
  apply: () => void;
  /** The field path a problem must name (its start), or 'escaped' when the variant is valid text that must render escaped. */
  field: string | 'escaped';
  /** For variants that add or remove files: the file a problem must name instead of `file`. */
  problemFile?: string;
}

const recordFiles = (collection: CollectionName) =>
  (existsSync(join(DIR, collection)) ? readdirSync(join(DIR, collection)) : [])
    .filter((name) => name.endsWith(COLLECTIONS[collection].extension))
    .sort();
const at = (collection: CollectionName, index: number) => `${collection}/${recordFiles(collection)[index]!}`;
const read = (file: string) => readFileSync(join(DIR, file), 'utf8');
const write = (file: string, text: string) => writeFileSync(join(DIR, file), text);
const editYaml = (file: string, edit: (data: Data) => void) => {
  const data = parse(read(file)) as Data;
  edit(data);
  write(file, stringify(data));
};
const editFrontMatter = (file: string, edit: (data: Data) => void) => {
  const text = read(file);
  const end = text.indexOf('\n---', 4);
  const data = parse(text.slice(4, end)) as Data;
  edit(data);
  write(file, `---\n${stringify(data)}---${text.slice(end + 4)}`);
};

const variants: Variant[] = [];
const add = (variant: Variant) => variants.push(variant);

// 1. Every required field missing, in three files of each collection.
const REQUIRED: Record<CollectionName, string[]> = {
  claims: ['id', 'statement', 'status', 'assessed', 'rationale', 'attribution', 'sources'],
  sources: ['id', 'kind', 'title', 'publisher', 'published', 'url', 'accessed', 'language'],
  actors: ['id', 'name', 'kind', 'description', 'sources'],
  events: ['id', 'date', 'title', 'summary', 'kind', 'sources'],
  glossary: ['id', 'term', 'definition', 'sources'],
  articles: ['title', 'description', 'kind', 'published', 'updated'],
  'articles-es': ['title', 'description', 'published', 'updated'],
};
for (const [collection, fields] of Object.entries(REQUIRED) as [CollectionName, string[]][]) {
  // A collection the slice holds fewer files of (a language not yet translated) is broken in the files it has.
  for (const index of (collection === 'articles-es' ? [0] : collection === 'articles' || collection === 'glossary' ? [0, 1] : [0, 1, 2]).filter((i) => i < recordFiles(collection).length)) {
    const file = at(collection, index);
    for (const field of fields) {
      const edit = (data: Data) => delete data[field];
      add({ name: `${file} without ${field}`, file, field, apply: () => (COLLECTIONS[collection].extension === '.mdx' ? editFrontMatter(file, edit) : editYaml(file, edit)) });
    }
  }
}

// 2. Wrong types, unknown values, bad dates and URLs, unknown fields.
const WRONG: [CollectionName, string, unknown][] = [
  ['claims', 'statement', 42],
  ['claims', 'statement', ['a', 'list']],
  ['claims', 'status', 'confirmed'],
  ['claims', 'status', 'Documented'],
  ['claims', 'status', ''],
  ['claims', 'assessed', '2025-13-01'],
  ['claims', 'assessed', '2025-02-30'],
  ['claims', 'assessed', 'yesterday'],
  ['claims', 'assessed', 20250220],
  ['claims', 'attribution', 'RT'],
  ['claims', 'attribution', []],
  ['claims', 'sources', 'rt-report'],
  ['claims', 'sources', []],
  ['claims', 'about', 'cjng'],
  ['claims', 'countries', ['XX']],
  ['claims', 'countries', 'MX'],
  ['claims', 'countries', []],
  ['claims', 'countries', ['Mexico']],
  ['claims', 'uses', ['smuggling']],
  ['claims', 'uses', []],
  ['claims', 'uses', null],
  ['claims', 'history', { date: '2025-01-01' }],
  ['claims', 'speaker', 7],
  ['claims', 'reliabilty', 'typo'],
  ['sources', 'kind', 'blog'],
  ['sources', 'url', 'javascript:alert(1)'],
  ['sources', 'url', 'example.org/page'],
  ['sources', 'url', 'http://'],
  ['sources', 'url', 'ftp://files.example.org/x'],
  ['sources', 'archiveUrl', 'not a url'],
  ['sources', 'published', '8 September 2025'],
  ['sources', 'published', '2025-9-8'],
  ['sources', 'accessed', null],
  ['sources', 'language', 'Spanish'],
  ['sources', 'authors', 'Jane Doe'],
  ['sources', 'authors', ['Jane Doe']],
  ['sources', 'authors', [{ given: 'Jane' }]],
  ['sources', 'authors', [{ family: 'Doe', literal: 'Jane Doe' }]],
  ['sources', 'editors', [{ family: '' }]],
  ['sources', 'form', 'blog'],
  ['sources', 'form', null],
  ['sources', 'published', '2025-13'],
  ['sources', 'titleTranslation', ''],
  ['sources', 'container', 7],
  ['sources', 'titleIsDescription', 'yes'],
  ['sources', 'affiliation', 'state media'],
  ['sources', 'title', ''],
  ['sources', 'publisher', '   '],
  ['sources', 'kind', 'State-Media'],
  ['sources', 'urll', 'https://example.org'],
  ['actors', 'kind', 'cartel'],
  ['actors', 'country', 'Mexico'],
  ['actors', 'sources', []],
  ['actors', 'sources', 'rt-report'],
  ['actors', 'name', { en: 'RT' }],
  ['events', 'kind', 'attack'],
  ['events', 'date', '2025'],
  ['events', 'claims', 'one-claim'],
  ['events', 'sources', []],
  ['events', 'place', 12],
  ['events', 'countries', ['ZZ']],
  ['events', 'countries', null],
  ['events', 'uses', ['drones']],
  ['events', 'uses', 'attack'],
];
WRONG.forEach(([collection, field, value], i) => {
  const file = at(collection, i % 3);
  add({ name: `${file} with ${field}: ${JSON.stringify(value)}`, file, field, apply: () => editYaml(file, (data) => (data[field] = value)) });
});
for (const [file, field, value] of [
  [at('articles', 0), 'kind', 'blog'],
  [at('articles', 0), 'published', '2026-02-30'],
  [at('articles', 1), 'updated', 'today'],
  [at('articles', 1), 'title', 17],
  [at('articles', 0), 'tags', ['drones']],
] as const) {
  add({ name: `${file} with ${field}: ${JSON.stringify(value)}`, file, field, apply: () => editFrontMatter(file, (data) => (data[field] = value)) });
}

// 3. Dangling ids wherever a record refers to another, and references to a record that is removed.
const claimFile = 'claims/cjng-members-trained-in-ukraine.yaml';
const DANGLING: [string, string, (data: Data) => void][] = [
  [claimFile, 'sources[0].source', (d) => (d.sources[0].source = 'no-such-source')],
  [claimFile, 'sources[2].source', (d) => (d.sources[2].source = 'no-such-source')],
  [claimFile, 'attribution[1].actor', (d) => (d.attribution[1].actor = 'no-such-actor')],
  [claimFile, 'about[0]', (d) => (d.about[0] = 'no-such-actor')],
  [claimFile, 'speaker', (d) => (d.speaker = 'no-such-actor')],
  ['claims/matrice-300-specification.yaml', 'speaker', (d) => (d.speaker = 'no-such-actor')],
  ['sources/rt-cartel-drone-warfare-ukraine.yaml', 'actor', (d) => (d.actor = 'no-such-actor')],
  ['sources/rt-cartel-drone-warfare-ukraine.yaml', 'affiliation.source', (d) => (d.affiliation.source = 'no-such-source')],
  ['actors/rt.yaml', 'sources[1]', (d) => (d.sources[1] = 'no-such-source')],
  ['events/2025-09-08-milenio-report.yaml', 'claims[0]', (d) => (d.claims[0] = 'no-such-claim')],
  ['events/2025-09-08-milenio-report.yaml', 'sources[2]', (d) => (d.sources[2] = 'no-such-source')],
  ['sources/tass-milenio-summary.yaml', 'relays[0].event', (d) => (d.relays[0].event = 'no-such-event')],
  ['sources/tass-milenio-summary.yaml', 'relays[0].says', (d) => (d.relays[0].says = 'no-such-claim')],
  ['sources/rt-cartel-drone-warfare-ukraine.yaml', 'relays[0].source', (d) => (d.relays[0] = { source: 'no-such-source', named: true, says: d.relays[0].says })],
];
for (const [file, field, edit] of DANGLING) add({ name: `${file} with a dangling ${field}`, file, field, apply: () => editYaml(file, edit) });
for (const [removed, referrer, field] of [
  ['sources/zdnet-dji-suspends.yaml', 'claims/dji-opposes-military-use.yaml', 'sources[0].source'],
  ['actors/milenio.yaml', 'claims/cjng-members-trained-in-ukraine.yaml', 'attribution[1].actor'],
  ['claims/aguililla-drone-attack-2021.yaml', 'events/2021-04-20-aguililla-drone-attack.yaml', 'claims[0]'],
  ['claims/matrice-300-carries-3kg.yaml', 'articles/rt-cjng-ukraine-drones.mdx', 'body (line'],
] as const) {
  add({ name: `${removed} removed while ${referrer} refers to it`, file: removed, problemFile: referrer, field, apply: () => rmSync(join(DIR, removed)) });
}

// 4. Duplicate ids, misplaced files and other files that would otherwise be skipped.
for (const file of [at('claims', 3), at('sources', 3), at('actors', 3), at('events', 3)]) {
  const copy = file.replace(/\.yaml$/, '-copy.yaml');
  add({ name: `${file} copied to a second file`, file, problemFile: copy, field: 'id', apply: () => write(copy, read(file)) });
}
add({ name: 'a claim saved as .yml', file: 'claims/x.yml', field: '(file)', apply: () => write('claims/x.yml', read(at('claims', 0))) });
add({ name: 'a claim saved as .json', file: 'claims/x.json', field: '(file)', apply: () => write('claims/x.json', '{}') });
add({ name: 'an article saved as .md', file: 'articles/x.md', field: '(file)', apply: () => write('articles/x.md', read(at('articles', 0))) });
add({
  name: 'a claim in a subfolder',
  file: 'claims/drafts',
  field: '(file)',
  apply: () => {
    mkdirSync(join(DIR, 'claims/drafts'));
    write('claims/drafts/x.yaml', read(at('claims', 0)));
  },
});
add({
  name: 'a misspelled collection folder',
  file: 'claim',
  field: '(file)',
  apply: () => {
    mkdirSync(join(DIR, 'claim'));
    write('claim/x.yaml', read(at('claims', 0)));
  },
});

// 5. Overlong quotations, and a documented claim without the evidence documented needs.
const words = (count: number) => Array.from({ length: count }, (_, i) => `word${i}`).join(' ');
for (const index of [0, 5, 10]) {
  const file = at('claims', index);
  add({ name: `${file} with a 40-word quote`, file, field: 'sources[0].quote', apply: () => editYaml(file, (d) => (d.sources[0].quote = words(40))) });
  add({ name: `${file} with a 45-word statement`, file, field: 'statement', apply: () => editYaml(file, (d) => (d.statement = words(45))) });
}
for (const file of ['claims/cjng-members-trained-in-ukraine.yaml', 'claims/experts-see-ukraine-similarities.yaml', 'claims/matrice-300-common-in-ukraine.yaml']) {
  add({ name: `${file} promoted to documented`, file, field: 'status', apply: () => editYaml(file, (d) => (d.status = 'documented')) });
}
add({
  name: 'a history entry dated after the assessment',
  file: claimFile,
  field: 'history[0].date',
  apply: () => editYaml(claimFile, (d) => (d.history = [{ date: '2030-01-01', status: 'alleged', reason: 'Later.' }])),
});

// 6. Files that are not YAML records at all.
const NOT_YAML: [string, (text: string) => string][] = [
  ['an unclosed quote', (text) => text.replace(/^id: /m, "id: 'unclosed ")],
  ['a tab for indentation', (text) => text.replace('\n', '\n\t')],
  ['a duplicated key', (text) => `${text}id: again\n`],
  ['nothing in it', () => ''],
  ['a list instead of a record', () => '- a\n- b\n'],
  ['only a comment', () => '# nothing here\n'],
  ['a bare word', () => 'documented\n'],
  ['a stray colon in a value', (text) => text.replace(/^(id: .*)$/m, '$1: it is so')],
];
for (const collection of ['claims', 'sources', 'actors', 'events'] as const) {
  NOT_YAML.forEach(([name, change], i) => {
    const file = at(collection, 4 + i);
    add({ name: `${file} with ${name}`, file, field: name === 'a stray colon in a value' || name === 'a duplicated key' || name === 'an unclosed quote' || name === 'a tab for indentation' ? '(file)' : '', apply: () => write(file, change(read(file))) });
  });
}

// 7. Broken MDX: markup, expressions, code and components used wrongly, and broken front matter.
const article = 'articles/rt-cjng-ukraine-drones.mdx';
const BODIES = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<div class="x">text</div>',
  '<iframe src="https://example.org"></iframe>',
  'Two plus two is {2 + 2}.',
  'An object {',
  'import Evil from "../evil.astro"',
  'export const x = 1',
  'Hearts <3 drones.',
  'If a <= b then.',
  '<!-- hidden note -->',
  '<https://example.org>',
  '<Claim id="no-such-claim" />',
  '<Claim />',
  '<Claim id="rt-is-state-controlled-media" extra="x" />',
  '<Claim id=rt-is-state-controlled-media />',
  '<Claim id="rt-is-state-controlled-media">unclosed phrase',
  '</Claim>',
  '<Source id="zdnet-dji-suspends">this text would vanish</Source>',
  '<Source id="no-such-source" />',
  '<Source locator="p. 1" />',
  '[a link](javascript:alert(1))',
  '[a link](data:text/html,hi)',
  '[a link](relative/page)',
  '<Claim id="rt-is-state-controlled-media" onClick="alert(1)" />',
  `He said “${words(41)}”.`,
  `> ${words(41)}`,
  '<Claim id={"rt-is-state-controlled-media"} />',
  '<Fragment>text</Fragment>',
  '<claim id="rt-is-state-controlled-media" />',
];
for (const line of BODIES) add({ name: `article body with ${line.slice(0, 40)}`, file: article, field: 'body (line', apply: () => write(article, `${read(article)}\n${line}\n`) });
add({ name: 'article without front matter', file: article, field: '(file)', apply: () => write(article, read(article).replace(/^---[\s\S]*?\n---\n/, '')) });
add({ name: 'article with broken front matter YAML', file: article, field: '(file)', apply: () => write(article, read(article).replace(/^title: .*$/m, "title: 'unclosed")) });
add({ name: 'explainer that refers to no claim', file: article, field: 'body', apply: () => write(article, read(article).replace(/<Claim id="[^"]+" \/>/g, '')) });
add({ name: 'site page at a reserved address', file: 'articles/claims.mdx', field: '(file)', apply: () => write('articles/claims.mdx', read('articles/about.mdx')) });

// 8. Markup and script in text fields: valid text, which must render escaped, never as markup.
const INJECTIONS = ['<script>alert("x")</script>', '<img src=x onerror=alert(1)>', '"><b>bold</b>', '{2 + 2} & <!-- c -->'];
const TEXT_FIELDS: [string, (data: Data, text: string) => void][] = [
  ['claims/matrice-300-specification.yaml', (d, t) => (d.statement = `DJI lists a payload ${t}.`)],
  ['claims/matrice-300-specification.yaml', (d, t) => (d.rationale = `Specification ${t}.`)],
  ['claims/matrice-300-specification.yaml', (d, t) => (d.sources[0].locator = `table ${t}`)],
  ['claims/cjng-members-trained-in-ukraine.yaml', (d, t) => (d.attribution[2].description = `sources ${t}`)],
  ['sources/zdnet-dji-suspends.yaml', (d, t) => (d.title = `DJI ${t}`)],
  ['sources/zdnet-dji-suspends.yaml', (d, t) => (d.publisher = `ZDNet ${t}`)],
  ['sources/zdnet-dji-suspends.yaml', (d, t) => (d.note = `Note ${t}`)],
  ['sources/zdnet-dji-suspends.yaml', (d, t) => (d.authors = [{ family: `Author ${t}`, given: `Given ${t}` }, { literal: `Desk ${t}` }])],
  ['sources/zdnet-dji-suspends.yaml', (d, t) => (d.titleTranslation = `Translation ${t}`)],
  ['sources/zdnet-dji-suspends.yaml', (d, t) => (d.container = `Container ${t}`)],
  ['sources/zdnet-dji-suspends.yaml', (d, t) => ((d.published = null), (d.dateNote = `No date ${t}`))],
  ['actors/dji.yaml', (d, t) => (d.name = `DJI ${t}`)],
  ['actors/dji.yaml', (d, t) => (d.description = `A maker ${t}.`)],
  ['events/2022-04-26-dji-suspends-russia-ukraine.yaml', (d, t) => (d.title = `DJI ${t}`)],
];
for (const [file, edit] of TEXT_FIELDS) {
  for (const text of INJECTIONS) add({ name: `${file} with ${text} in a text field`, file, field: 'escaped', apply: () => editYaml(file, (d) => edit(d, text)) });
}
for (const text of INJECTIONS) {
  add({ name: `article description with ${text}`, file: article, field: 'escaped', apply: () => editFrontMatter(article, (d) => (d.description = `RT ${text}`)) });
}

const snapshot = new Map<string, string>();
let original: ReturnType<typeof checkContent>;

beforeAll(() => {
  original = checkContent(DIR);
});
afterAll(() => rmSync(WORK, { recursive: true, force: true }));

/** Applies a variant to the copy, checks it, and puts the copy back exactly as it was. */
function check(variant: Variant): ReturnType<typeof checkContent> {
  snapshot.clear();
  for (const collection of Object.keys(COLLECTIONS) as CollectionName[]) {
    for (const name of recordFiles(collection)) snapshot.set(`${collection}/${name}`, read(`${collection}/${name}`));
  }
  try {
    variant.apply();
    return checkContent(DIR);
  } finally {
    rmSync(DIR, { recursive: true, force: true });
    for (const [file, text] of snapshot) {
      mkdirSync(join(DIR, file.split('/')[0]!), { recursive: true });
      write(file, text);
    }
  }
}

const named = (problem: Problem, file: string) => problem.file === `${DIR}/${file}`.split('\\').join('/');

test('the fuzzer covers at least 200 variants', () => {
  expect(variants.length).toBeGreaterThanOrEqual(200);
  expect(original.problems).toEqual([]);
});

describe('every broken variant stops the build naming the file and the field', () => {
  test.each(variants.filter((variant) => variant.field !== 'escaped').map((variant) => [variant.name, variant] as const))('%s', (_, variant) => {
    const { problems } = check(variant);
    const lines = problems.map(formatProblem);
    expect(lines.length, 'problems').toBeGreaterThan(0);
    for (const problem of problems) {
      expect(problem.file && problem.record && problem.field && problem.message, formatProblem(problem)).toBeTruthy();
    }
    const file = variant.problemFile ?? variant.file;
    expect(
      problems.some((problem) => named(problem, file) && problem.field.startsWith(variant.field)),
      `a problem naming ${file} and ${variant.field || 'the file'}; got:\n${lines.join('\n')}`,
    ).toBe(true);
  });
});

describe('markup in a text field is valid content and no record is dropped', () => {
  test.each(variants.filter((variant) => variant.field === 'escaped').map((variant) => [variant.name, variant] as const))('%s', (_, variant) => {
    const { content, problems } = check(variant);
    expect(problems.map(formatProblem)).toEqual([]);
    for (const collection of Object.keys(COLLECTIONS) as CollectionName[]) {
      expect(collectionRecords(content, collection).length, collection).toBe(collectionRecords(original.content, collection).length);
    }
  });
});

test('every article body the MDX parser rejects is also rejected by the content check', () => {
  const rejectedByParser = BODIES.filter((line) => {
    try {
      mdxToMdast(line);
      return false;
    } catch {
      return true;
    }
  });
  expect(rejectedByParser.length).toBeGreaterThan(3);
  for (const line of rejectedByParser) {
    const variant = variants.find((candidate) => candidate.name === `article body with ${line.slice(0, 40)}`)!;
    expect(check(variant).problems.some((problem) => named(problem, article)), line).toBe(true);
  }
});

test('a real build renders markup from every text field as escaped text', () => {
  const all = INJECTIONS.join(' ');
  for (const [file, edit] of TEXT_FIELDS) editYaml(file, (d) => edit(d, all));
  editFrontMatter(article, (d) => (d.description = `RT ${all}`));
  const outDir = join(WORK, 'dist');
  const env: NodeJS.ProcessEnv = { ...process.env, CONTENT_DIR: DIR, ASTRO_TELEMETRY_DISABLED: '1' };
  delete env.VITEST;
  const build = spawnSync('npx', ['astro', 'build', '--force', '--outDir', outDir], { env, encoding: 'utf8' });
  expect(build.status, build.stdout + build.stderr).toBe(0);
  for (const page of ['claims/matrice-300-specification', 'claims/cjng-members-trained-in-ukraine', 'sources/zdnet-dji-suspends', 'actors/dji', 'articles/rt-cjng-ukraine-drones']) {
    const html = readFileSync(join(outDir, page, 'index.html'), 'utf8');
    // The page's own scripts: JSON-LD, whose text may not contain "<" at all, and the copy button's file.
    const jsonLd = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!;
    expect(jsonLd, page).not.toContain('<');
    const own = html.replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/, '').replace('<script type="module" src="/enhance/copy.js"></script>', '');
    // Attribute values may hold "<" safely; what matters is that no element was injected.
    const elements = own.replace(/="[^"]*"/g, '=""');
    expect(elements, page).not.toMatch(/<script|<img|<b>|<!-- c/);
    expect(html, page).toContain('&lt;script&gt;');
    expect(html, page).toContain('&lt;img src=x onerror=alert(1)&gt;');
  }
});

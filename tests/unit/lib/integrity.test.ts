import { mkdtempSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent, describeProblems } from '../../../src/check';
import { formatProblem } from '../../../src/lib/content/problem';
import type { Content } from '../../../src/lib/content/validate';
import { checkIntegrity } from '../../../src/lib/evidence/integrity';
import { VALID_CONTENT, words } from '../fixtures';

const CLAIM = 'tests/fixtures/content-valid/claims/unit-trained-abroad.yaml: unit-trained-abroad';
const OUTLET = 'tests/fixtures/content-valid/sources/outlet-report.yaml: outlet-report';
const ARTICLE = 'tests/fixtures/content-valid/articles/fixture-explainer.mdx: fixture-explainer';
const SPANISH = 'tests/fixtures/content-valid/articles-es/fixture-explainer.mdx: fixture-explainer';

/** The fixture, validated, for one test to break. */
function content(): Content {
  const { content, problems } = checkContent(VALID_CONTENT);
  expect(problems).toEqual([]);
  return content;
}

const find = <T extends { id: string }>(records: T[], id: string) => records.find((record) => record.id === id)!;

function problemsAfter(mutate: (content: Content) => void): string[] {
  const broken = content();
  mutate(broken);
  return checkIntegrity(broken).map(formatProblem);
}

describe('integrity check', () => {
  test('passes the valid fixture', () => {
    expect(checkIntegrity(content())).toEqual([]);
  });

  const cases: [string, (content: Content) => void, string][] = [
    ['article → claim', (c) => (find(c.articles, 'fixture-explainer').body += '\nMore. <Claim id="no-such-claim" />\n'), `${ARTICLE}: body (line 17): no claim has the id "no-such-claim"`],
    ['article → source', (c) => (find(c.articles, 'fixture-explainer').body += '\n<Source id="no-such-source" />\n'), `${ARTICLE}: body (line 17): no source has the id "no-such-source"`],
    ['claim → source', (c) => (find(c.claims, 'unit-trained-abroad').data.sources[0]!.source = 'gone'), `${CLAIM}: sources[0].source: no source has the id "gone"`],
    ['attribution → actor', (c) => (find(c.claims, 'unit-trained-abroad').data.attribution[1]!.actor = 'nobody'), `${CLAIM}: attribution[1].actor: no actor has the id "nobody"`],
    ['claim about → actor', (c) => (find(c.claims, 'unit-trained-abroad').data.about = ['nobody']), `${CLAIM}: about[0]: no actor has the id "nobody"`],
    ['claim speaker → actor', (c) => (find(c.claims, 'unit-trained-abroad').data.speaker = 'nobody'), `${CLAIM}: speaker: no actor has the id "nobody"`],
    ['event → claim', (c) => (find(c.events, 'designation').data.claims = ['gone']), 'tests/fixtures/content-valid/events/designation.yaml: designation: claims[0]: no claim has the id "gone"'],
    ['event → source', (c) => (find(c.events, 'designation').data.sources = ['gone']), 'tests/fixtures/content-valid/events/designation.yaml: designation: sources[0]: no source has the id "gone"'],
    ['actor → source', (c) => (find(c.actors, 'example-outlet').data.sources = ['gone']), 'tests/fixtures/content-valid/actors/example-outlet.yaml: example-outlet: sources[0]: no source has the id "gone"'],
    ['source → publisher actor', (c) => (find(c.sources, 'outlet-report').data.actor = 'nobody'), 'tests/fixtures/content-valid/sources/outlet-report.yaml: outlet-report: actor: no actor has the id "nobody"'],
    ['source → affiliation source', (c) => (find(c.sources, 'state-tv-report').data.affiliation!.source = 'gone'), 'tests/fixtures/content-valid/sources/state-tv-report.yaml: state-tv-report: affiliation.source: no source has the id "gone"'],
    ['a source establishing its own affiliation', (c) => (find(c.sources, 'state-tv-report').data.affiliation!.source = 'state-tv-report'), 'tests/fixtures/content-valid/sources/state-tv-report.yaml: state-tv-report: affiliation.source: must be another source: a record cannot establish its own affiliation'],
    ['a duplicate id', (c) => c.claims.push({ ...find(c.claims, 'unit-trained-abroad'), file: 'content/claims/copy.yaml' }), 'content/claims/copy.yaml: unit-trained-abroad: id: duplicates the id of tests/fixtures/content-valid/claims/unit-trained-abroad.yaml'],
    ['a claim with no supporting source', (c) => (find(c.claims, 'unit-trained-abroad').data.sources[0]!.relation = 'context'), `${CLAIM}: sources: needs at least one source with relation "supports"`],
    [
      'a documented claim without a primary record or two independent sources',
      (c) => {
        const claim = find(c.claims, 'unit-trained-abroad').data;
        claim.status = 'documented';
        claim.attribution = [claim.attribution[0]!];
      },
      `${CLAIM}: status: is "documented" but no supporting source is a primary record or the speaker’s own statement, and it lacks two supporting sources from different publishers`,
    ],
    ['a documented claim resting on an unnamed party', (c) => (find(c.claims, 'unit-trained-abroad').data.status = 'documented'), `${CLAIM}: status: is "documented" but its innermost attribution link is unnamed`],
    ['a history entry after the assessment', (c) => (find(c.claims, 'unit-trained-abroad').data.history[0]!.date = '2027-01-01'), `${CLAIM}: history[0].date: is after the current assessment (2026-11-24)`],
    ['relay → source', (c) => (find(c.sources, 'outlet-report').data.relays[0]!.source = 'gone'), `${OUTLET}: relays[0].source: no source has the id "gone"`],
    ['relay → event', (c) => (find(c.sources, 'outlet-report').data.relays[0] = { event: 'gone', named: true, says: 'unit-trained-abroad' }), `${OUTLET}: relays[0].event: no event has the id "gone"`],
    ['relay → claim', (c) => (find(c.sources, 'outlet-report').data.relays[0]!.says = 'gone'), `${OUTLET}: relays[0].says: no claim has the id "gone"`],
    ['relay → itself', (c) => (find(c.sources, 'outlet-report').data.relays[0]!.source = 'outlet-report'), `${OUTLET}: relays[0].source: must be another source: a source cannot repeat itself`],
    ['relay saying a claim that does not cite the source', (c) => (find(c.sources, 'outlet-report').data.relays[0]!.says = 'designation-published'), `${OUTLET}: relays[0].says: names claim "designation-published", which does not cite this source: a relay says what this source says`],
    [
      'relay of a later source',
      (c) => {
        const outlet = find(c.sources, 'outlet-report').data;
        outlet.published = '2025-09';
        find(c.sources, 'state-tv-report').data.published = '2025-10-01';
      },
      `${OUTLET}: relays[0].source: repeats "state-tv-report", dated 2025-10-01, which is later than this source (2025-09)`,
    ],
    [
      'relay of a later event',
      (c) => (find(c.sources, 'state-tv-report').data.relays = [{ event: 'designation', named: false, says: 'unit-trained-abroad' }], find(c.events, 'designation').data.date = '2025-09-09'),
      'tests/fixtures/content-valid/sources/state-tv-report.yaml: state-tv-report: relays[0].event: repeats "designation", dated 2025-09-09, which is later than this source (2025-09-08)',
    ],
    ['read next → an article that is not an explainer', (c) => (find(c.articles, 'fixture-explainer').data.readNext = ['about']), `${ARTICLE}: readNext[0]: no explainer has the id "about"`],
    ['read next → itself', (c) => (find(c.articles, 'fixture-explainer').data.readNext = ['fixture-explainer']), `${ARTICLE}: readNext[0]: must name another article`],
    [
      'an explainer with nothing to read next when there is another explainer',
      (c) => {
        const about = find(c.articles, 'about');
        about.data.kind = 'explainer';
        about.data.readNext = ['fixture-explainer'];
      },
      `${ARTICLE}: readNext: is empty: an explainer names at least one explainer to read next`,
    ],
    ['an explainer that uses no claims', (c) => (find(c.articles, 'fixture-explainer').body = 'Just prose.\n'), `${ARTICLE}: body: is an explainer but refers to no claims: add <Claim id="…" /> references, or set kind: site-page`],
    ['a quotation over 40 words', (c) => (find(c.articles, 'fixture-explainer').body += `\nThey said “${words(40)}”. <Claim id="designation-published" />\n`), `${ARTICLE}: body (line 17): quotes 40 words; quotations must be under 40 words`],
    ['a blockquote over 40 words', (c) => (find(c.articles, 'fixture-explainer').body += `\n> ${words(20)}\n> ${words(20)}\n`), `${ARTICLE}: body (line 17): quotes 40 words; quotations must be under 40 words`],
    ['glossary term → source', (c) => (find(c.glossary, 'designation').data.sources[0]!.source = 'gone'), 'tests/fixtures/content-valid/glossary/designation.yaml: designation: sources[0].source: no source has the id "gone"'],
    ['glossary term → related term', (c) => (find(c.glossary, 'designation').data.related = ['nothing']), 'tests/fixtures/content-valid/glossary/designation.yaml: designation: related[0]: no glossary term has the id "nothing"'],
    ['a glossary term related to itself', (c) => (find(c.glossary, 'register').data.related = ['register']), 'tests/fixtures/content-valid/glossary/register.yaml: register: related[0]: must name another term'],
    [
      'one measure given in two units',
      (c) => find(c.claims, 'unit-trained-abroad').data.figures.push({ measure: 'Groups designated by the Example Ministry', value: 2, unit: 'organisations' }),
      `${CLAIM}: figures[0].unit: is "organisations" but claim "designation-published" gives "Groups designated by the Example Ministry" in "groups"; one measure takes one unit`,
    ],
    ['a translation of no English article', (c) => (c.translations[0]!.id = 'gone'), 'tests/fixtures/content-valid/articles-es/fixture-explainer.mdx: gone: (file): translates no article: name it after an English article in content/articles/'],
    ['a translation using a claim with no statement in its language', (c) => (find(c.claims, 'unit-trained-abroad').data.translations = {}), `${SPANISH}: body (line 12): refers to claim "unit-trained-abroad", which has no es statement: add translations.es to its record`],
    ['a translation leaving out a claim', (c) => (c.translations[0]!.body = c.translations[0]!.body.replace('<Claim id="designation-published" />', '')), `${SPANISH}: body: leaves out claims the English article refers to: designation-published`],
    ['a translation adding a claim', (c) => (find(c.articles, 'fixture-explainer').body = find(c.articles, 'fixture-explainer').body.replace('<Claim id="designation-published" />', '')), `${SPANISH}: body: refers to claims the English article does not: designation-published`],
    ['a translation naming a source that does not exist', (c) => (c.translations[0]!.body += '\n<Source id="no-such-source" />\n'), `${SPANISH}: body (line 16): no source has the id "no-such-source"`],
    ['a quotation without its language', (c) => (c.translations[0]!.body += '\n<Quote>words</Quote>\n'), `${SPANISH}: body (line 16): <Quote> needs a lang="…" attribute`],
    ['a quotation in no language', (c) => (c.translations[0]!.body += '\n<Quote lang="English">words</Quote>\n'), `${SPANISH}: body (line 16): <Quote> lang="English" is not a language code such as "en" or "es"`],
    ['a translation updated before it was published', (c) => (c.translations[0]!.data.updated = '2026-01-01'), `${SPANISH}: updated: is before the first publication (2026-12-07)`],
    ['a chart attribute it does not take', (c) => (find(c.articles, 'fixture-explainer').body += '\n<Chart name="timeline" colour="red" />\n'), `${ARTICLE}: body (line 17): <Chart> has no attribute "colour"`],
    [
      'a source nothing cites',
      (c) => c.sources.push({ ...find(c.sources, 'outlet-report'), id: 'orphan', file: 'content/sources/orphan.yaml' }),
      'content/sources/orphan.yaml: orphan: (record): is cited by no claim, article, actor, event or glossary term: cite it or remove the file',
    ],
    ['a site page that takes a site route', (c) => Object.assign(find(c.articles, 'about'), { id: 'claims' }), 'tests/fixtures/content-valid/articles/about.mdx: claims: (file): names a site page "/claims/", an address the site already uses; rename the file'],
    ['a script tag', (c) => (find(c.articles, 'fixture-explainer').body += '\n<script>alert(1)</script>\n'), `${ARTICLE}: body (line 17): <script> is not allowed in articles; use Markdown, <Claim>, <Source>, <Chart>, <Hubs>, <Quote>, <StatusDefinitions> and <SourceKinds> only`],
    ['a JavaScript expression', (c) => (find(c.articles, 'fixture-explainer').body += '\nTotal: {1 + 1}\n'), `${ARTICLE}: body (line 17): curly braces start a JavaScript expression in MDX and are not allowed`],
    ['an import', (c) => (find(c.articles, 'fixture-explainer').body += '\nimport X from "./x.astro"\n'), `${ARTICLE}: body (line 17): imports and exports are not allowed in articles; use <Claim>, <Source>, <Chart>, <Hubs>, <Quote>, <StatusDefinitions> and <SourceKinds> only`],
    ['a javascript: link', (c) => (find(c.articles, 'fixture-explainer').body += '\n[click](javascript:alert(1))\n'), `${ARTICLE}: body (line 17): link target "javascript:alert(1" must be an http(s) URL, a site path or an #anchor`],
    ['an unknown component attribute', (c) => (find(c.articles, 'fixture-explainer').body += '\n<Claim id="designation-published" onclick="x" />\n'), `${ARTICLE}: body (line 17): <Claim> has no attribute "onclick"`],
    ['a component without an id', (c) => (find(c.articles, 'fixture-explainer').body += '\n<Source locator="p. 2" />\n'), `${ARTICLE}: body (line 17): <Source> needs a id="…" attribute`],

  ];
  for (const [name, mutate, expected] of cases) {
    test(`reports ${name}`, () => {
      expect(problemsAfter(mutate)).toContain(expected);
    });
  }

  test('lists every problem in one run, not only the first', () => {
    const problems = problemsAfter((c) => {
      find(c.claims, 'unit-trained-abroad').data.sources[0]!.source = 'gone';
      find(c.events, 'designation').data.claims = ['gone'];
      find(c.actors, 'example-outlet').data.sources = ['gone'];
    });
    expect(problems).toEqual([
      `${CLAIM}: sources[0].source: no source has the id "gone"`,
      // The source's relay says a claim that no longer cites it.
      `${OUTLET}: relays[0].says: names claim "unit-trained-abroad", which does not cite this source: a relay says what this source says`,
      'tests/fixtures/content-valid/actors/example-outlet.yaml: example-outlet: sources[0]: no source has the id "gone"',
      'tests/fixtures/content-valid/events/designation.yaml: designation: claims[0]: no claim has the id "gone"',
      // The source the claim no longer cites is now cited by nothing.
      'tests/fixtures/content-valid/sources/outlet-report.yaml: outlet-report: (record): is cited by no claim, article, actor, event or glossary term: cite it or remove the file',
    ]);
  });
});

describe('content check on files', () => {
  function withFixture(edit: (dir: string) => void): string[] {
    const dir = mkdtempSync(join(tmpdir(), 'content-'));
    try {
      cpSync(VALID_CONTENT, dir, { recursive: true });
      edit(dir);
      return checkContent(dir, dir).problems.map(formatProblem);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  test('reports YAML that does not parse, with its line', () => {
    const problems = withFixture((dir) => writeFileSync(join(dir, 'claims/broken.yaml'), 'id: broken\nstatement: [unclosed\n'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^claims\/broken\.yaml: broken: \(file\): is not valid YAML \(line \d\): /);
  });

  test('reports a file with the wrong extension instead of skipping it', () => {
    expect(withFixture((dir) => writeFileSync(join(dir, 'claims/note.yml'), 'id: note\n'))).toEqual([
      'claims/note.yml: note: (file): is not a .yaml file; claims records must be .yaml files',
    ]);
  });

  test('reports an article without front matter', () => {
    expect(withFixture((dir) => writeFileSync(join(dir, 'articles/bare.mdx'), '# Hello\n'))).toEqual([
      'articles/bare.mdx: bare: (file): has no front matter: an article starts with a --- block holding title, description, kind, published and updated',
    ]);
  });

  test('reports a source with no URL and no reason why', () => {
    const problems = withFixture((dir) => {
      const path = join(dir, 'sources/outlet-report.yaml');
      writeFileSync(path, 'id: outlet-report\nkind: news-report\nform: newspaper\ntitle: T\npublisher: P\npublished: 2025-09-08\nurl: null\naccessed: 2026-11-24\nlanguage: en\n');
    });
    expect(problems).toEqual(['sources/outlet-report.yaml: outlet-report: urlNote: is required when url is null: say why there is no URL']);
  });

  test('does not report references to a record that already failed its schema', () => {
    const problems = withFixture((dir) => {
      writeFileSync(join(dir, 'actors/example-outlet.yaml'), 'id: example-outlet\nname: Example Daily\nkind: newspaper\ndescription: D\nsources: [outlet-report]\n');
    });
    expect(problems).toEqual([
      'actors/example-outlet.yaml: example-outlet: kind: must be one of: state-media, news-outlet, government, official, criminal-group, armed-force, company, international-body, research-organisation, person, unnamed-group',
    ]);
  });

  test('describes problems with a count, one per line', () => {
    expect(describeProblems([{ file: 'content/claims/a.yaml', record: 'a', field: 'status', message: 'must be one of: x' }])).toBe(
      'Content check failed with 1 problem:\ncontent/claims/a.yaml: a: status: must be one of: x',
    );
  });
});

test('relays between undated sources may not form a circle', () => {
  const problems = problemsAfter((c) => (find(c.sources, 'state-tv-report').data.relays = [{ source: 'outlet-report', named: true, says: 'unit-trained-abroad' }]));
  expect(problems).toContain('tests/fixtures/content-valid/sources/state-tv-report.yaml: state-tv-report: relays: leads back to this source: relays must not form a circle');
  expect(problems).toContain(`${OUTLET}: relays: leads back to this source: relays must not form a circle`);
});

test('a partial date spans its month or year when relays are ordered', async () => {
  const { certainlyAfter } = await import('../../../src/lib/evidence/integrity');
  expect(certainlyAfter('2025-09-09', '2025-09')).toBe(false);
  expect(certainlyAfter('2025-10-01', '2025-09')).toBe(true);
  expect(certainlyAfter('2025', '2025-03-01')).toBe(false);
  expect(certainlyAfter('2026', '2025-12-31')).toBe(true);
  expect(certainlyAfter('2025-09-08', '2025-09-08')).toBe(false);
});

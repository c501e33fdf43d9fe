import { countWords, MAX_WORDS } from '../../schemas';
import type { Claim } from '../../schemas';
import { articleClaimIds, findQuotations, scanArticleBody } from '../content/mdx';
import type { Problem } from '../content/problem';
import type { Content, Located } from '../content/validate';

/**
 * The checks a schema cannot make alone, across records: every id resolves, ids are unique, and each
 * claim's status is backed by the evidence the methodology page requires. Returns every problem, not only the first.
 * `invalidIds` (`collection/id`) are records that failed their schema: already reported, so not dangling.
 */
export function checkIntegrity(content: Content, invalidIds: ReadonlySet<string> = new Set()): Problem[] {
  const problems: Problem[] = [];
  const ids = {
    sources: indexIds(content.sources, problems),
    claims: indexIds(content.claims, problems),
    actors: indexIds(content.actors, problems),
    events: indexIds(content.events, problems),
    glossary: indexIds(content.glossary, problems),
    articles: indexIds(content.articles, problems),
  };
  const sourcesById = new Map(content.sources.map((source) => [source.id, source.data]));

  const expect = (record: Located<unknown>, field: string, collection: keyof typeof ids, id: string | null | undefined) => {
    if (id && !ids[collection].has(id) && !invalidIds.has(`${collection}/${id}`)) {
      problems.push({ file: record.file, record: record.id, field, message: `no ${RECORD_NAMES[collection]} has the id "${id}"` });
    }
  };

  for (const source of content.sources) {
    expect(source, 'actor', 'actors', source.data.actor);
    if (source.data.affiliation) {
      expect(source, 'affiliation.source', 'sources', source.data.affiliation.source);
      if (source.data.affiliation.source === source.id) {
        problems.push({ file: source.file, record: source.id, field: 'affiliation.source', message: 'must be another source: a record cannot establish its own affiliation' });
      }
    }
  }

  // Figures of one measure are plotted on one axis, so they must share a unit.
  const unitOfMeasure = new Map<string, { unit: string; claim: string }>();
  for (const claim of content.claims) {
    const { data } = claim;
    data.sources.forEach((use, i) => expect(claim, `sources[${i}].source`, 'sources', use.source));
    data.attribution.forEach((link, i) => expect(claim, `attribution[${i}].actor`, 'actors', link.actor));
    data.about.forEach((id, i) => expect(claim, `about[${i}]`, 'actors', id));
    expect(claim, 'speaker', 'actors', data.speaker);
    if (data.published > data.assessed) problems.push({ file: claim.file, record: claim.id, field: 'assessed', message: `is before the claim was first published (${data.published})` });
    data.changes.forEach((change, i) => {
      if (change.date < data.published) problems.push({ file: claim.file, record: claim.id, field: `changes[${i}].date`, message: `is before the claim was first published (${data.published})` });
    });
    data.history.forEach((entry, i) => {
      if (entry.date > data.assessed) {
        problems.push({ file: claim.file, record: claim.id, field: `history[${i}].date`, message: `is after the current assessment (${data.assessed})` });
      }
    });
    data.figures.forEach((figure, i) => {
      const first = unitOfMeasure.get(figure.measure);
      if (!first) unitOfMeasure.set(figure.measure, { unit: figure.unit, claim: claim.id });
      else if (first.unit !== figure.unit) {
        problems.push({ file: claim.file, record: claim.id, field: `figures[${i}].unit`, message: `is "${figure.unit}" but claim "${first.claim}" gives "${figure.measure}" in "${first.unit}"; one measure takes one unit` });
      }
    });
    if (!data.sources.some((use) => use.relation === 'supports')) {
      problems.push({ file: claim.file, record: claim.id, field: 'sources', message: 'needs at least one source with relation "supports"' });
    }
    if (data.status === 'documented') {
      const reason = whyNotDocumented(data, sourcesById);
      if (reason) problems.push({ file: claim.file, record: claim.id, field: 'status', message: `is "documented" but ${reason}` });
    }
  }

  // A story trail runs forward in time: a source can only repeat what appeared before it (a partial date counts
  // as its whole month or year, so only a document that is certainly later is refused).
  const claimsById = new Map(content.claims.map((claim) => [claim.id, claim.data]));
  const eventsById = new Map(content.events.map((event) => [event.id, event.data]));
  for (const source of content.sources) {
    source.data.relays.forEach((relay, i) => {
      const field = (name: string) => `relays[${i}].${name}`;
      if (relay.source !== undefined) {
        expect(source, field('source'), 'sources', relay.source);
        if (relay.source === source.id) problems.push({ file: source.file, record: source.id, field: field('source'), message: 'must be another source: a source cannot repeat itself' });
      }
      expect(source, field('event'), 'events', relay.event);
      expect(source, field('says'), 'claims', relay.says);
      const says = claimsById.get(relay.says);
      if (says && !says.sources.some((use) => use.source === source.id)) {
        problems.push({ file: source.file, record: source.id, field: field('says'), message: `names claim "${relay.says}", which does not cite this source: a relay says what this source says` });
      }
      const earlier = relay.source !== undefined ? sourcesById.get(relay.source)?.published : relay.event !== undefined ? eventsById.get(relay.event)?.date : undefined;
      const own = source.data.published;
      if (earlier && own && certainlyAfter(earlier, own)) {
        problems.push({ file: source.file, record: source.id, field: field(relay.source !== undefined ? 'source' : 'event'), message: `repeats "${relay.source ?? relay.event}", dated ${earlier}, which is later than this source (${own})` });
      }
    });
  }
  // Undated sources could still repeat each other in a circle; a trail must have a start.
  const repeats = new Map(content.sources.map((source) => [source.id, source.data.relays.flatMap((relay) => (relay.source ? [relay.source] : []))]));
  for (const source of content.sources) {
    const seen = new Set<string>();
    const stack = [...(repeats.get(source.id) ?? [])];
    while (stack.length > 0) {
      const id = stack.pop()!;
      if (id === source.id) {
        problems.push({ file: source.file, record: source.id, field: 'relays', message: 'leads back to this source: relays must not form a circle' });
        break;
      }
      if (seen.has(id)) continue;
      seen.add(id);
      stack.push(...(repeats.get(id) ?? []));
    }
  }

  for (const actor of content.actors) {
    actor.data.sources.forEach((id, i) => expect(actor, `sources[${i}]`, 'sources', id));
  }

  for (const event of content.events) {
    event.data.claims.forEach((id, i) => expect(event, `claims[${i}]`, 'claims', id));
    event.data.sources.forEach((id, i) => expect(event, `sources[${i}]`, 'sources', id));
  }

  for (const term of content.glossary) {
    term.data.sources.forEach((use, i) => expect(term, `sources[${i}].source`, 'sources', use.source));
    term.data.related.forEach((id, i) => {
      expect(term, `related[${i}]`, 'glossary', id);
      if (id === term.id) problems.push({ file: term.file, record: term.id, field: `related[${i}]`, message: 'must name another term' });
    });
  }

  const explainers = new Set(content.articles.filter((article) => article.data.kind === 'explainer').map((article) => article.id));
  // What every article body is checked for, in English or translated: its markup, the records it names and the
  // length of its quotations (its charts are checked by src/charts/check.ts).
  const checkBody = (record: Located<unknown>, body: string, bodyLine: number) => {
    const scan = scanArticleBody(body, bodyLine);
    const at = (line: number) => `body (line ${line})`;
    for (const problem of scan.problems) problems.push({ file: record.file, record: record.id, field: at(problem.line), message: problem.message });
    for (const ref of scan.claims) expect(record, at(ref.line), 'claims', ref.id);
    for (const ref of scan.sources) expect(record, at(ref.line), 'sources', ref.id);
    for (const quotation of findQuotations(body, bodyLine)) {
      const words = countWords(quotation.text);
      if (words > MAX_WORDS) {
        problems.push({ file: record.file, record: record.id, field: at(quotation.line), message: `quotes ${words} words; quotations must be under 40 words` });
      }
    }
    return scan;
  };

  for (const article of content.articles) {
    const { published, updated } = article.data;
    const { readNext } = article.data;
    readNext.forEach((id, i) => {
      const field = `readNext[${i}]`;
      if (id === article.id) problems.push({ file: article.file, record: article.id, field, message: 'must name another article' });
      else if (!explainers.has(id)) problems.push({ file: article.file, record: article.id, field, message: `no explainer has the id "${id}"` });
    });
    if (article.data.kind === 'explainer' && readNext.length === 0 && explainers.size > 1) problems.push({ file: article.file, record: article.id, field: 'readNext', message: 'is empty: an explainer names at least one explainer to read next' });
    if (updated < published) problems.push({ file: article.file, record: article.id, field: 'updated', message: `is before the first publication (${published})` });
    article.data.changes.forEach((change, i) => {
      if (change.date < published || change.date > updated) problems.push({ file: article.file, record: article.id, field: `changes[${i}].date`, message: `must fall between first publication (${published}) and the last update (${updated})` });
    });
    if (article.data.kind === 'site-page' && RESERVED_PAGE_IDS.includes(article.id)) {
      problems.push({ file: article.file, record: article.id, field: '(file)', message: `names a site page "/${article.id}/", an address the site already uses; rename the file` });
    }
    const scan = checkBody(article, article.body, article.bodyLine);
    if (article.data.kind === 'explainer' && scan.claims.length === 0) {
      problems.push({ file: article.file, record: article.id, field: 'body', message: 'is an explainer but refers to no claims: add <Claim id="…" /> references, or set kind: site-page' });
    }
  }
  // A translation is of an English article, says what it says (the same claims), and uses only claims that carry
  // a statement in its language.
  const englishArticles = new Map(content.articles.map((article) => [article.id, article]));
  for (const translation of content.translations) {
    const { language } = translation;
    const english = englishArticles.get(translation.id);
    if (!english) problems.push({ file: translation.file, record: translation.id, field: '(file)', message: `translates no article: name it after an English article in content/articles/` });
    if (translation.data.updated < translation.data.published) problems.push({ file: translation.file, record: translation.id, field: 'updated', message: `is before the first publication (${translation.data.published})` });
    const scan = checkBody(translation, translation.body, translation.bodyLine);
    for (const ref of scan.claims) {
      const claim = claimsById.get(ref.id);
      if (claim && !claim.translations[language]) {
        problems.push({ file: translation.file, record: translation.id, field: `body (line ${ref.line})`, message: `refers to claim "${ref.id}", which has no ${language} statement: add translations.${language} to its record` });
      }
    }
    if (english) {
      const theirs = new Set(articleClaimIds(english.body));
      const ours = new Set(scan.claims.map((ref) => ref.id));
      const missing = [...theirs].filter((id) => !ours.has(id));
      const added = [...ours].filter((id) => !theirs.has(id));
      if (missing.length > 0) problems.push({ file: translation.file, record: translation.id, field: 'body', message: `leaves out claims the English article refers to: ${missing.join(', ')}` });
      if (added.length > 0) problems.push({ file: translation.file, record: translation.id, field: 'body', message: `refers to claims the English article does not: ${added.join(', ')}` });
    }
  }
  // A source nothing cites would be a page with no purpose, and usually a sign that a reference was lost.
  const cited = new Set<string>([
    ...content.claims.flatMap((claim) => claim.data.sources.map((use) => use.source)),
    ...content.sources.flatMap((source) => (source.data.affiliation ? [source.data.affiliation.source] : [])),
    ...content.actors.flatMap((actor) => actor.data.sources),
    ...content.events.flatMap((event) => event.data.sources),
    ...content.glossary.flatMap((term) => term.data.sources.map((use) => use.source)),
    ...content.articles.flatMap((article) => scanArticleBody(article.body, article.bodyLine).sources.map((ref) => ref.id)),
  ]);
  for (const source of content.sources) {
    if (!cited.has(source.id)) problems.push({ file: source.file, record: source.id, field: '(record)', message: 'is cited by no claim, article, actor, event or glossary term: cite it or remove the file' });
  }
  return problems;
}

/** Whether partial date `a` (YYYY, YYYY-MM or YYYY-MM-DD) is certainly after `b`: a partial date spans its month or year. */
export function certainlyAfter(a: string, b: string): boolean {
  const start = (date: string) => date.padEnd(10, date.length === 4 ? '-01-01' : '-01');
  const end = (date: string) => (date.length === 10 ? date : date.length === 7 ? `${date}-31` : `${date}-12-31`);
  return start(a) > end(b);
}

/** What one record of each collection is called in messages. */
const RECORD_NAMES = { sources: 'source', claims: 'claim', actors: 'actor', events: 'event', glossary: 'glossary term', articles: 'article' } as const;

/** Site pages are served at `/<id>/`; these addresses belong to the site's own routes. */
const RESERVED_PAGE_IDS = ['articles', 'claims', 'sources', 'actors', 'charts', 'cite', 'data', 'explorer', 'glossary', 'corrections', 'search', 'timeline', 'enhance', 'pagefind', '404'];

/** Collects ids and reports the second and later records that reuse one. */
function indexIds(records: Located<unknown>[], problems: Problem[]): Set<string> {
  const firstFile = new Map<string, string>();
  for (const record of records) {
    const first = firstFile.get(record.id);
    if (first) problems.push({ file: record.file, record: record.id, field: 'id', message: `duplicates the id of ${first}` });
    else firstFile.set(record.id, record.file);
  }
  return new Set(firstFile.keys());
}

/**
 * The methodology: a documented claim rests on a primary record (a primary-record source, or the
 * speaker's own published statement) or on two independent outlets, and its innermost link is named.
 * Returns why the claim falls short, or null when it qualifies.
 */
export function whyNotDocumented(claim: Claim, sources: Map<string, { kind: string; publisher: string; actor?: string | undefined }>): string | null {
  const innermost = claim.attribution[claim.attribution.length - 1];
  if (innermost && !innermost.named) return 'its innermost attribution link is unnamed';
  const supporting = claim.sources.filter((use) => use.relation === 'supports').map((use) => sources.get(use.source)).filter((source) => source !== undefined);
  const primary = supporting.some((source) => source.kind === 'primary-record' || (claim.speaker && source.actor === claim.speaker));
  const publishers = new Set(supporting.map((source) => source.publisher.trim().toLowerCase()));
  if (primary || publishers.size >= 2) return null;
  return 'no supporting source is a primary record or the speaker’s own statement, and it lacks two supporting sources from different publishers';
}

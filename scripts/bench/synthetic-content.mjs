// Synthetic content for scale benchmarks: `factor` copies of every record of a content folder, each copy with
// its own ids and every reference rewritten to the same copy, so the copy passes the content check.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

/** How each collection refers to other records: the fields holding ids, as functions over one record. */
const RENAME = {
  claims: (claim, id, measure) => {
    claim.id = id(claim.id);
    if (claim.speaker) claim.speaker = id(claim.speaker);
    for (const link of claim.attribution ?? []) if (link.actor) link.actor = id(link.actor);
    for (const use of claim.sources ?? []) use.source = id(use.source);
    claim.about = (claim.about ?? []).map(id);
    // Each copy's figures form their own series: a shared measure would put two figures in one period.
    for (const figure of claim.figures ?? []) figure.measure = measure(figure.measure);
  },
  sources: (source, id) => {
    source.id = id(source.id);
    if (source.actor) source.actor = id(source.actor);
    if (source.affiliation) source.affiliation.source = id(source.affiliation.source);
    for (const relay of source.relays ?? []) {
      if (relay.source) relay.source = id(relay.source);
      if (relay.event) relay.event = id(relay.event);
      relay.says = id(relay.says);
    }
  },
  actors: (actor, id) => {
    actor.id = id(actor.id);
    actor.sources = actor.sources.map(id);
  },
  glossary: (term, id) => {
    term.id = id(term.id);
    term.term = id(term.term);
    term.aliases = [];
    for (const use of term.sources ?? []) use.source = id(use.source);
    term.related = (term.related ?? []).map(id);
  },
  events: (event, id) => {
    event.id = id(event.id);
    event.claims = (event.claims ?? []).map(id);
    event.sources = event.sources.map(id);
  },
};

/** Writes `factor` copies of `sourceDir` into `targetDir` (emptied first); returns the record counts. */
export function writeSyntheticContent(sourceDir, targetDir, factor) {
  rmSync(targetDir, { recursive: true, force: true });
  const counts = { claims: 0, sources: 0, actors: 0, events: 0, glossary: 0, articles: 0 };
  for (let copy = 0; copy < factor; copy++) {
    const suffix = copy === 0 ? '' : `-x${copy}`;
    const id = (value) => `${value}${suffix}`;
    // A measure is renamed at its start: chart ids keep a measure's first words only.
    const measure = (value) => (copy === 0 ? value : `Copy ${copy}: ${value}`);
    for (const [collection, rename] of Object.entries(RENAME)) {
      mkdirSync(join(targetDir, collection), { recursive: true });
      for (const name of readdirSync(join(sourceDir, collection)).filter((file) => file.endsWith('.yaml'))) {
        const record = parse(readFileSync(join(sourceDir, collection, name), 'utf8'));
        rename(record, id, measure);
        writeFileSync(join(targetDir, collection, `${record.id}.yaml`), stringify(record));
        counts[collection] += 1;
      }
    }
    mkdirSync(join(targetDir, 'articles'), { recursive: true });
    for (const name of readdirSync(join(sourceDir, 'articles')).filter((file) => file.endsWith('.mdx'))) {
      const text = readFileSync(join(sourceDir, 'articles', name), 'utf8');
      // Site pages live at fixed addresses: only explainers are copied.
      if (copy > 0 && !/^kind: explainer$/m.test(text)) continue;
      const copied = text
        .replace(/^title: (.*)$/m, (_, title) => `title: ${copy === 0 ? title : `'${title.replace(/'/g, "''")} (copy ${copy})'`}`)
        .replace(/(<(?:Claim|Source)\s+id=")([^"]+)"/g, (_, start, value) => `${start}${id(value)}"`)
        .replace(/(<Chart\s[^>]*?\b(?:article|claim)=")([^"]+)"/g, (_, start, value) => `${start}${id(value)}"`)
        .replace(/(<Chart\s[^>]*?\bmeasure=")([^"]+)"/g, (_, start, value) => `${start}${measure(value)}"`);
      writeFileSync(join(targetDir, 'articles', name.replace(/\.mdx$/, `${suffix}.mdx`)), copied);
      counts.articles += 1;
    }
  }
  return counts;
}

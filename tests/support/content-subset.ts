/**
 * A fixed slice of the real content for tests that check the content many times over (the fuzzer): a few named
 * articles, every record they lead to, and every glossary term. Its size follows those articles, not the whole
 * site, so such tests do not slow down as content grows.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { COLLECTIONS, translationFolder, type CollectionName } from '../../src/lib/content/read';
import { TRANSLATED_LANGUAGES } from '../../src/schemas';

type Data = Record<string, any>;
const ids = (list: unknown): string[] => (Array.isArray(list) ? list.filter((id): id is string => typeof id === 'string') : []);

/** Copies `articles` (file names without extension) and the records they need from `from` to `to`. */
export function copyContentSubset(from: string, to: string, articles: string[]): void {
  const load = (collection: CollectionName) =>
    new Map(
      readdirSync(join(from, collection))
        .filter((name) => name.endsWith(COLLECTIONS[collection].extension))
        .map((name) => [name.slice(0, -COLLECTIONS[collection].extension.length), parse(readFileSync(join(from, collection, name), 'utf8')) as Data]),
    );
  const claims = load('claims');
  const sources = load('sources');
  const actors = load('actors');
  const events = load('events');
  const glossary = load('glossary');
  const bodies = new Map(articles.map((id) => [id, readFileSync(join(from, 'articles', `${id}.mdx`), 'utf8')]));

  const keep = { claims: new Set<string>(), sources: new Set<string>(), actors: new Set<string>(), events: new Set<string>(), glossary: new Set(glossary.keys()) };
  const addActor = (id: string | undefined) => {
    if (!id || keep.actors.has(id) || !actors.has(id)) return;
    keep.actors.add(id);
    ids(actors.get(id)!.sources).forEach(addSource);
  };
  const addSource = (id: string | undefined) => {
    if (!id || keep.sources.has(id) || !sources.has(id)) return;
    keep.sources.add(id);
    const source = sources.get(id)!;
    addActor(source.actor);
    addSource(source.affiliation?.source);
  };
  const addClaim = (id: string) => {
    if (keep.claims.has(id) || !claims.has(id)) return;
    keep.claims.add(id);
    const claim = claims.get(id)!;
    addActor(claim.speaker);
    for (const link of claim.attribution ?? []) addActor(link.actor);
    ids(claim.about).forEach(addActor);
    for (const use of claim.sources ?? []) addSource(use.source);
  };
  for (const body of bodies.values()) {
    for (const [, id] of body.matchAll(/<Claim id="([^"]+)"/g)) addClaim(id!);
    for (const [, id] of body.matchAll(/<Source id="([^"]+)"/g)) addSource(id!);
    for (const [, attributes] of body.matchAll(/<Chart ([^>]*)\/>/g)) {
      const value = (name: string) => new RegExp(`${name}="([^"]+)"`).exec(attributes!)?.[1];
      const measure = value('measure');
      if (measure) for (const [id, claim] of claims) if ((claim.figures ?? []).some((figure: Data) => figure.measure === measure)) addClaim(id);
      const claim = value('claim');
      if (claim) addClaim(claim);
      addActor(value('about'));
    }
  }
  for (const term of glossary.values()) for (const use of term.sources ?? []) addSource(use.source);
  // An event comes along when every claim it marks is in the slice.
  for (const [id, event] of events) {
    const marked = ids(event.claims);
    if (marked.length > 0 && marked.every((claim) => keep.claims.has(claim))) {
      keep.events.add(id);
      ids(event.sources).forEach(addSource);
    }
  }

  rmSync(to, { recursive: true, force: true });
  for (const collection of Object.keys(keep) as (keyof typeof keep)[]) {
    mkdirSync(join(to, collection), { recursive: true });
    for (const id of keep[collection]) cpSync(join(from, collection, `${id}.yaml`), join(to, collection, `${id}.yaml`));
  }
  mkdirSync(join(to, 'articles'), { recursive: true });
  for (const [id, text] of bodies) {
    // "Read next" may name articles outside the slice; it keeps those inside.
    const readNext = text.replace(/^readNext: \[(.*)\]$/m, (_, list: string) => `readNext: [${list.split(',').map((entry) => entry.trim()).filter((entry) => bodies.has(entry)).join(', ')}]`);
    writeFileSync(join(to, 'articles', `${id}.mdx`), readNext);
  }
  // Their translations come along: a translation says what its article says, so it needs nothing more.
  for (const language of TRANSLATED_LANGUAGES) {
    const folder = translationFolder(language);
    for (const id of bodies.keys()) {
      if (!existsSync(join(from, folder, `${id}.mdx`))) continue;
      mkdirSync(join(to, folder), { recursive: true });
      cpSync(join(from, folder, `${id}.mdx`), join(to, folder, `${id}.mdx`));
    }
  }
}

/**
 * The open-data downloads: every claim, source and event as CSV and JSON, a JSON Schema of each record type
 * generated from the Zod schemas, and one ZIP of all of them with a README. Pure: records in, files out. The file
 * names are permanent addresses under /data/: add files, never rename one.
 */
import { paths, withBase } from '../paths';
import { csvFormat } from 'd3';
import { strToU8, zipSync } from 'fflate';
import { z } from 'astro/zod';
import { actorSchema, articleSchema, claimSchema, eventSchema, sourceSchema, termSchema } from '../../schemas';
import type { Actor, Claim, Event, Source } from '../../schemas';
import { chainSummary, uniqueInOrder, type WithId as Entry } from '../evidence/relations';
import { SITE } from '../site';
import { formatName } from '../format';
import { words } from '../../i18n';
import { DEFAULT_LANGUAGE, type Language } from '../../schemas/language';


export interface DataRecords {
  claims: Entry<Claim>[];
  sources: Entry<Source>[];
  actors: Entry<Actor>[];
  events: Entry<Event>[];
  /** Last update of each claim, from its content. */
  claimUpdated: (id: string) => string;
}

export interface DataFile {
  /** Path under /data/. */
  name: string;
  /** What the file holds, for the README and the Data page. */
  description: string;
  mediaType: string;
  content: string | Uint8Array;
}

/** The ZIP of every data file: its name is a permanent address. */
export const BUNDLE_NAME = 'drones-and-organized-crime-data.zip';

const join = (values: readonly string[]) => values.join('; ');

/** An attribution chain in one cell: "RT (publisher) > Milenio (intermediary) > unnamed: sources in … (source)". */
function chainText(claim: Claim, actors: Map<string, Entry<Actor>>): string {
  return claim.attribution
    .map((link) => {
      const actor = link.actor ? actors.get(link.actor)?.data.name ?? link.actor : null;
      const party = link.named ? actor : `unnamed: ${link.description ?? ''}${actor ? ` (within ${actor})` : ''}`;
      return `${party} (${link.role})`;
    })
    .join(' > ');
}

function claimRows(records: DataRecords, site: string) {
  const actors = new Map(records.actors.map((actor) => [actor.id, actor]));
  const sourcesBy = (claim: Claim, relation: string) => join(uniqueInOrder(claim.sources.filter((use) => use.relation === relation).map((use) => use.source)));
  return records.claims.map(({ id, data }) => {
    const chain = chainSummary(data);
    return {
      id,
      statement: data.statement,
      status: data.status,
      published: data.published,
      assessed: data.assessed,
      updated: records.claimUpdated(id),
      speaker: data.speaker ?? '',
      attribution: chainText(data, actors),
      chain_links: chain.links,
      unnamed_links: chain.unnamed,
      supporting_sources: sourcesBy(data, 'supports'),
      disputing_sources: sourcesBy(data, 'disputes'),
      context_sources: sourcesBy(data, 'context'),
      about: join(data.about),
      countries: join(data.countries),
      uses: join(data.uses),
      status_changes: data.history.length,
      url: new URL(paths.claim(id), site).href,
    };
  });
}

/** Every data file, in the order the Data page and the README list them. */
export function dataFiles(records: DataRecords, site: string): DataFile[] {
  const schema = (value: z.ZodType) => `${JSON.stringify(z.toJSONSchema(value, { io: 'input', unrepresentable: 'any' }), null, 2)}\n`;
  const claims = claimRows(records, site);
  const citedBy = new Map<string, number>();
  for (const claim of records.claims) for (const id of new Set(claim.data.sources.map((use) => use.source))) citedBy.set(id, (citedBy.get(id) ?? 0) + 1);
  const claimsById = new Map(records.claims.map((claim) => [claim.id, claim]));
  // What each file holds, as the Data page and the README say it in English (the page, in other languages, in theirs).
  const { file: described, schema: describedSchema } = words().openData;
  return [
    { name: 'claims.csv', description: described['claims.csv'], mediaType: 'text/csv', content: csvFormat(claims) },
    {
      name: 'claims.json',
      description: described['claims.json'],
      mediaType: 'application/json',
      content: `${JSON.stringify(records.claims.map(({ id, data }) => ({ ...data, id, updated: records.claimUpdated(id), url: new URL(paths.claim(id), site).href })), null, 2)}\n`,
    },
    {
      name: 'sources.csv',
      description: described['sources.csv'],
      mediaType: 'text/csv',
      content: csvFormat(
        records.sources.map(({ id, data }) => ({
          id,
          kind: data.kind,
          form: data.form,
          title: data.title,
          title_translation: data.titleTranslation ?? '',
          title_is_description: data.titleIsDescription,
          publisher: data.publisher,
          container: data.container ?? '',
          authors: join(data.authors.map(formatName)),
          editors: join(data.editors.map(formatName)),
          published: data.published ?? '',
          date_note: data.dateNote ?? '',
          url: data.url ?? '',
          url_note: data.urlNote ?? '',
          via: data.via ?? '',
          accessed: data.accessed,
          archive_url: data.archiveUrl ?? '',
          language: data.language,
          affiliation: data.affiliation?.note ?? '',
          repeats: join([...new Set(data.relays.map((relay) => (relay.source ? `source:${relay.source}` : `event:${relay.event}`)))]),
          claims_citing: citedBy.get(id) ?? 0,
          page: new URL(paths.source(id), site).href,
        })),
      ),
    },
    {
      name: 'events.csv',
      description: described['events.csv'],
      mediaType: 'text/csv',
      content: csvFormat(
        records.events.map(({ id, data }) => ({
          id,
          date: data.date,
          title: data.title,
          summary: data.summary,
          kind: data.kind,
          place: data.place ?? '',
          countries: join(data.countries),
          uses: join(data.uses),
          claims: join(data.claims),
          claim_status: data.claims[0] ? claimsById.get(data.claims[0])?.data.status ?? '' : '',
          sources: join(data.sources),
        })),
      ),
    },
    ...(
      [
        ['claim', claimSchema],
        ['source', sourceSchema],
        ['actor', actorSchema],
        ['event', eventSchema],
        ['glossary-term', termSchema],
        ['article', articleSchema],
      ] as const
    ).map(([name, value]) => ({ name: `schema/${name}.schema.json`, description: describedSchema(name), mediaType: 'application/schema+json', content: schema(value) })),
  ];
}

/**
 * What a data file holds, in a language, as the Data page says it: that language's words for it, or the English
 * description, said to be English (`lang`), for a file its dictionary does not describe.
 */
export function describeFile(file: Pick<DataFile, 'name' | 'description'>, language: Language): { text: string; lang: Language } {
  const { file: described, schema } = words(language).openData;
  const record = /^schema\/(.+)\.schema\.json$/.exec(file.name)?.[1];
  const text = (described as Record<string, string>)[file.name] ?? (record ? schema(record) : undefined);
  return text ? { text, lang: language } : { text: file.description, lang: DEFAULT_LANGUAGE };
}

/** The README of the bundle: what each file is, how to cite the data, and the licence. */
export function bundleReadme(files: DataFile[], site: string, version: string, citation: string): string {
  return [
    `# ${SITE.title}: open data`,
    '',
    `Version of ${version}. Downloaded from ${new URL(withBase('/data/'), site).href}`,
    '',
    '## Files',
    '',
    ...files.map((file) => `- \`${file.name}\`: ${file.description}`),
    '',
    '## How to cite',
    '',
    `APA 7: ${citation}`,
    '',
    `Other styles, and BibTeX, RIS and CSL-JSON files: ${new URL(withBase('/data/'), site).href}`,
    '',
    'Cite the claim pages and the original sources too when you rely on a single claim: each claim lists its sources.',
    '',
    '## Licence',
    '',
    `Our text and data: ${SITE.licence.name} (${SITE.licence.url}). Third-party material quoted or linked in the records keeps its own terms.`,
    '',
  ].join('\n');
}

/**
 * The ZIP of every file and the README. Entries carry a fixed timestamp (the version date), so two builds of the
 * same content produce the same bytes.
 */
export function dataBundle(files: DataFile[], readme: string, version: string): Uint8Array {
  const mtime = new Date(`${version}T00:00:00Z`);
  const entries: Record<string, [Uint8Array, { mtime: Date }]> = { 'README.md': [strToU8(readme), { mtime }] };
  for (const file of files) entries[file.name] = [typeof file.content === 'string' ? strToU8(file.content) : file.content, { mtime }];
  return zipSync(entries, { level: 9 });
}

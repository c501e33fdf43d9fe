/**
 * COinS (ContextObjects in Spans, OpenURL 1.0 KEV): how a page tells Zotero's connector which works it offers.
 * Zotero prefers COinS to a page's meta tags, reads an organisation from `rft.aucorp` as one single-field name
 * and a person from `rft.aulast`/`rft.aufirst` without guessing the split, and takes the item type from
 * `rft.type`. A page may carry several: a source page offers the original document as well as its own record.
 */
import { isoDate, type CslItem } from './items';
import { WORK_TYPES } from './types';

/**
 * The address as a context object can carry it. Zotero reads every "+" of a context object as a space, even one
 * written %2B. In a query string "+" means a space anyway, so it is written as %20 there, which every server
 * reads the same; in a path a "+" is a plus, which no spelling survives, so such an address is left out (null)
 * rather than imported wrong: the cite box still gives it.
 */
export function coinsUrl(url: string): string | null {
  const query = url.indexOf('?');
  const path = query < 0 ? url : url.slice(0, query);
  if (path.includes('+')) return null;
  return query < 0 ? url : path + url.slice(query).replace(/\+/g, '%20');
}

/** The KEV context object of one record, for the `title` of a `<span class="Z3988">`. */
export function contextObject(item: CslItem): string {
  const journal = item.type === 'article-journal';
  const pairs: [string, string | undefined][] = [
    ['ctx_ver', 'Z39.88-2004'],
    // Journal articles have their own OpenURL format; everything else is Dublin Core with Zotero's item type.
    ['rft_val_fmt', journal ? 'info:ofi/fmt:kev:mtx:journal' : 'info:ofi/fmt:kev:mtx:dc'],
    ...(journal
      ? ([['rft.genre', 'article'], ['rft.atitle', item.title], ['rft.jtitle', item['container-title']]] as [string, string | undefined][])
      : ([['rft.type', WORK_TYPES[item.type].zotero], ['rft.title', item.title], ['rft.source', item['container-title']]] as [string, string | undefined][])),
    ...(item.author ?? []).flatMap((name): [string, string | undefined][] =>
      'literal' in name ? [['rft.aucorp', name.literal]] : [['rft.aulast', name.family], ['rft.aufirst', name.given]],
    ),
    ['rft.date', item.issued ? isoDate(item.issued) : undefined],
    ['rft.publisher', item.publisher],
    ['rft.language', item.language],
    ['rft_id', (item.URL && coinsUrl(item.URL)) ?? undefined],
  ];
  return pairs
    .filter((pair): pair is [string, string] => pair[1] !== undefined)
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join('&');
}

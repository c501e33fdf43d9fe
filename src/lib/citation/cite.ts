/**
 * Everything a cite box shows for one citable thing, built for the whole site at once: the record in each
 * style (with the note form for note styles), the originals behind it in the same style, and the three files a
 * reference manager imports.
 */
import type { Language } from '../../schemas/language';
import { toBibtex, toCslJson, toRis } from './export';
import type { CslItem } from './items';
import { CITATION_STYLES, formatEach, formatNote, referenceOrder, styleLabel, type CitationStyle, type FormattedReference } from './styles';

export interface Citable {
  item: CslItem;
  /** The originals behind the thing (a claim's supporting sources), cited alongside it. */
  originals: CslItem[];
}

export interface Citation {
  item: CslItem;
  originals: CslItem[];
  styles: { id: CitationStyle; label: string; reference: FormattedReference; note: FormattedReference | null; originals: FormattedReference[] }[];
  bibtex: string;
  ris: string;
  cslJson: string;
}

/** Styles whose in-text citations are footnotes: the cite box gives their note form as well. */
const NOTE_STYLES = new Set<CitationStyle>(['chicago-note-bibliography']);

/**
 * The cite boxes of a language's pages: every style formatted in that language's words (dates, "Recuperado de",
 * "s. f."), the styles named in it. The records are as given: a page's own in its language, an original in its own.
 */
export function buildCitations(citables: Citable[], language: Language = 'en'): Map<string, Citation> {
  const everything = new Map<string, CslItem>();
  for (const citable of citables) for (const item of [citable.item, ...citable.originals]) everything.set(item.id, item);
  // Each record is formatted once per style and reused: a source is cited by its own page and every claim on it.
  const formatted = new Map(CITATION_STYLES.map((style) => [style.id, formatEach([...everything.values()], style.id, language)] as const));
  return new Map(
    citables.map((citable) => {
      const all = [citable.item, ...citable.originals];
      const styles = CITATION_STYLES.map((style) => {
        const byId = formatted.get(style.id)!;
        // The originals in the style's own order, as its reference list would have them.
        const order = citable.originals.length > 1 ? referenceOrder(citable.originals, style.id, language) : citable.originals.map((item) => item.id);
        const originals = order.map((id) => byId.get(id)!);
        return { id: style.id, label: styleLabel(style.id, language), reference: byId.get(citable.item.id)!, note: NOTE_STYLES.has(style.id) ? formatNote(citable.item, style.id, language) : null, originals };
      });
      return [citable.item.id, { item: citable.item, originals: citable.originals, styles, bibtex: toBibtex(all), ris: toRis(all), cslJson: toCslJson(all) }];
    }),
  );
}

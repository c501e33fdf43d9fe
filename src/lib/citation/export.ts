/** The machine-readable citation formats, all written from the same CSL-JSON records. */
import type { CslItem } from './items';

export { toBibtex } from './bibtex';
export { toRis } from './ris';

/** CSL-JSON as Zotero, Mendeley and citeproc read it: an array of records, pretty-printed. */
export const toCslJson = (items: CslItem[]): string => `${JSON.stringify(items, null, 2)}\n`;

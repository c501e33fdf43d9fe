/** The machine-readable citation formats, converted from the same CSL-JSON records by citation-js. */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { CslItem } from './items';

export const toBibtex = (items: CslItem[]): string => new Cite(items).format('bibtex', { format: 'text' }) as string;
// The older RIS tag set: citation-js's newer one drops the authors and full dates of newspaper items, and
// Zotero, Mendeley and EndNote read both.
export const toRis = (items: CslItem[]): string => new Cite(items).format('ris', { format: 'text', spec: 'old' }) as string;
/** CSL-JSON as Zotero, Mendeley and citeproc read it: an array of records, pretty-printed. */
export const toCslJson = (items: CslItem[]): string => `${JSON.stringify(items, null, 2)}\n`;

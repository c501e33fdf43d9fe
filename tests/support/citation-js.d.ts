// citation-js 0.8 ships no type declarations; these cover what the parse-back tests use.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    /** The records read, as CSL-JSON. */
    data: unknown[];
  }
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';

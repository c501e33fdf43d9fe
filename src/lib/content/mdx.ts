/**
 * Reads an article body the way the integrity check needs it: which claims and sources it refers to, in
 * reading order, the charts it embeds, and anything that MDX would evaluate as code or markup. Articles may use
 * Markdown and the evidence components only, so nothing in content can inject markup or script into a page.
 */

/**
 * The components an article may use, with the attributes each accepts and whether it may wrap a phrase.
 * `<Source>` renders no children, so a phrase inside it would vanish: it must be self-closing.
 */
export const ARTICLE_COMPONENTS: Record<string, { required: string[]; optional: string[]; wrapsText: boolean }> = {
  Claim: { required: ['id'], optional: [], wrapsText: true },
  Source: { required: ['id'], optional: ['locator'], wrapsText: false },
  // A chart drawn from records; which attribute it needs depends on its name (src/charts/registry.ts).
  Chart: { required: ['name'], optional: ['article', 'claim', 'measure', 'about', 'by', 'region'], wrapsText: false },
  // Every use and country hub, listed from the records, so a page that leads to all of them never goes stale.
  Hubs: { required: [], optional: [], wrapsText: false },
  // A quotation in the language its source wrote it in, marked with that language (`lang="en"`); the page adds
  // the quotation marks of the article's language.
  Quote: { required: ['lang'], optional: [], wrapsText: true },
  // The methodology's lists, drawn from the dictionary so the statuses and source kinds are defined once.
  StatusDefinitions: { required: [], optional: [], wrapsText: false },
  SourceKinds: { required: [], optional: [], wrapsText: false },
};

/** The components by name, for messages: "<Claim>, <Source>, … and <SourceKinds>". */
const names = Object.keys(ARTICLE_COMPONENTS).map((name) => `<${name}>`);
const COMPONENTS_AND = `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
const COMPONENTS_OR = `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;

export interface BodyReference {
  id: string;
  /** Line in the file (1-based). */
  line: number;
}

export interface BodyProblem {
  line: number;
  message: string;
}

export interface ArticleBodyScan {
  claims: BodyReference[];
  sources: (BodyReference & { locator?: string })[];
  /** `<Chart>` tags with their attributes, in reading order. */
  charts: { attributes: Record<string, string>; line: number }[];
  problems: BodyProblem[];
}

// MDX reads any "<" followed by a non-space character as the start of a tag ("a <3 b" fails to compile), so the
// second alternative catches every such "<" that is not a whole component tag. "\<" is a literal "<".
const TAG = /<(\/?)([A-Za-z][\w.:-]*)([^>]*?)(\/?)>|<(?=\S)/g;
const ATTRIBUTE = /([A-Za-z_][\w-]*)\s*=\s*("([^"]*)"|'([^']*)')|(\S+)/g;
/** A BCP 47 language tag of the plain kind articles need: `en`, `es`, `pt-BR`. */
const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Z]{2})?$/;
const LINK_TARGET = /\]\(\s*<?([^)\s>]*)/g;

/**
 * Scans an MDX body. `firstLine` is the file line on which the body starts, so problems point at the file.
 * Fenced code blocks and inline code are skipped: MDX shows them as text.
 */
export function scanArticleBody(body: string, firstLine = 1): ArticleBodyScan {
  // Pages, charts and checks ask for the same article's scan many times; each body is scanned once.
  const key = `${firstLine}\n${body}`;
  let scan = scans.get(key);
  if (!scan) {
    scan = scanBody(body, firstLine);
    scans.set(key, scan);
  }
  return scan;
}

const scans = new Map<string, ArticleBodyScan>();

/** The claims an article refers to, in reading order, each once: what its anatomy, its hub entries and its card count. */
export function articleClaimIds(body: string | undefined): string[] {
  return [...new Set(scanArticleBody(body ?? '').claims.map((ref) => ref.id))];
}

function scanBody(body: string, firstLine: number): ArticleBodyScan {
  const scan: ArticleBodyScan = { claims: [], sources: [], charts: [], problems: [] };
  let fence: string | null = null;
  body.split('\n').forEach((rawLine, index) => {
    const line = firstLine + index;
    const fenceMatch = /^\s*(```|~~~)/.exec(rawLine);
    if (fenceMatch) {
      fence = fence === null ? fenceMatch[1]! : fence === fenceMatch[1] ? null : fence;
      return;
    }
    if (fence !== null) return;
    const text = rawLine.replace(/`[^`]*`|\\[<{}]/g, (code) => ' '.repeat(code.length));

    if (/^\s*(import|export)\b/.test(text)) {
      scan.problems.push({ line, message: `imports and exports are not allowed in articles; use ${COMPONENTS_AND} only` });
      return;
    }
    if (/[{}]/.test(text)) {
      scan.problems.push({ line, message: 'curly braces start a JavaScript expression in MDX and are not allowed' });
    }
    for (const match of text.matchAll(LINK_TARGET)) {
      const target = match[1] ?? '';
      if (!/^(https?:\/\/|\/|#)/.test(target)) {
        scan.problems.push({ line, message: `link target "${target}" must be an http(s) URL, a site path or an #anchor` });
      }
    }
    // A wrapped phrase must close on its own line, so an unclosed tag is named here rather than by the compiler.
    const open: string[] = [];
    for (const match of text.matchAll(TAG)) {
      const [, closing, name = '', attributeText = '', selfClosing] = match;
      if (match[2] === undefined) {
        scan.problems.push({ line, message: `markup that is not a ${COMPONENTS_OR} component is not allowed (write \\< for a literal “<”)` });
        continue;
      }
      const component = ARTICLE_COMPONENTS[name];
      if (!component) {
        scan.problems.push({ line, message: `<${name}> is not allowed in articles; use Markdown, ${COMPONENTS_AND} only` });
        continue;
      }
      if (closing) {
        if (open.pop() !== name) scan.problems.push({ line, message: `</${name}> closes no <${name}> opened on this line` });
        continue;
      }
      if (!selfClosing) {
        if (component.wrapsText) open.push(name);
        else scan.problems.push({ line, message: `<${name}> must be self-closing: <${name} id="…" />` });
      }
      const attributes = readAttributes(attributeText, name, line, scan.problems);
      for (const required of component.required) {
        if (!attributes.has(required)) scan.problems.push({ line, message: `<${name}> needs a ${required}="…" attribute` });
      }
      for (const key of attributes.keys()) {
        if (!component.required.includes(key) && !component.optional.includes(key)) {
          scan.problems.push({ line, message: `<${name}> has no attribute "${key}"` });
        }
      }
      if (name === 'Quote') {
        const lang = attributes.get('lang');
        if (lang !== undefined && !LANGUAGE_TAG.test(lang)) scan.problems.push({ line, message: `<Quote> lang="${lang}" is not a language code such as "en" or "es"` });
        if (selfClosing) scan.problems.push({ line, message: '<Quote> must wrap the quoted words: <Quote lang="en">…</Quote>' });
        continue;
      }
      if (name === 'Chart') {
        scan.charts.push({ attributes: Object.fromEntries(attributes), line });
        continue;
      }
      const id = attributes.get('id');
      if (id === undefined) continue;
      if (name === 'Claim') scan.claims.push({ id, line });
      else {
        const locator = attributes.get('locator');
        scan.sources.push(locator === undefined ? { id, line } : { id, line, locator });
      }
    }
    for (const name of open) scan.problems.push({ line, message: `<${name}> is not closed on this line: add </${name}>` });
  });
  return scan;
}

function readAttributes(text: string, component: string, line: number, problems: BodyProblem[]): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of text.matchAll(ATTRIBUTE)) {
    if (match[5] !== undefined) {
      problems.push({ line, message: `<${component}> attribute ${match[5]} must be written name="value"` });
      continue;
    }
    attributes.set(match[1]!, match[3] ?? match[4] ?? '');
  }
  return attributes;
}

/** Quoted passages in prose (“…”, "…" and Markdown blockquotes), for the 40-word limit on quotations. */
export function findQuotations(body: string, firstLine = 1): { text: string; line: number }[] {
  const quotations: { text: string; line: number }[] = [];
  const lines = body.split('\n');
  let blockquote: { text: string; line: number } | null = null;
  lines.forEach((rawLine, index) => {
    const line = firstLine + index;
    const quoteLine = /^\s*>\s?(.*)$/.exec(rawLine);
    if (quoteLine) {
      if (blockquote) blockquote.text += ` ${quoteLine[1]}`;
      else blockquote = { text: quoteLine[1] ?? '', line };
    } else if (blockquote) {
      quotations.push(blockquote);
      blockquote = null;
    }
    for (const match of rawLine.matchAll(/“([^”]*)”|"([^"]*)"|«([^»]*)»|<Quote\b[^>]*>([\s\S]*?)<\/Quote>/g)) {
      const text = match[1] ?? match[2] ?? match[3] ?? match[4] ?? '';
      // Attribute values of components are not quotations.
      if (/=\s*$/.test(rawLine.slice(0, match.index))) continue;
      quotations.push({ text, line });
    }
  });
  if (blockquote) quotations.push(blockquote);
  return quotations;
}

/**
 * Words of prose a reader sees in an article body: component tags, link targets and Markdown markers are not
 * words. A `<Claim>` that wraps a phrase keeps the phrase.
 */
export function countProseWords(body: string): number {
  const prose = body
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/^\s*(#{1,6}|[-*+]|\d+\.|>)\s+/gm, '')
    .replace(/[[\]*_`]/g, '');
  return prose.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/**
 * Links the first use of each glossary term in an article's HTML to its definition, with the definition as a
 * preview that CSS shows on hover and focus (no script). Pure: HTML and terms in, HTML out.
 */
import { parseHTML } from 'linkedom';

export interface GlossaryTerm {
  id: string;
  term: string;
  aliases: string[];
  definition: string;
}

/** Text inside these is never linked: links, headings, code, figures and the evidence badges. */
const SKIP = 'a, h1, h2, h3, h4, h5, h6, code, pre, figure, svg, table, q, blockquote, .claim-ref, .source-ref, .term';

/**
 * The names a term is written by: the heading ("FPV (first-person view)"), its parts ("FPV", "first-person view")
 * and the aliases. All-capital names (acronyms) match only in capitals, so "rt" in a word never matches "RT".
 */
export function termNames(term: GlossaryTerm): string[] {
  const names = new Set<string>([term.term, ...term.aliases]);
  const parts = /^(.+?)\s*\((.+)\)$/.exec(term.term);
  if (parts) {
    names.add(parts[1]!.trim());
    names.add(parts[2]!.trim());
  }
  return [...names].filter((name) => name.length >= 2);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function matcher(name: string): RegExp {
  const acronym = name === name.toUpperCase() && /\p{Lu}/u.test(name);
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, acronym ? 'u' : 'iu');
}

export function linkGlossaryTerms(html: string, terms: GlossaryTerm[], href: (id: string) => string): string {
  const { document } = parseHTML(`<!doctype html><html><body><div id="glossary-root">${html}</div></body></html>`);
  const root = document.getElementById('glossary-root')!;
  const patterns = terms.flatMap((term) => termNames(term).map((name) => ({ term, pattern: matcher(name) })));
  const linked = new Set<string>();
  const walker = document.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const textNodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) textNodes.push(node as Text);
  for (let text of textNodes) {
    if (text.parentElement?.closest(SKIP)) continue;
    for (;;) {
      // The earliest match among terms not yet linked; at one position, the longest name.
      let best: { term: GlossaryTerm; index: number; length: number } | null = null;
      for (const { term, pattern } of patterns) {
        if (linked.has(term.id)) continue;
        const match = pattern.exec(text.data);
        if (match && (!best || match.index < best.index || (match.index === best.index && match[0].length > best.length))) best = { term, index: match.index, length: match[0].length };
      }
      if (!best) break;
      linked.add(best.term.id);
      const before = document.createTextNode(text.data.slice(0, best.index));
      const rest = document.createTextNode(text.data.slice(best.index + best.length));
      const word = text.data.slice(best.index, best.index + best.length);
      const wrapper = document.createElement('span');
      wrapper.className = 'term';
      const link = document.createElement('a');
      link.className = 'term-link';
      link.setAttribute('href', href(best.term.id));
      link.setAttribute('aria-describedby', `term-preview-${best.term.id}`);
      link.textContent = word;
      const preview = document.createElement('span');
      preview.className = 'term-preview';
      preview.id = `term-preview-${best.term.id}`;
      preview.setAttribute('role', 'tooltip');
      preview.setAttribute('data-pagefind-ignore', '');
      preview.textContent = `${best.term.term}: ${best.term.definition}`;
      wrapper.append(link, preview);
      text.replaceWith(before, wrapper, rest);
      text = rest;
    }
  }
  return root.innerHTML;
}

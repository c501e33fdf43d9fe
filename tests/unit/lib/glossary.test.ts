import { describe, expect, test } from 'vitest';
import { linkGlossaryTerms, termNames } from '../../../src/lib/glossary';

const terms = [
  { id: 'fpv', term: 'FPV (first-person view)', aliases: ['FPV drones'], definition: 'A way of flying by live video.' },
  { id: 'rt', term: 'RT', aliases: [], definition: 'A Russian state broadcaster.' },
  { id: 'payload', term: 'Payload', aliases: [], definition: 'What a drone carries.' },
];
const href = (id: string) => `/glossary/#${id}`;
const link = (html: string) => linkGlossaryTerms(html, terms, href);

describe('termNames', () => {
  test('a term is found by its heading, its parts and its aliases', () => {
    expect(termNames(terms[0]!)).toEqual(['FPV (first-person view)', 'FPV drones', 'FPV', 'first-person view']);
  });
});

describe('linkGlossaryTerms', () => {
  test('links only the first use of each term, with its definition as a preview', () => {
    expect(link('<p>FPV drones crash. FPV again. The payload is small.</p>')).toBe(
      '<p><span class="term"><a aria-describedby="term-preview-fpv" href="/glossary/#fpv" class="term-link">FPV drones</a><span data-pagefind-ignore="" role="tooltip" id="term-preview-fpv" class="term-preview">FPV (first-person view): A way of flying by live video.</span></span> crash. FPV again. The <span class="term"><a aria-describedby="term-preview-payload" href="/glossary/#payload" class="term-link">payload</a><span data-pagefind-ignore="" role="tooltip" id="term-preview-payload" class="term-preview">Payload: What a drone carries.</span></span> is small.</p>',
    );
  });

  test('acronyms match in capitals only and never inside a word', () => {
    expect(link('<p>The rt of a word; an RTK unit; art.</p>')).toBe('<p>The rt of a word; an RTK unit; art.</p>');
    expect(link('<p>Said RT.</p>')).toContain('<a aria-describedby="term-preview-rt" href="/glossary/#rt" class="term-link">RT</a>');
  });

  test('leaves links, headings, figures and claim badges alone, and links the next plain use', () => {
    const html = '<h2>Payload</h2><p><a href="/x">payload</a> <span class="claim-ref">payload</span></p><figure>payload</figure><p>Then payload.</p>';
    const out = link(html);
    expect(out.match(/term-link/g)).toHaveLength(1);
    expect(out).toContain('<p>Then <span class="term"><a aria-describedby="term-preview-payload" href="/glossary/#payload" class="term-link">payload</a>');
    expect(out).toContain('<h2>Payload</h2>');
  });

  test('text is escaped, not re-read as markup', () => {
    expect(link('<p>a &lt;b&gt; payload</p>')).toContain('a &lt;b&gt; <span class="term">');
  });
});

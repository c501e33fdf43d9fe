import { describe, expect, test } from 'vitest';
import { formatNote, formatReferences, htmlText } from '../../../src/lib/citation/styles';
import { sourceItem } from '../../../src/lib/citation/items';
import { article, claim, newsSource, registerSource } from './fixtures';

const text = (item: Parameters<typeof formatReferences>[0][number], style: Parameters<typeof formatReferences>[1]) => formatReferences([item], style)[0]!.text;

describe('APA 7', () => {
  test('an article of this site, with its version date', () => {
    expect(text(article, 'apa')).toBe(
      'Drones and Organized Crime. (2026, November 25). Did a cartel learn drone warfare abroad? Reading a report claim by claim. Drones and Organized Crime: An Evidence-Graded Explainer. https://example.org/articles/rt-report/',
    );
  });
  test('a claim record', () => {
    expect(text(claim, 'apa')).toBe(
      'Drones and Organized Crime. (2026, November 24). Members of the unit received drone training abroad [Claim record]. Drones and Organized Crime: An Evidence-Graded Explainer. https://example.org/claims/unit-trained-abroad/',
    );
  });
  test('an undated original with a described title gets n.d. and a retrieval date', () => {
    expect(text(registerSource, 'apa')).toBe('[Register of designations]. (n.d.). Example Ministry. Retrieved November 24, 2026, from https://example.org/register');
  });
  test('HTML output italicises the title and escapes what it prints', () => {
    expect(formatReferences([claim], 'apa')[0]!.html).toContain('<i>Members of the unit received drone training abroad</i> [Claim record]');
    const hostile = sourceItem('x', { kind: 'news-report', title: '<script>alert(1)</script> & co', titleIsDescription: false, publisher: 'P', authors: [], published: null, url: null, accessed: '2026-11-24', language: 'en' });
    const html = formatReferences([hostile], 'apa')[0]!.html;
    expect(html).not.toContain('<script>');
    expect(html).toContain('&#60;\u200Bscript&#62;');
  });
});

describe('MLA 9', () => {
  test('an article of this site', () => {
    expect(text(article, 'modern-language-association')).toBe(
      'Drones and Organized Crime. “Did a Cartel Learn Drone Warfare Abroad? Reading a Report Claim by Claim.” Drones and Organized Crime: An Evidence-Graded Explainer, 25 Nov. 2026, https://example.org/articles/rt-report/.',
    );
  });
  test('a Spanish-language news report keeps its own capitalisation', () => {
    expect(text(newsSource, 'modern-language-association')).toBe('Ana Ruiz. “Un cártel se entrenó en el extranjero.” Example Daily, 8 Sept. 2025, https://example.org/news/cartel.');
  });
  test('an undated original gets its access date', () => {
    expect(text(registerSource, 'modern-language-association')).toBe('“[Register of Designations].” Example Ministry, https://example.org/register. Accessed 24 Nov. 2026.');
  });
});

describe('Chicago 17', () => {
  test('author-date', () => {
    expect(text(claim, 'chicago-author-date')).toBe(
      'Drones and Organized Crime. 2026. “Members of the Unit Received Drone Training Abroad.” Claim record. Drones and Organized Crime: An Evidence-Graded Explainer. November 24, 2026. https://example.org/claims/unit-trained-abroad/.',
    );
  });
  test('notes and bibliography: the bibliography entry and the short note', () => {
    expect(text(newsSource, 'chicago-note-bibliography')).toBe('Ana Ruiz. “Un cártel se entrenó en el extranjero.” Example Daily, September 8, 2025. https://example.org/news/cartel.');
    expect(formatNote(claim, 'chicago-note-bibliography').text).toBe('Drones and Organized Crime, “Members of the Unit Received Drone Training Abroad.”');
  });
});

test('several originals are listed in the style’s own order', () => {
  expect(formatReferences([registerSource, newsSource], 'apa').map((entry) => entry.text.slice(0, 12))).toEqual(['Ana Ruiz. (2', '[Register of']);
});

test('tags in a record are text in every style, never rich text', () => {
  const tagged = sourceItem('y', { kind: 'news-report', title: 'A <b>bold</b> <i>claim</i>', titleIsDescription: false, publisher: 'P', authors: [], published: null, url: null, accessed: '2026-11-24', language: 'en' });
  for (const style of ['apa', 'modern-language-association', 'chicago-author-date', 'chicago-note-bibliography'] as const) {
    const html = formatReferences([tagged], style)[0]!.html;
    expect(html).not.toMatch(/<b>|<i>claim/);
    expect(html).toMatch(/&#60;\u200B[bB]&#62;bold/i);
  }
});

test('the text of a citation is its HTML without tags, with references decoded', () => {
  expect(htmlText('<i>A</i> &#38; B &#60;x&#62; &amp; &#x2014; <span style="font-style:normal;">C</span>')).toBe('A & B <x> & — C');
});

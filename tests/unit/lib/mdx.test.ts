import { describe, expect, test } from 'vitest';
import { countProseWords, findQuotations, scanArticleBody } from '../../../src/lib/content/mdx';

describe('scanArticleBody', () => {
  test('finds claim and source references in reading order, with file lines', () => {
    const body = 'First <Claim id="a" />.\n\nThen <Claim id="b">a phrase</Claim> and <Source id="s" locator="p. 4" />.\n';
    expect(scanArticleBody(body, 7)).toEqual({
      claims: [
        { id: 'a', line: 7 },
        { id: 'b', line: 9 },
      ],
      sources: [{ id: 's', line: 9, locator: 'p. 4' }],
      charts: [],
      problems: [],
    });
  });

  test('accepts <Hubs /> with no attributes and refuses one with an attribute or wrapping a phrase', () => {
    expect(scanArticleBody('Every hub:\n\n<Hubs />\n').problems).toEqual([]);
    expect(scanArticleBody('<Hubs use="attack" />\n').problems.length).toBe(1);
    expect(scanArticleBody('<Hubs>all of them</Hubs>\n').problems.length).toBeGreaterThan(0);
  });

  test('ignores code: fenced blocks and inline code are shown as text', () => {
    const body = 'Use `<Claim id="x" />` like this:\n\n```\n<script>{evil}</script>\n```\n';
    expect(scanArticleBody(body)).toEqual({ claims: [], sources: [], charts: [], problems: [] });
  });

  test('rejects HTML comments and autolinks, which are markup MDX would evaluate', () => {
    expect(scanArticleBody('<!-- note -->\n<https://example.org>\n').problems).toEqual([
      { line: 1, message: 'markup that is not a <Claim>, <Source>, <Chart>, <Hubs>, <Quote>, <StatusDefinitions> or <SourceKinds> component is not allowed (write \\< for a literal “<”)' },
      { line: 2, message: '<https:> is not allowed in articles; use Markdown, <Claim>, <Source>, <Chart>, <Hubs>, <Quote>, <StatusDefinitions> and <SourceKinds> only' },
    ]);
  });

  test('rejects every "<" that MDX would read as a tag, and accepts an escaped or spaced one', () => {
    const problem = (line: number) => ({ line, message: 'markup that is not a <Claim>, <Source>, <Chart>, <Hubs>, <Quote>, <StatusDefinitions> or <SourceKinds> component is not allowed (write \\< for a literal “<”)' });
    expect(scanArticleBody('a <3 b\na <= b\n<Claim id="x"\n').problems).toEqual([problem(1), problem(2), problem(3)]);
    expect(scanArticleBody('a < b and a \\<3 b').problems).toEqual([]);
  });

  test('requires a wrapped phrase to close on its line and <Source> to be self-closing', () => {
    expect(scanArticleBody('<Claim id="a">phrase\n</Claim>\n<Source id="s">lost</Source>\n').problems).toEqual([
      { line: 1, message: '<Claim> is not closed on this line: add </Claim>' },
      { line: 2, message: '</Claim> closes no <Claim> opened on this line' },
      { line: 3, message: '<Source> must be self-closing: <Source id="…" />' },
      { line: 3, message: '</Source> closes no <Source> opened on this line' },
    ]);
  });

  test('rejects attributes that are not written name="value"', () => {
    expect(scanArticleBody('<Claim id=a />').problems).toContainEqual({ line: 1, message: '<Claim> attribute id=a must be written name="value"' });
  });

  test('accepts Markdown links to http(s) URLs, site paths and anchors', () => {
    expect(scanArticleBody('[a](https://example.org) [b](/claims/) [c](#top)').problems).toEqual([]);
  });
});

describe('findQuotations', () => {
  test('finds curly and straight quotations and blockquotes, but not attribute values', () => {
    const body = 'He said “one two”.\n<Claim id="x" />\n> a quoted\n> block\n\nShe said "three".';
    expect(findQuotations(body, 5)).toEqual([
      { text: 'one two', line: 5 },
      { text: 'a quoted block', line: 7 },
      { text: 'three', line: 10 },
    ]);
  });
});

describe('countProseWords', () => {
  test('counts the words a reader sees, not tags, link targets or Markdown markers', () => {
    const body = '## Who published it\n\n- RT is state media. <Claim id="rt-is-state-controlled-media" />\n- See [the methodology](/methodology/#sources) — <Claim id="a">a wrapped phrase</Claim>.\n> A quote *here*.\n';
    expect(countProseWords(body)).toBe(16);
  });
});

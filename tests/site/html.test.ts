import { HtmlValidate } from 'html-validate';
import { expect, test } from 'vitest';
import { builtPages } from '../support/built-site';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // A claim page's title is its statement (up to 39 words) and a source page's is the source's own title:
    // readers and reference managers need them whole, even where a search engine would cut them at 70 characters.
    'long-title': 'off',
    // HTML5 lets an id begin with a digit, and numbered headings ("## 1. Separate…") get such ids from MDX.
    'valid-id': ['error', { relaxed: true }],
    // RIS records end with "ER  - ", trailing space included; inside <pre> that space is content, not sloppiness.
    'no-trailing-whitespace': 'off',
  },
});

test.each(builtPages().map((page) => [page.path, page] as const))('%s is valid HTML', async (_, page) => {
  const report = await validator.validateString(page.html, page.file);
  const errors = report.results.flatMap((result) => result.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}: ${message.message}`));
  expect(errors).toEqual([]);
});

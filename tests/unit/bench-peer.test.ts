import { expect, test } from 'vitest';
import { mdxToMarkdown } from '../../scripts/bench/peer.mjs';

const SAMPLE = `---
title: 'Did it happen? RT''s report: claim by claim'
description: A short description.
kind: explainer
order: 1
---

RT published it. <Claim id="rt-published" /> Milenio reported it. <Source id="milenio" locator="paragraph > 2" />

<Chart name="anatomy" article="rt-cjng-ukraine-drones" />

## Who said it

- The minister spoke of the <Quote lang="es">cartel del Clan del Golfo</Quote>. <Claim id="a" /> <Source id="b" locator='page 3' />
- Nobody confirmed it.

<Hubs />
`;

test('the Starlight peer page is the article as plain Markdown: title, description, text, quotes in marks', () => {
  expect(mdxToMarkdown(SAMPLE)).toBe(`---
title: "Did it happen? RT's report: claim by claim"
description: "A short description."
---

RT published it. Milenio reported it.

## Who said it

- The minister spoke of the “cartel del Clan del Golfo”.
- Nobody confirmed it.
`);
});

test('a component the peer page cannot show as text stops the conversion', () => {
  expect(() => mdxToMarkdown('---\ntitle: T\ndescription: D\n---\n\n<StatusDefinitions />\n')).toThrow('<StatusDefinitions');
});

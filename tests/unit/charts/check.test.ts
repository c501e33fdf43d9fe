import { expect, test } from "vitest";
import { checkCharts } from "../../../src/charts/check";
import { checkContent } from "../../../src/check";
import { formatProblem } from "../../../src/lib/content/problem";
import type { Content } from "../../../src/lib/content/validate";
import { VALID_CONTENT } from "../fixtures";

const ARTICLE =
  "tests/fixtures/content-valid/articles/fixture-explainer.mdx: fixture-explainer";

/** The fixture, validated, for one test to break. */
function content(): Content {
  const { content, problems } = checkContent(VALID_CONTENT);
  expect(problems).toEqual([]);
  return content;
}

const find = <T extends { id: string }>(records: T[], id: string) =>
  records.find((record) => record.id === id)!;

function problemsAfter(mutate: (content: Content) => void): string[] {
  const broken = content();
  mutate(broken);
  return checkCharts(broken).map(formatProblem);
}

test("passes the valid fixture", () => {
  expect(checkCharts(content())).toEqual([]);
});

const cases: [string, (content: Content) => void, string][] = [
  [
    "two series whose long measures would share a chart id",
    (c) => {
      const claim = find(c.claims, "designation-published").data;
      const long =
        "Groups designated by the Example Ministry under its counter-terrorism register in each calendar year";
      claim.figures = [
        {
          measure: `${long}, first count`,
          value: 1,
          unit: "groups",
          period: "2024",
        },
        {
          measure: `${long}, first count`,
          value: 2,
          unit: "groups",
          period: "2025",
        },
        {
          measure: `${long}, second count`,
          value: 3,
          unit: "groups",
          period: "2024",
        },
        {
          measure: `${long}, second count`,
          value: 4,
          unit: "groups",
          period: "2025",
        },
      ];
      find(c.articles, "fixture-explainer").body +=
        `\n<Chart name="series" measure="${long}, first count" />\n\n<Chart name="series" measure="${long}, second count" />\n`;
    },
    `${ARTICLE}: body (line 19): would get the chart id "series-groups-designated-by-the-example-ministry-under-its-counter" that the measure "Groups designated by the Example Ministry under its counter-terrorism register in each calendar year, first count" (in fixture-explainer) already has; make the measures differ in their first words`,
  ],
  [
    "a chart with an unknown name",
    (c) =>
      (find(c.articles, "fixture-explainer").body +=
        '\n<Chart name="pie" />\n'),
    `${ARTICLE}: body (line 17): <Chart> name "pie" is not a chart; use one of: anatomy, attribution, timeline, claimed-vs-specified, status-breakdown, series, side-by-side, trail, map`,
  ],
  [
    "a chart of a claim that does not exist",
    (c) =>
      (find(c.articles, "fixture-explainer").body +=
        '\n<Chart name="attribution" claim="gone" />\n'),
    `${ARTICLE}: body (line 17): <Chart name="attribution"> names no claim with the id "gone"`,
  ],
  [
    "a chart without the record it draws",
    (c) =>
      (find(c.articles, "fixture-explainer").body +=
        '\n<Chart name="anatomy" />\n'),
    `${ARTICLE}: body (line 17): <Chart name="anatomy"> needs article="…"`,
  ],
  [
    "a series of a measure with one figure",
    (c) =>
      (find(c.articles, "fixture-explainer").body +=
        '\n<Chart name="series" measure="Groups designated by the Example Ministry" />\n'),
    `${ARTICLE}: body (line 17): <Chart name="series"> needs at least two figures with the measure "Groups designated by the Example Ministry"; found 1`,
  ],
  [
    "a chart attribute its kind does not read",
    (c) =>
      (find(c.articles, "fixture-explainer").body +=
        '\n<Chart name="timeline" claim="unit-trained-abroad" />\n'),
    `${ARTICLE}: body (line 17): <Chart name="timeline"> takes no claim="…"; it reads about`,
  ],
  [
    "a map of a region it does not draw",
    (c) =>
      (find(c.articles, "fixture-explainer").body +=
        '\n<Chart name="map" region="asia" />\n'),
    `${ARTICLE}: body (line 17): <Chart name="map"> needs region="…" set to one of: world, americas, europe`,
  ],
  [
    "the same chart twice on a page",
    (c) =>
      (find(c.articles, "fixture-explainer").body +=
        '\n<Chart name="timeline" />\n\n<Chart name="timeline" />\n'),
    `${ARTICLE}: body (line 19): embeds the chart "timeline" a second time`,
  ],
];

for (const [name, mutate, expected] of cases) {
  test(`reports ${name}`, () => {
    expect(problemsAfter(mutate)).toContain(expected);
  });
}

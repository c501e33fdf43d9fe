/**
 * The checks of the `<Chart>` tags in every article and translation: each names a kind with the attributes it
 * reads and records that can draw it, and each chart id, a permalink and a page anchor, means one chart.
 */
import { scanArticleBody } from '../lib/content/mdx';
import type { Problem } from '../lib/content/problem';
import type { Content } from '../lib/content/validate';
import { chartId, chartRequest, chartRequestProblem } from './registry';

export function checkCharts(content: Content): Problem[] {
  const problems: Problem[] = [];
  // Chart ids are cut to a readable length, so two long measures could share one; the id is a permalink.
  const chartsById = new Map<string, { measure: string | undefined; article: string }>();
  for (const record of [...content.articles, ...content.translations]) {
    const at = (line: number) => `body (line ${line})`;
    const chartsOnPage = new Set<string>();
    for (const chart of scanArticleBody(record.body, record.bodyLine).charts) {
      const request = chartRequest(chart.attributes);
      const problem = chartRequestProblem(request, content);
      if (problem) {
        problems.push({ file: record.file, record: record.id, field: at(chart.line), message: problem });
        continue;
      }
      // The chart's id is its anchor on the page: the same chart twice would make two elements with one id.
      const id = chartId(request);
      const first = chartsById.get(id);
      if (first && first.measure !== request.measure) {
        problems.push({ file: record.file, record: record.id, field: at(chart.line), message: `would get the chart id "${id}" that the measure "${first.measure}" (in ${first.article}) already has; make the measures differ in their first words` });
      }
      if (!first) chartsById.set(id, { measure: request.measure, article: record.id });
      if (chartsOnPage.has(id)) problems.push({ file: record.file, record: record.id, field: at(chart.line), message: `embeds the chart "${id}" a second time` });
      chartsOnPage.add(id);
    }
  }
  return problems;
}

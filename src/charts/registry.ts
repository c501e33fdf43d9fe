/**
 * Which charts the site has: the list of chart kinds, and the few charts site pages carry. Articles embed a chart by
 * kind with the records it uses (`<Chart name="series" measure="…" />`). Adding a kind is one module in `kinds/`
 * and one line in `CHART_KINDS`. Pure: no Astro.
 */
import { scanArticleBody } from '../lib/content/mdx';
import { chartRequest, type ChartKind, type ChartRecords, type ChartRequest } from './kind';
import { anatomy } from './kinds/anatomy';
import { attribution } from './kinds/attribution';
import { claimedVsSpecified } from './kinds/claimed-vs-specified';
import { map } from './kinds/map';
import { series } from './kinds/series';
import { sideBySide } from './kinds/side-by-side';
import { statusBreakdown } from './kinds/status-breakdown';
import { timeline } from './kinds/timeline';
import { trail } from './kinds/trail';
import type { ChartSpec } from './spec';
import type { Language } from '../schemas/language';

export { chartRequest, slug, type ChartRecords, type ChartRequest } from './kind';

/** Every chart kind an article may name. */
export const CHART_KINDS: readonly ChartKind[] = [anatomy, attribution, timeline, claimedVsSpecified, statusBreakdown, series, sideBySide, trail, map];

const kinds = new Map(CHART_KINDS.map((kind) => [kind.name, kind]));

/** The kind a request names; callers have checked the request with `chartRequestProblem`. */
function kindOf(request: ChartRequest): ChartKind {
  const kind = kinds.get(request.name);
  if (!kind) throw new Error(`No chart kind "${request.name}"`);
  return kind;
}

/** Charts on site pages that are not articles: the home page, the actors index, the timeline page and the country hubs. */
export const SITE_CHARTS: ChartRequest[] = [
  { name: 'status-breakdown', by: 'article' },
  { name: 'status-breakdown', by: 'actor' },
  { name: 'timeline' },
  { name: 'map', region: 'world' },
  { name: 'map', region: 'americas' },
  { name: 'map', region: 'europe' },
];

/** The chart's permalink id, the same for every page that embeds the same chart. */
export function chartId(request: ChartRequest): string {
  return kindOf(request).id(request);
}

/** Why a request cannot be drawn from these records, or null when it can. */
export function chartRequestProblem(request: ChartRequest, records: ChartRecords): string | null {
  const kind = kinds.get(request.name);
  if (!kind) return `<Chart> name "${request.name}" is not a chart; use one of: ${CHART_KINDS.map((entry) => entry.name).join(', ')}`;
  for (const [attribute, grammar] of Object.entries(kind.attributes)) {
    if (grammar.required && !request[attribute as keyof ChartRequest]) return `<Chart name="${kind.name}"> needs ${attribute}="…"`;
  }
  const unread = Object.keys(request).find((key) => key !== 'name' && !(key in kind.attributes));
  if (unread) return `<Chart name="${kind.name}"> takes no ${unread}="…"${Object.keys(kind.attributes).length ? `; it reads ${Object.keys(kind.attributes).join(', ')}` : ''}`;
  return kind.problem(request, records);
}

/**
 * Builds the chart a request names from the records, with its words in a language and its rows linking that
 * language's pages. The id is the same in every language, and what records say stays as they say it.
 */
export function buildChart(request: ChartRequest, records: ChartRecords, language: Language = 'en'): ChartSpec {
  return kindOf(request).build(request, records, language);
}

/** The claims a chart draws on, so its version and its citation derive from the records like any page's. */
export function chartClaims(request: ChartRequest, records: ChartRecords): string[] {
  return kindOf(request).claims(request, records);
}

/** Every chart of the site, once each by id, in a stable order: site charts first, then articles' in reading order. */
export function allChartRequests(records: ChartRecords): ChartRequest[] {
  const requests = [...SITE_CHARTS, ...records.articles.flatMap((article) => scanArticleBody(article.body ?? '').charts.map((chart) => chartRequest(chart.attributes)))];
  const seen = new Set<string>();
  return requests.filter((request) => {
    const id = chartId(request);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

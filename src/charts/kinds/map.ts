import { geoArea, geoAzimuthalEqualArea, geoCentroid, geoConicConformal, geoEqualEarth, geoPath, type GeoContext, type GeoPermissibleObjects, type GeoProjection } from 'd3';
import { feature, merge, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlas from 'world-atlas/countries-110m.json' with { type: 'json' };
import { words } from '../../i18n';
import { STATUSES, type Status } from '../../schemas';
import type { Language } from '../../schemas/language';
import { countryName, countryNumeric } from '../../lib/countries';
import { COUNTRY_HUB_MIN_CLAIMS } from '../../lib/evidence/hubs';
import { compareText } from '../../lib/format';
import { pathsIn } from '../../lib/paths';
import { statusLabel } from '../encoding';
import { countByStatus, describeCounts } from '../legend';
import { wrapText } from '../text';
import { MIN_TEXT, NARROW, WIDE, type ChartDrawing, type ChartSpec, type LegendItem, type Mark } from '../spec';
import type { ChartKind } from '../kind';

/**
 * Map: where the evidence is. Each country that claims on this site concern is marked by the strongest status
 * among them (any documented claim: solid; reported but none documented: hatched; and so on down the statuses),
 * drawn at country level from Natural Earth boundaries (world-atlas, 1:110m). A world view, and regional views
 * where the world view is too small to read. No point is placed inside a country: the records give countries.
 */

export const REGIONS = ['world', 'americas', 'europe'] as const;
export type Region = (typeof REGIONS)[number];

/** One country (or reserved code, such as EU) with the statuses of the claims that concern it. */
export interface MapCountry {
  code: string;
  name: string;
  statuses: Status[];
  /** Its hub page, or null when it has too few claims for one. */
  href: string | null;
}

export interface MapInput {
  region: Region;
  /** The countries with their names in the chart's language. */
  countries: MapCountry[];
}

type CountryProperties = { name: string };
const topology = atlas as unknown as Topology<{ countries: GeometryCollection<CountryProperties> }>;
/** Antarctica holds no record and would take a fifth of the world view's height. */
const geometries = topology.objects.countries.geometries.filter((geometry) => geometry.id !== '010');
const features = new Map(geometries.map((geometry) => [String(geometry.id), feature(topology, geometry) as GeoJSON.Feature]));

/** The lon/lat box each regional view shows, sampled along its edges so a curved projection fits all of it. */
function box(west: number, south: number, east: number, north: number): GeoPermissibleObjects {
  const points: [number, number][] = [];
  for (let lon = west; lon <= east; lon += 1) points.push([lon, south], [lon, north]);
  for (let lat = south; lat <= north; lat += 1) points.push([west, lat], [east, lat]);
  return { type: 'MultiPoint', coordinates: points };
}

/** Each view's projection, the box it shows, and the reserved codes it lists below the map; its name is in the dictionaries. */
const VIEWS: Record<Region, { projection: () => GeoProjection; extent: GeoPermissibleObjects | null; reserved: string[] }> = {
  world: { projection: () => geoEqualEarth(), extent: null, reserved: ['EU'] },
  americas: { projection: () => geoAzimuthalEqualArea().rotate([80, -5]), extent: box(-125, -56, -34, 50), reserved: [] },
  europe: { projection: () => geoConicConformal().rotate([-14, 0]).parallels([43, 62]), extent: box(-11, 34, 42, 71), reserved: ['EU'] },
};

const fits = new Map<string, { projection: GeoProjection; height: number }>();

/** A projection fitted to a region at a width, with the height it needs; regional views clip at their frame. */
function fitted(region: Region, width: number): { projection: GeoProjection; height: number } {
  const key = `${region}:${width}`;
  if (!fits.has(key)) fits.set(key, fit(region, width));
  return fits.get(key)!;
}

function fit(region: Region, width: number): { projection: GeoProjection; height: number } {
  const view = VIEWS[region];
  const extent = view.extent ?? { type: 'FeatureCollection' as const, features: [...features.values()] };
  const projection = view.projection().fitWidth(width, extent);
  const height = Math.ceil(geoPath(projection).bounds(extent)[1][1]);
  if (view.extent) projection.clipExtent([[0, 0], [width, height]]);
  return { projection, height };
}

/** Path data in whole units, dropping points that round onto the one before: at chart sizes a pixel is enough. */
function pathData(projection: GeoProjection, object: GeoPermissibleObjects): string {
  let d = '';
  let last = '';
  const context: GeoContext = {
    beginPath() {},
    moveTo(x: number, y: number) {
      last = `${Math.round(x)} ${Math.round(y)}`;
      d += `M${last}`;
    },
    lineTo(x: number, y: number) {
      const point = `${Math.round(x)} ${Math.round(y)}`;
      if (point !== last) d += `L${point}`;
      last = point;
    },
    closePath() {
      d += 'Z';
    },
    arc() {},
  };
  geoPath(projection, context)(object);
  return d;
}

/** The largest polygon of a country's shape. */
function mainland(shape: GeoJSON.Feature): GeoPermissibleObjects {
  if (shape.geometry.type !== 'MultiPolygon') return shape;
  const polygons = shape.geometry.coordinates.map((coordinates) => ({ type: 'Polygon' as const, coordinates }));
  return polygons.reduce((a, b) => (geoArea(b) > geoArea(a) ? b : a));
}

/** A country drawn smaller than this (in square units) is also named in a key below the map. */
const SMALL_AREA = 120;

/** The status a country is marked by: the first of the statuses, in their order, that any of its claims has. */
export function countryStatus(statuses: Status[]): Status {
  return STATUSES.find((status) => statuses.includes(status))!;
}

/** The countries a view shows: those drawn inside its frame, and the reserved codes it lists below. */
function inView(input: MapInput, width: number) {
  const { projection, height } = fitted(input.region, width);
  const path = geoPath(projection);
  const drawn: { country: MapCountry; d: string; bounds: [number, number, number, number]; small: boolean }[] = [];
  const listed: MapCountry[] = [];
  for (const country of input.countries) {
    const numeric = countryNumeric(country.code);
    const shape = numeric ? features.get(numeric) : undefined;
    if (!shape) {
      if (VIEWS[input.region].reserved.includes(country.code) || input.region === 'world') listed.push(country);
      continue;
    }
    // A regional view marks a country whose main landmass it shows (Russia in Europe), not one that only has an
    // overseas part in its frame (France by French Guiana in the Americas).
    if (VIEWS[input.region].extent && !pathData(projection, mainland(shape))) continue;
    const d = pathData(projection, shape);
    if (!d) continue;
    const [[x0, y0], [x1, y1]] = path.bounds(shape);
    drawn.push({ country, d, bounds: [x0, y0, x1, y1].map(Math.round) as [number, number, number, number], small: path.area(shape) < SMALL_AREA });
  }
  return { projection, height, drawn, listed };
}

type View = ReturnType<typeof inView>;

/** Rows of the table: every country the view shows, most claims first, then by name as a reader of the language sorts. */
function rowsInView({ drawn, listed }: View, language: Language): MapCountry[] {
  return [...drawn.map((entry) => entry.country), ...listed].sort((a, b) => b.statuses.length - a.statuses.length || compareText(a.name, b.name, language));
}

/** A status-graded map of one region, in a language. */
export function buildMap(input: MapInput, language: Language = 'en'): ChartSpec {
  const text = words(language).charts.map;
  // Both layouts show the same countries: the frame is the same box of the globe at either width.
  const wide = inView(input, WIDE);
  const rows = rowsInView(wide, language);
  const marked = (status: Status) => rows.filter((country) => countryStatus(country.statuses) === status);
  const present = STATUSES.filter((status) => marked(status).length > 0);
  const legend: LegendItem[] = present.map((status) => ({ status, label: text.marked[status] }));
  const claimCount = (country: MapCountry) => `${country.name} (${country.statuses.length})`;
  const { listed } = wide;
  return {
    id: `map-${input.region}`,
    kind: 'map',
    title: text.title(text.region[input.region]),
    caption: text.caption,
    summary:
      `${text.inView(rows.length)} ` +
      present.map((status) => `${text.marked[status]}: ${marked(status).map(claimCount).join(', ')}.`).join(' ') +
      ` ${text.figure}${listed.length > 0 ? ` ${text.listed(listed.map((country) => country.name).join(', '), listed.length)}` : ''}`,
    sourceLine: text.sourceLine,
    legend,
    table: {
      columns: [text.columns.country, text.columns.claims, ...STATUSES.map((status) => statusLabel(status, language)), text.columns.marked],
      rows: rows.map((country) => ({
        cells: [country.name, String(country.statuses.length), ...STATUSES.map((status) => String(country.statuses.filter((s) => s === status).length)), text.marked[countryStatus(country.statuses)]],
        status: countryStatus(country.statuses),
        href: country.href,
      })),
    },
    layouts: { wide: layout(input.region, wide, rows, WIDE, language), narrow: layout(input.region, inView(input, NARROW), rows, NARROW, language) },
  };
}

const KEY_LINE = 20;

function layout(region: Region, view: View, rows: MapCountry[], width: number, language: Language): ChartDrawing {
  const row = new Map(rows.map((country, i) => [country.code, i]));
  // The table's countries are those of the wide layout; a sliver at the frame's edge that rounds differently at
  // another width must not add a mark without a row.
  const { projection, height } = view;
  const drawn = view.drawn.filter((entry) => row.has(entry.country.code));
  const listed = view.listed.filter((country) => row.has(country.code));
  const codes = new Set(drawn.map((entry) => countryNumeric(entry.country.code)));
  const unmarked = geometries.filter((geometry) => !codes.has(String(geometry.id)));
  const describe = (country: MapCountry) => `${country.name}: ${words(language).count.claims(country.statuses.length)}, ${describeCounts(countByStatus(country.statuses), language)}`;
  const all = { type: 'GeometryCollection' as const, geometries };
  const isMarked = (geometry: { id?: string | number }) => codes.has(String(geometry.id));
  const marks: Mark[] = [
    { type: 'ground', d: pathData(projection, merge(topology, unmarked as Parameters<typeof merge>[1])), style: 'tint' },
    { type: 'ground', d: pathData(projection, mesh(topology, all, (a, b) => a !== b && !isMarked(a) && !isMarked(b))), style: 'line' },
    ...drawn.map(({ country, d, bounds }): Mark => ({ type: 'status-path', d, bounds, status: countryStatus(country.statuses), row: row.get(country.code)!, label: describe(country), href: country.href })),
    { type: 'ground', d: pathData(projection, mesh(topology, all, (a, b) => a !== b && isMarked(a) && isMarked(b))), style: 'gap' },
  ];
  if (VIEWS[region].extent) marks.push({ type: 'ground', d: `M0 0H${width}V${height}H0Z`, style: 'line' });
  // Below the map, a key names what is too small to see at this width, and what is not one country.
  const keyed = [...drawn.filter((entry) => entry.small).map((entry) => entry.country), ...listed].sort((a, b) => row.get(a.code)! - row.get(b.code)!);
  let y = height;
  if (keyed.length > 0) {
    y += 24;
    const heading = wrapText(words(language).charts.map.key, width, MIN_TEXT);
    marks.push({ type: 'text', x: 0, y, lines: heading, size: MIN_TEXT, weight: 'bold', anchor: 'start', leading: 16 });
    y += (heading.length - 1) * 16 + 10;
    let x = 0;
    for (const country of keyed) {
      const label = `${country.name} (${country.statuses.length})`;
      const itemWidth = 20 + label.length * MIN_TEXT * 0.6;
      if (x > 0 && x + itemWidth > width) {
        x = 0;
        y += KEY_LINE;
      }
      marks.push({ type: 'status-rect', x: x + 1, y: y + 1, width: 12, height: 12, status: countryStatus(country.statuses), row: row.get(country.code)! });
      marks.push({ type: 'text', x: x + 18, y: y + 12, lines: [label], size: MIN_TEXT, weight: 'normal', anchor: 'start', leading: 16 });
      x += itemWidth + 14;
    }
    y += KEY_LINE;
  }
  return { width, height: Math.ceil(y), marks };
}

/** Claims by the countries they concern, each named in a language, with its hub in that language where it has one. */
function mapCountries(claims: { data: { countries: string[]; status: Status } }[], language: Language = 'en'): MapCountry[] {
  const statuses = new Map<string, Status[]>();
  for (const claim of claims) for (const code of claim.data.countries) statuses.set(code, [...(statuses.get(code) ?? []), claim.data.status]);
  return [...statuses].map(([code, list]) => ({ code, name: countryName(code, language), statuses: list, href: list.length >= COUNTRY_HUB_MIN_CLAIMS ? pathsIn(language).country(code) : null }));
}

/** The view a country's hub shows: the regional one whose frame holds the country's centre, else the world. */
export function regionOf(code: string): Region {
  const numeric = countryNumeric(code);
  const shape = numeric ? features.get(numeric) : undefined;
  if (!shape) return VIEWS.europe.reserved.includes(code) ? 'europe' : 'world';
  const centre = geoCentroid(shape);
  for (const region of ['americas', 'europe'] as const) {
    const { projection, height } = fitted(region, WIDE);
    const [x, y] = projection(centre) ?? [-1, -1];
    if (x >= 0 && x <= WIDE && y >= 0 && y <= height) return region;
  }
  return 'world';
}

export const map: ChartKind = {
  name: 'map',
  doc: 'where the evidence is: each country marked by the strongest status of the claims about it',
  attributes: { region: { required: true, doc: `the view: ${REGIONS.join(', ')}` } },
  id: (request) => `map-${request.region}`,
  problem: (request) => (REGIONS.includes(request.region as Region) ? null : `<Chart name="map"> needs region="…" set to one of: ${REGIONS.join(', ')}`),
  build: (request, records, language = 'en') => buildMap({ region: request.region as Region, countries: mapCountries(records.claims, language) }, language),
  claims(request, records) {
    const shown = new Set(rowsInView(inView({ region: request.region as Region, countries: mapCountries(records.claims) }, WIDE), 'en').map((country) => country.code));
    return records.claims.filter((claim) => claim.data.countries.some((code) => shown.has(code))).map((claim) => claim.id);
  },
};

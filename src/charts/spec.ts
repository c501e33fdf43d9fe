import type { Status } from '../schemas';

/**
 * A chart as data: what to draw at each layout width, the rows it plots, and the words around it. Builders make
 * specs from records; one renderer turns any spec into SVG, and the page, the downloads and the CSV all read the
 * same spec, so the picture, the table and the text can never disagree.
 */
export interface ChartSpec {
  /** Permalink id: the figure's anchor (`#chart-<id>`) and the name of its downloads (`/charts/<id>.svg`). */
  id: string;
  /** What kind of chart this is, e.g. "anatomy". */
  kind: string;
  /** The chart's title, shown above it and inside every export. */
  title: string;
  /** What the reader is looking at and how to read it, in one or two sentences. */
  caption: string;
  /** Generated from the plotted rows: the chart's finding in words, for everyone who cannot see it. */
  summary: string;
  /** Where the plotted records come from, written as a credit line. */
  sourceLine: string;
  /** The statuses the marks use, in the order of STATUSES, for the legend. */
  legend: LegendItem[];
  /** The rows the chart plots, exactly: every mark with a `row` points into this table. */
  table: ChartTable;
  /** The drawing re-laid out for a wide and for a narrow column (not the same drawing scaled). */
  layouts: { wide: ChartDrawing; narrow: ChartDrawing };
}

export interface LegendItem {
  /** A status, or null for marks with no graded claim behind them. */
  status: Status | null;
  label: string;
}

export interface ChartTable {
  columns: string[];
  rows: ChartRow[];
}

export interface ChartRow {
  /** Cell texts, one per column. */
  cells: string[];
  /** The status the row's marks show, or null for a row with no graded claim. */
  status: Status | null;
  /** The record page a reader can open for this row. */
  href: string | null;
}

export interface ChartDrawing {
  width: number;
  height: number;
  marks: Mark[];
}

/** A shape carrying a status: filled, hatched, dashed or struck through according to the status grammar. */
export interface StatusRectMark {
  type: 'status-rect';
  x: number;
  y: number;
  width: number;
  height: number;
  status: Status | null;
  /** Index of the table row this mark plots, or null for a mark that sums several rows (a total). */
  row: number | null;
}

/** A plain outline box (a party in an attribution chain); dashed when the party is unnamed. */
export interface BoxMark {
  type: 'box';
  x: number;
  y: number;
  width: number;
  height: number;
  dashed: boolean;
  row: number;
}

export interface LineMark {
  type: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** SVG stroke-dasharray, or null for a solid line. */
  dash: string | null;
  /** Draws an arrowhead at (x2, y2). */
  arrow: boolean;
}

export interface TextMark {
  type: 'text';
  x: number;
  /** Baseline of the first line. */
  y: number;
  lines: string[];
  size: number;
  weight: 'normal' | 'bold';
  anchor: 'start' | 'middle' | 'end';
  /** Line height in pixels. */
  leading: number;
}

/** A shape drawn from a path (a country on a map) carrying a status by the same grammar as a status-rect. */
export interface StatusPathMark {
  type: 'status-path';
  /** SVG path data, in whole units. */
  d: string;
  /** Bounding box `[x0, y0, x1, y1]`: where a strike runs and what tests read. */
  bounds: [number, number, number, number];
  status: Status;
  row: number;
  /** What the shape is, for its tooltip and accessible name ("Mexico: 97 claims …"). */
  label: string;
  /** The page it opens in an inline chart (not in downloads, which stand alone), or null. */
  href: string | null;
}

/**
 * Geography that carries no claim: land as a light tint, borders and frames as thin lines, or `gap` lines in the
 * paper's colour that keep two neighbours with the same solid mark apart.
 */
export interface GroundMark {
  type: 'ground';
  d: string;
  style: 'tint' | 'line' | 'gap';
}

export type Mark = StatusRectMark | BoxMark | LineMark | TextMark | StatusPathMark | GroundMark;

/** Layout widths in SVG units. The narrow one fits a 360 px phone with text at no less than 12 px. */
export const WIDE = 640;
export const NARROW = 300;

/** Smallest text any chart draws, in SVG units (≈ CSS pixels at the layouts' widths). */
export const MIN_TEXT = 12;

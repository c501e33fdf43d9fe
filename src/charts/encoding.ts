import { words } from '../i18n';
import { STATUSES, type Status } from '../schemas';
import type { Language } from '../schemas/language';

/**
 * The visual grammar of the five statuses (see the methodology page): every badge, legend and chart draws a status
 * from here. Each status differs in fill pattern, outline and label, never in colour alone, so the marks
 * survive greyscale printing and colour-blind reading. Marks use `currentColor`, so they follow the text
 * colour in light mode, dark mode and print.
 */
export type StatusFill = 'solid' | 'hatch' | 'none' | 'crosshatch';

export interface StatusEncoding {
  status: Status;
  /** The text label shown with every mark. */
  label: string;
  /** Interior of the mark. */
  fill: StatusFill;
  /** SVG `stroke-dasharray` of the outline, or null for a solid outline. */
  dash: string | null;
  /** Whether a line strikes through the mark (contradicted by the record). */
  strike: boolean;
  /** A short description of the mark, for legends and alternative text. */
  markDescription: string;
}

const GRAMMAR: Record<Status, Pick<StatusEncoding, 'fill' | 'dash' | 'strike'>> = {
  documented: { fill: 'solid', dash: null, strike: false },
  reported: { fill: 'hatch', dash: null, strike: false },
  alleged: { fill: 'none', dash: '3 2', strike: false },
  disputed: { fill: 'crosshatch', dash: null, strike: false },
  contradicted: { fill: 'none', dash: null, strike: true },
};

/** The grammar of a status with its label and mark description in a language. */
function encoding(status: Status, language: Language): StatusEncoding {
  return { status, label: words(language).status[status].label, markDescription: words(language).status[status].mark, ...GRAMMAR[status] };
}

/** The grammar with the English label and mark description. */
export const STATUS_ENCODING = Object.fromEntries(STATUSES.map((status) => [status, encoding(status, 'en')])) as Record<Status, StatusEncoding>;

/** A status's grammar, with its label and mark description in a language. */
export function encodeStatus(status: Status, language: Language = 'en'): StatusEncoding {
  return encoding(status, language);
}

/** A status's label in a language, as every chart legend, table and summary shows it: "Documented". */
export const statusLabel = (status: Status, language: Language = 'en'): string => words(language).status[status].label;

/** A line segment in a swatch's coordinate space. */
export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The drawing of a status as a square swatch: an outline, an optional solid fill and pattern lines. */
export interface Swatch {
  size: number;
  strokeWidth: number;
  /** Outline rectangle, inset by half the stroke so it stays inside the square. */
  outline: { x: number; y: number; width: number; height: number; dash: string | null };
  solid: boolean;
  lines: Segment[];
}

const STROKE = 1.5;
const HATCH_SPACING = 4;

/**
 * Draws a status as a swatch of `size` pixels with explicit line segments instead of SVG `<pattern>`
 * references: a badge repeated many times on a page then needs no shared ids and always prints.
 */
export function statusSwatch(status: Status, size = 14): Swatch {
  const encoding = STATUS_ENCODING[status];
  const inset = STROKE / 2;
  const lines: Segment[] = [];
  if (encoding.fill === 'hatch' || encoding.fill === 'crosshatch') lines.push(...diagonals(size, 'rising'));
  if (encoding.fill === 'crosshatch') lines.push(...diagonals(size, 'falling'));
  if (encoding.strike) lines.push({ x1: 0, y1: size / 2, x2: size, y2: size / 2 });
  return {
    size,
    strokeWidth: STROKE,
    outline: { x: inset, y: inset, width: size - STROKE, height: size - STROKE, dash: encoding.dash },
    solid: encoding.fill === 'solid',
    lines,
  };
}

/** 45° hatching clipped to the square, so the swatch needs no clip path. */
function diagonals(size: number, direction: 'rising' | 'falling'): Segment[] {
  const segments: Segment[] = [];
  for (let c = HATCH_SPACING; c < 2 * size; c += HATCH_SPACING) {
    const low = Math.max(0, c - size);
    const high = Math.min(size, c);
    // Rising lines satisfy x + y = c (bottom-left to top-right); falling lines are their mirror image.
    segments.push(
      direction === 'rising'
        ? { x1: low, y1: high, x2: high, y2: low }
        : { x1: size - low, y1: high, x2: size - high, y2: low },
    );
  }
  return segments;
}

/** Line segments as one SVG path (`M x1 y1 L x2 y2` per segment): one element per mark instead of one per line. */
export function segmentsPath(segments: readonly Segment[]): string {
  return segments.map((segment) => `M${segment.x1} ${segment.y1}L${segment.x2} ${segment.y2}`).join('');
}

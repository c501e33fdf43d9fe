import { describe, expect, test } from 'vitest';
import { encodeStatus, STATUS_ENCODING, segmentsPath, statusSwatch } from '../../../src/charts/encoding';
import { STATUSES } from '../../../src/schemas';

describe('status encoding', () => {
  test('every status has a label and a mark that differ from every other status without colour', () => {
    const marks = STATUSES.map((status) => {
      const { fill, dash, strike } = STATUS_ENCODING[status];
      return JSON.stringify({ fill, dash, strike });
    });
    expect(new Set(marks).size).toBe(STATUSES.length);
    expect(STATUSES.map((status) => STATUS_ENCODING[status].label)).toEqual(['Documented', 'Reported', 'Alleged', 'Disputed', 'Contradicted']);
  });

  test('documented is a solid square with no lines', () => {
    expect(statusSwatch('documented', 10)).toEqual({
      size: 10,
      strokeWidth: 1.5,
      outline: { x: 0.75, y: 0.75, width: 8.5, height: 8.5, dash: null },
      solid: true,
      lines: [],
    });
  });

  test('reported is hatched with rising diagonals clipped to the square', () => {
    expect(statusSwatch('reported', 10).lines).toEqual([
      { x1: 0, y1: 4, x2: 4, y2: 0 },
      { x1: 0, y1: 8, x2: 8, y2: 0 },
      { x1: 2, y1: 10, x2: 10, y2: 2 },
      { x1: 6, y1: 10, x2: 10, y2: 6 },
    ]);
    expect(statusSwatch('reported', 10).solid).toBe(false);
  });

  test('alleged is an empty dashed outline', () => {
    const swatch = statusSwatch('alleged', 10);
    expect(swatch.outline.dash).toBe('3 2');
    expect(swatch.solid).toBe(false);
    expect(swatch.lines).toEqual([]);
  });

  test('disputed is cross-hatched: rising and falling diagonals', () => {
    expect(statusSwatch('disputed', 10).lines).toEqual([
      { x1: 0, y1: 4, x2: 4, y2: 0 },
      { x1: 0, y1: 8, x2: 8, y2: 0 },
      { x1: 2, y1: 10, x2: 10, y2: 2 },
      { x1: 6, y1: 10, x2: 10, y2: 6 },
      { x1: 10, y1: 4, x2: 6, y2: 0 },
      { x1: 10, y1: 8, x2: 2, y2: 0 },
      { x1: 8, y1: 10, x2: 0, y2: 2 },
      { x1: 4, y1: 10, x2: 0, y2: 6 },
    ]);
  });

  test('contradicted is an empty outline struck through the middle', () => {
    const swatch = statusSwatch('contradicted', 10);
    expect(swatch.outline.dash).toBeNull();
    expect(swatch.solid).toBe(false);
    expect(swatch.lines).toEqual([{ x1: 0, y1: 5, x2: 10, y2: 5 }]);
  });
});

test('segmentsPath joins segments into one path', () => {
  expect(segmentsPath([])).toBe('');
  expect(segmentsPath([{ x1: 0, y1: 4, x2: 4, y2: 0 }, { x1: 0, y1: 5, x2: 10, y2: 5 }])).toBe('M0 4L4 0M0 5L10 5');
});

test('statuses differ by pattern, outline and label, never by colour, so no colour-vision simulation can merge them', () => {
  const drawings = STATUSES.map((status) => JSON.stringify({ swatch: statusSwatch(status), encoding: { ...STATUS_ENCODING[status], status: undefined, label: undefined, markDescription: undefined } }));
  expect(new Set(drawings).size).toBe(STATUSES.length);
  // Marks are drawn in one ink (currentColor, tested in render.test.ts), so protanopia, deuteranopia and greyscale
  // see the same drawings: the drawings alone must tell every status apart.
  expect(new Set(STATUSES.map((status) => STATUS_ENCODING[status].label)).size).toBe(STATUSES.length);
});

test("a status's grammar is the same in every language; its label and mark description are the language's", () => {
  for (const status of STATUSES) {
    const { label, markDescription, ...grammar } = encodeStatus(status, 'es');
    const { label: english, markDescription: englishMark, ...englishGrammar } = encodeStatus(status);
    expect(grammar).toEqual(englishGrammar);
    expect([label, markDescription]).not.toEqual([english, englishMark]);
  }
  expect(STATUSES.map((status) => encodeStatus(status, 'es').label)).toEqual(['Documentado', 'Reportado', 'Presunto', 'En disputa', 'Contradicho']);
  expect(encodeStatus('disputed', 'es').markDescription).toBe('rayado cruzado');
});

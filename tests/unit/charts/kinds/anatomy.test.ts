import { describe, expect, test } from 'vitest';
import { anatomy as anatomyKind, buildAnatomy } from '../../../../src/charts/kinds/anatomy';
import type { ChartSpec } from '../../../../src/charts/spec';
import { anatomy, anatomyInput, content, copyOf, englishCopyIn, expectEveryChartRule, expectSvgSnapshots, statusMarks, texts } from '../fixtures';

describe('anatomy of a report', () => {
  test('one square per claim in reading order, then totals by status', () => {
    expect(anatomy.id).toBe('anatomy-report');
    expect(anatomy.title).toBe('Anatomy of a report: the claims in “A report”');
    expect(anatomy.summary).toBe('The article makes 5 claims: 1 documented, 2 reported, 1 alleged and 1 contradicted.');
    expect(anatomy.table.rows.map((row) => row.cells)).toEqual([
      ['1', 'The ministry designated the group.', 'Documented'],
      ['2', 'Members trained abroad.', 'Reported'],
      ['3', 'The drone carries 3 kg.', 'Contradicted'],
      ['4', 'Officials confirmed it.', 'Reported'],
      ['5', 'The state TV says so.', 'Alleged'],
    ]);
    const squares = statusMarks(anatomy.layouts.wide.marks).filter((mark) => mark.row !== null);
    expect(squares.map((mark) => [mark.x, mark.y, mark.status])).toEqual([
      [0, 0, 'documented'],
      [28, 0, 'reported'],
      [56, 0, 'contradicted'],
      [84, 0, 'reported'],
      [112, 0, 'alleged'],
    ]);
    const totals = statusMarks(anatomy.layouts.wide.marks).filter((mark) => mark.row === null);
    expect(totals.map((mark) => [mark.status, Math.round(mark.width)])).toEqual([
      ['documented', 250],
      ['reported', 500],
      ['alleged', 250],
      ['contradicted', 250],
    ]);
    expect(texts(anatomy.layouts.wide.marks)).toEqual(['1', '5', 'Total by status', 'Documented', '1', 'Reported', '2', 'Alleged', '1', 'Contradicted', '1']);
  });

  test('the narrow layout wraps the squares into shorter rows', () => {
    const many = buildAnatomy({ article: { id: 'r', title: 'R' }, claims: Array.from({ length: 12 }, (_, i) => ({ id: `c${i}`, statement: `Claim ${i}.`, status: 'reported' as const, href: `/claims/c${i}/` })) });
    const rows = (drawing: ChartSpec['layouts']['wide']) => new Set(statusMarks(drawing.marks).filter((mark) => mark.row !== null).map((mark) => mark.y)).size;
    expect(rows(many.layouts.wide)).toBe(1);
    expect(rows(many.layouts.narrow)).toBe(2);
  });

  test('holds what every chart holds', () => expectEveryChartRule(anatomy));

  test('matches its SVG snapshots', async () => {
    await expectSvgSnapshots(anatomy);
  });
});

describe('anatomy kind', () => {
  test('is one per article, drawing its claims in reading order', () => {
    expect(anatomyKind.id({ name: 'anatomy', article: 'fixture-explainer' })).toBe('anatomy-fixture-explainer');
    expect(anatomyKind.problem({ name: 'anatomy', article: 'gone' }, content)).toBe('<Chart name="anatomy"> names no article with the id "gone"');
    expect(anatomyKind.claims({ name: 'anatomy', article: 'fixture-explainer' }, content)).toEqual(['designation-published', 'unit-trained-abroad']);
    expect(anatomyKind.build({ name: 'anatomy', article: 'fixture-explainer' }, content).table.rows.map((row) => [row.cells[0], row.status, row.href])).toEqual([
      ['1', 'documented', '/claims/designation-published/'],
      ['2', 'reported', '/claims/unit-trained-abroad/'],
    ]);
  });
});

describe('anatomy in Spanish', () => {
  const spanish = buildAnatomy(anatomyInput, 'es');
  /** What the records say, which stays as they say it. */
  const records = [anatomyInput.article.title, ...anatomyInput.claims.map((claim) => claim.statement)];

  test('the same chart, with every word of ours in Spanish', () => {
    expect(spanish.id).toBe(anatomy.id);
    expect(copyOf(spanish)).toMatchInlineSnapshot(`
      {
        "caption": "Cada cuadrado es una afirmación, en el orden en que la hace el artículo; se lee de izquierda a derecha, fila por fila. Las barras de abajo suman las afirmaciones por estatus.",
        "columns": [
          "#",
          "Afirmación",
          "Estatus",
        ],
        "legend": [
          "Documentado",
          "Reportado",
          "Presunto",
          "Contradicho",
        ],
        "sourceLine": "Fuente: los registros de afirmaciones de este sitio; la página de cada afirmación enumera las fuentes en que se apoya.",
        "summary": "El artículo hace 5 afirmaciones: 1 documentada, 2 reportadas, 1 presunta y 1 contradicha.",
        "title": "Anatomía de un informe: las afirmaciones de “A report”",
      }
    `);
    expect(spanish.table.rows.map((row) => row.cells)).toEqual([
      ['1', 'The ministry designated the group.', 'Documentado'],
      ['2', 'Members trained abroad.', 'Reportado'],
      ['3', 'The drone carries 3 kg.', 'Contradicho'],
      ['4', 'Officials confirmed it.', 'Reportado'],
      ['5', 'The state TV says so.', 'Presunto'],
    ]);
    expect(texts(spanish.layouts.wide.marks)).toEqual(['1', '5', 'Total por estatus', 'Documentado', '1', 'Reportado', '2', 'Presunto', '1', 'Contradicho', '1']);
    expect(spanish.layouts.wide.marks.filter((mark) => mark.type !== 'text')).toEqual(anatomy.layouts.wide.marks.filter((mark) => mark.type !== 'text'));
    expectEveryChartRule(spanish);
  });

  test('keeps no English of ours, only what the records say', () => {
    // The check finds our English words where they are: it would fail on a Spanish chart that kept them.
    expect(englishCopyIn(anatomy, anatomy, records, ['total'])).toEqual(expect.arrayContaining(['claims', 'documented', 'status', 'square']));
    expect(englishCopyIn(spanish, anatomy, records, ['total'])).toEqual([]);
  });

  test('built by its kind in Spanish, it links the Spanish claim pages under the same id', () => {
    const chart = anatomyKind.build({ name: 'anatomy', article: 'fixture-explainer' }, content, 'es');
    expect(chart.id).toBe('anatomy-fixture-explainer');
    expect(chart.summary).toBe('El artículo hace 2 afirmaciones: 1 documentada y 1 reportada.');
    expect(chart.table.rows.map((row) => row.href)).toEqual(['/es/claims/designation-published/', '/es/claims/unit-trained-abroad/']);
  });
});

import { describe, expect, test } from 'vitest';
import { buildBreakdown, statusBreakdown } from '../../../../src/charts/kinds/status-breakdown';
import { breakdown, breakdownInput, content, copyOf, englishCopyIn, expectEveryChartRule, expectSvgSnapshots, statusMarks, texts } from '../fixtures';

describe('status breakdown', () => {
  test('segments per status with the documented share', () => {
    expect(breakdown.id).toBe('status-by-actor');
    expect(breakdown.summary).toBe('For each party, the claims in whose attribution chain it is named: State TV, 1 of 4 documented; Daily Outlet, 2 of 3 documented.');
    expect(breakdown.table.columns).toEqual(['Party', 'Claims', 'Documented', 'Reported', 'Alleged', 'Disputed', 'Contradicted']);
    expect(breakdown.table.rows.map((row) => row.cells)).toEqual([
      ['State TV', '4', '1', '1', '2', '0', '0'],
      ['Daily Outlet', '3', '2', '1', '0', '0', '0'],
    ]);
    expect(statusMarks(breakdown.layouts.wide.marks).map((mark) => [mark.row, mark.status, mark.x, mark.width])).toEqual([
      [0, 'documented', 210, 75],
      [0, 'reported', 285, 75],
      [0, 'alleged', 360, 150],
      [1, 'documented', 210, 150],
      [1, 'reported', 360, 75],
    ]);
  });

  test('holds what every chart holds', () => expectEveryChartRule(breakdown));

  test('matches its SVG snapshots', async () => {
    await expectSvgSnapshots(breakdown);
  });
});

describe('status-breakdown kind', () => {
  test('by article or by party, and nothing else', () => {
    expect(statusBreakdown.id({ name: 'status-breakdown', by: 'actor' })).toBe('status-by-actor');
    expect(statusBreakdown.problem({ name: 'status-breakdown', by: 'year' }, content)).toBe('<Chart name="status-breakdown"> needs by="article" or by="actor"');
    const byArticle = statusBreakdown.build({ name: 'status-breakdown', by: 'article' }, content);
    expect(byArticle.table.rows.map((row) => row.cells.slice(0, 3))).toEqual([['A fixture explainer', '2', '1']]);
    expect(statusBreakdown.claims({ name: 'status-breakdown', by: 'article' }, content)).toEqual(['designation-published', 'unit-trained-abroad']);
    // A party needs three chains to get a bar; the fixture's parties appear in fewer.
    expect(statusBreakdown.build({ name: 'status-breakdown', by: 'actor' }, content).table.rows).toEqual([]);
    expect(statusBreakdown.claims({ name: 'status-breakdown', by: 'actor' }, content).sort()).toEqual(['designation-published', 'unit-trained-abroad']);
  });
});

describe('status breakdown in Spanish', () => {
  const spanish = buildBreakdown(breakdownInput, 'es');
  const records = breakdownInput.groups.map((group) => group.label);

  test('the same bars, with every word of ours in Spanish', () => {
    expect(spanish.id).toBe(breakdown.id);
    expect(copyOf(spanish)).toMatchInlineSnapshot(`
      {
        "caption": "Cada barra es una parte: las afirmaciones en cuya cadena de atribución aparece con nombre, divididas por estatus. La cifra tras la barra indica cuántas de ellas están documentadas.",
        "columns": [
          "Parte",
          "Afirmaciones",
          "Documentado",
          "Reportado",
          "Presunto",
          "En disputa",
          "Contradicho",
        ],
        "legend": [
          "Documentado",
          "Reportado",
          "Presunto",
        ],
        "sourceLine": "Fuente: los registros de afirmaciones de este sitio.",
        "summary": "Para cada parte, las afirmaciones en cuya cadena de atribución aparece con nombre: State TV, 1 de 4 documentadas; Daily Outlet, 2 de 3 documentadas.",
        "title": "Desglose por estatus, por parte",
      }
    `);
    expect(spanish.table.rows.map((row) => row.cells)).toEqual(breakdown.table.rows.map((row) => row.cells));
    expect(texts(spanish.layouts.wide.marks)).toEqual(['State TV', '1 de 4 documentadas', 'Daily Outlet', '2 de 3 documentadas']);
    expectEveryChartRule(spanish);
  });

  test('keeps no English of ours, only what the records say', () => {
    expect(englishCopyIn(breakdown, breakdown, records)).toEqual(expect.arrayContaining(['party', 'claims', 'documented', 'disputed']));
    expect(englishCopyIn(spanish, breakdown, records)).toEqual([]);
  });

  test('built by its kind in Spanish, by article, it links the Spanish article pages', () => {
    const byArticle = statusBreakdown.build({ name: 'status-breakdown', by: 'article' }, content, 'es');
    expect(byArticle.id).toBe('status-by-article');
    expect(byArticle.title).toBe('Desglose por estatus, por artículo');
    expect(byArticle.summary).toBe('Para cada artículo, las afirmaciones a las que se refiere: A fixture explainer, 1 de 2 documentadas.');
    expect(byArticle.table.rows.map((row) => [row.cells[0], row.href])).toEqual([['A fixture explainer', '/es/articles/fixture-explainer/']]);
  });
});

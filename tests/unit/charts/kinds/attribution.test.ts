import { describe, expect, test } from 'vitest';
import { attribution as attributionKind, buildAttribution } from '../../../../src/charts/kinds/attribution';
import { words } from '../../../../src/i18n';
import { attribution, attributionInput, content, copyOf, englishCopyIn, expectEveryChartRule, expectSvgSnapshots, texts } from '../fixtures';

describe('attribution chain', () => {
  test('one box per link, unnamed ones dashed, arrows between, and the claim status', () => {
    expect(attribution.summary).toBe(
      'The claim reaches the reader through 3 links, 1 of them unnamed: published by State TV, citing Daily Outlet, attributing it to an unnamed party (officials (within Example Ministry)). Its status is Reported.',
    );
    expect(attribution.table.rows.map((row) => row.cells)).toEqual([
      ['1', 'Published by', 'State TV', 'Named'],
      ['2', 'citing', 'Daily Outlet', 'Named'],
      ['3', 'attributing it to', 'officials (within Example Ministry)', 'Unnamed'],
    ]);
    const boxes = attribution.layouts.wide.marks.filter((mark) => mark.type === 'box');
    expect(boxes.map((box) => [box.row, box.dashed])).toEqual([
      [0, false],
      [1, false],
      [2, true],
    ]);
    expect(attribution.layouts.wide.marks.filter((mark) => mark.type === 'line' && mark.arrow)).toHaveLength(2);
    expect(texts(attribution.layouts.narrow.marks)).toEqual(['Published by', 'State TV', 'citing', 'Daily Outlet', 'attributing it to', 'Unnamed: officials (within Example / Ministry)', 'Status of the claim: Reported']);
    // Narrow: stacked, each box below the last.
    const narrowBoxes = attribution.layouts.narrow.marks.filter((mark) => mark.type === 'box');
    expect(narrowBoxes.every((box, i) => i === 0 || box.y > narrowBoxes[i - 1]!.y)).toBe(true);
  });

  test('holds what every chart holds', () => expectEveryChartRule(attribution));

  test('matches its SVG snapshots', async () => {
    await expectSvgSnapshots(attribution);
  });
});

describe('attribution kind', () => {
  test("draws one claim's chain from its record, naming each party or saying it is unnamed", () => {
    expect(attributionKind.id({ name: 'attribution', claim: 'unit-trained-abroad' })).toBe('attribution-unit-trained-abroad');
    expect(attributionKind.problem({ name: 'attribution', claim: 'gone' }, content)).toBe('<Chart name="attribution"> names no claim with the id "gone"');
    expect(attributionKind.claims({ name: 'attribution', claim: 'unit-trained-abroad' }, content)).toEqual(['unit-trained-abroad']);
    const chain = attributionKind.build({ name: 'attribution', claim: 'unit-trained-abroad' }, content);
    expect(chain.table.rows.map((row) => row.cells)).toEqual([
      ['1', 'Published by', 'Example State TV', 'Named'],
      ['2', 'citing', 'Example Daily', 'Named'],
      ['3', 'citing', 'officials who were not named (within Example Ministry)', 'Unnamed'],
    ]);
  });
});

describe('attribution chain in Spanish', () => {
  // The kind writes each link's role in the chart's language, so the Spanish fixture has the Spanish roles.
  const { role } = words('es');
  const roles = [role.publisher, role.intermediary, role.originator];
  const spanish = buildAttribution({ ...attributionInput, links: attributionInput.links.map((link, i) => ({ ...link, role: roles[i]! })) }, 'es');
  const records = [attributionInput.claim.statement, ...attributionInput.links.map((link) => link.party)];

  test('the same chain, with every word of ours in Spanish', () => {
    expect(spanish.id).toBe(attribution.id);
    expect(copyOf(spanish)).toMatchInlineSnapshot(`
      {
        "caption": "Se lee del eslabón más externo, la parte que publicó la afirmación, al más interno, la parte a la que se atribuye el conocimiento. Un recuadro discontinuo es una parte que la fuente no nombra.",
        "columns": [
          "Eslabón",
          "Papel",
          "Parte",
          "Nombrado",
        ],
        "legend": [
          "Reportado",
        ],
        "sourceLine": "Fuente: el registro de la afirmación en este sitio y las fuentes que enumera.",
        "summary": "La afirmación llega al lector a través de 3 eslabones, 1 de ellos anónimo: publicado por State TV, citando a Daily Outlet, que lo atribuye a una parte anónima (officials (within Example Ministry)). Su estatus es Reportado.",
        "title": "Quién lo dice: la cadena de atribución de “Members trained abroad.”",
      }
    `);
    expect(spanish.table.rows.map((row) => row.cells)).toEqual([
      ['1', 'Publicado por', 'State TV', 'Nombrado'],
      ['2', 'citando a', 'Daily Outlet', 'Nombrado'],
      ['3', 'que lo atribuye a', 'officials (within Example Ministry)', 'Anónimo'],
    ]);
    expect(texts(spanish.layouts.narrow.marks)).toEqual(['Publicado por', 'State TV', 'citando a', 'Daily Outlet', 'que lo atribuye a', 'Anónimo: officials (within Example / Ministry)', 'Estatus de la afirmación: Reportado']);
    expectEveryChartRule(spanish);
  });

  test('keeps no English of ours, only what the records say', () => {
    expect(englishCopyIn(attribution, attribution, records)).toEqual(expect.arrayContaining(['unnamed', 'named', 'published', 'citing', 'status']));
    expect(englishCopyIn(spanish, attribution, records)).toEqual([]);
  });

  test('built by its kind in Spanish, it names the roles in Spanish and links the Spanish actor pages', () => {
    const chain = attributionKind.build({ name: 'attribution', claim: 'unit-trained-abroad' }, content, 'es');
    expect(chain.id).toBe('attribution-unit-trained-abroad');
    expect(chain.table.rows.map((row) => [...row.cells, row.href])).toEqual([
      ['1', 'Publicado por', 'Example State TV', 'Nombrado', '/es/actors/example-state-tv/'],
      ['2', 'citando a', 'Example Daily', 'Nombrado', '/es/actors/example-outlet/'],
      ['3', 'citando a', 'officials who were not named (dentro de Example Ministry)', 'Anónimo', '/es/actors/example-ministry/'],
    ]);
  });
});

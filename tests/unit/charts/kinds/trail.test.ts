import { describe, expect, test } from 'vitest';
import { buildTrail, trail as trailKind } from '../../../../src/charts/kinds/trail';
import { words } from '../../../../src/i18n';
import { content, copyOf, englishCopyIn, expectEveryChartRule, expectSvgSnapshots, statusMarks, texts, trail, trailInput } from '../fixtures';
import type { Mark } from '../../../../src/charts/spec';

describe('story trail', () => {
  test('one row per document, origin first, each with the status of what it says and what it repeats', () => {
    expect(trail.table.rows.map((row) => [row.cells[0], row.cells[1], row.cells[2], row.cells[3], row.status, row.href])).toEqual([
      ['A paper reports it (not seen)', '2025-09-08', 'Origin', '', 'documented', '/claims/report-published/'],
      ['Agency', '2025-09-08', 'A paper reports it (not seen)', 'It names it', 'documented', '/sources/agency/'],
      ['Blog', '2025-09-10', 'Agency', 'Matching words (our inference)', 'reported', '/sources/blog/'],
      ['State TV', 'Date unknown', 'A paper reports it (not seen)', 'It names it', 'contradicted', '/sources/tv/'],
    ]);
    expect(trail.summary).toBe('3 documents repeat one origin; what they say is 1 documented, 1 reported and 1 contradicted. 2 changed something: Agency: Names the police as the paper’s source; State TV: Gives the payload as 3 kg.');
  });

  test('each repeat is drawn into the row it repeats, solid when named and dashed when inferred', () => {
    for (const drawing of [trail.layouts.wide, trail.layouts.narrow]) {
      const rowY = statusMarks(drawing.marks).map((mark) => mark.y + 7);
      const arrows = drawing.marks.filter((mark): mark is Extract<Mark, { type: 'line' }> => mark.type === 'line' && mark.arrow);
      // Arrowheads land on the row repeated: the origin twice, the agency once; the blog's line is dashed.
      expect(arrows.map((arrow) => rowY.indexOf(arrow.y2)).sort()).toEqual([0, 0, 1]);
      expect(arrows.map((arrow) => arrow.dash)).toContain('4 3');
      expect(arrows.filter((arrow) => arrow.dash === null)).toHaveLength(2);
    }
  });

  test('a row saying what it repeats says so instead of repeating the statement', () => {
    expect(texts(trail.layouts.wide.marks)).toContain('Documented: says the same as what it repeats');
    expect(texts(trail.layouts.wide.marks)).toContain('Reported: The unit trained abroad.');
    expect(texts(trail.layouts.wide.marks)).toContain('Changed: Gives the payload as 3 kg.');
  });

  test('holds what every chart holds', () => expectEveryChartRule(trail));

  test('matches its SVG snapshots', async () => {
    await expectSvgSnapshots(trail);
  });
});

describe('trail kind', () => {
  test('a story trail follows the relays of the source records: the origin, then each source that repeats it', () => {
    expect(trailKind.id({ name: 'trail', claim: 'unit-trained-abroad' })).toBe('trail-unit-trained-abroad');
    expect(trailKind.problem({ name: 'trail', claim: 'unit-trained-abroad' }, content)).toBeNull();
    const chart = trailKind.build({ name: 'trail', claim: 'unit-trained-abroad' }, content);
    expect(chart.table.rows.map((row) => [row.cells[0], row.cells[1], row.cells[2], row.cells[3], row.cells[6], row.status, row.href])).toEqual([
      ['Example State TV', '2025-09-08', 'Origin', '', '', 'reported', '/sources/state-tv-report/'],
      ['Example Daily', 'Date unknown', 'Example State TV', 'It names it', 'Drops the broadcaster\'s "reportedly".', 'reported', '/sources/outlet-report/'],
    ]);
    expect(trailKind.problem({ name: 'trail', claim: 'designation-published' }, content)).toBe('<Chart name="trail"> found no source whose relays say "designation-published" or repeat an event listing it');
    expect(trailKind.problem({ name: 'trail', claim: 'nothing' }, content)).toBe('<Chart name="trail"> names no claim with the id "nothing"');
  });

  test('draws on the claim it follows and on every claim a document on its trail says', () => {
    expect(trailKind.claims({ name: 'trail', claim: 'unit-trained-abroad' }, content)).toEqual(['unit-trained-abroad']);
    // Whoever repeats a document on the trail is on it too, even saying another claim; the chart draws on that claim.
    const outlet = content.sources.find((source) => source.id === 'outlet-report')!;
    const onward = { ...outlet, id: 'onward-report', data: { ...outlet.data, publisher: 'An onward paper', relays: [{ ...outlet.data.relays[0]!, source: 'outlet-report', says: 'designation-published' }] } };
    expect(trailKind.claims({ name: 'trail', claim: 'unit-trained-abroad' }, { ...content, sources: [...content.sources, onward] })).toEqual(['unit-trained-abroad', 'designation-published']);
  });

  test('dated outlets come in date order and undated ones last, whatever the locale would do with the sort key', () => {
    const outlet = content.sources.find((source) => source.id === 'outlet-report')!;
    const later = { ...outlet, id: 'later-report', data: { ...outlet.data, publisher: 'A later paper', published: '2025-09-10' } };
    const chart = trailKind.build({ name: 'trail', claim: 'unit-trained-abroad' }, { ...content, sources: [...content.sources, later] });
    expect(chart.table.rows.map((row) => [row.cells[0], row.cells[1]])).toEqual([
      ['Example State TV', '2025-09-08'],
      ['A later paper', '2025-09-10'],
      ['Example Daily', 'Date unknown'],
    ]);
  });

  test('a relay naming a record that does not exist is left out: the integrity check reports it, the trail does not fail', () => {
    const outlet = content.sources.find((source) => source.id === 'outlet-report')!;
    // It repeats a source on the trail, so the trail reaches it and must leave it out rather than fail.
    const dangling = { ...outlet, id: 'dangling-report', data: { ...outlet.data, relays: [{ source: 'outlet-report', named: true, says: 'no-such-claim' }] } };
    expect(trailKind.problem({ name: 'trail', claim: 'unit-trained-abroad' }, { ...content, sources: [...content.sources, dangling] })).toBeNull();
    expect(trailKind.claims({ name: 'trail', claim: 'unit-trained-abroad' }, { ...content, sources: [...content.sources, dangling] })).toEqual(['unit-trained-abroad']);
  });
});

describe('story trail in Spanish', () => {
  // The kind says in the chart's language that the origin is a document we did not see.
  const notSeen = (outlet: string) => outlet.replace(/ \(not seen\)$/, '');
  const spanish = buildTrail({ ...trailInput, nodes: trailInput.nodes.map((node) => (node.outlet.endsWith('(not seen)') ? { ...node, outlet: words('es').charts.trail.notSeen(notSeen(node.outlet)) } : node)) }, trail.id, 'es');
  const records = [trailInput.claim.statement, ...trailInput.nodes.flatMap((node) => [notSeen(node.outlet), node.says.statement, node.change ?? ''])];

  test('the same rows, with every word of ours and every date in Spanish', () => {
    expect(spanish.id).toBe(trail.id);
    expect(copyOf(spanish)).toMatchInlineSnapshot(`
      {
        "caption": "Cada fila es un documento que difundió la historia, en orden cronológico, marcado con el estatus de lo que dice. Una línea lo une al documento anterior que repite: continua cuando nombra ese documento, discontinua cuando lo inferimos por la coincidencia de la redacción.",
        "columns": [
          "Medio",
          "Fecha",
          "Repite",
          "Cómo lo sabemos",
          "Qué dice",
          "Estatus",
          "Qué cambió",
        ],
        "legend": [
          "Documentado",
          "Reportado",
          "Contradicho",
        ],
        "sourceLine": "Fuente: los registros de fuentes de este sitio; cada fila enlaza lo que dice y los documentos en que se apoya.",
        "summary": "3 documentos repiten un origen; lo que dicen son afirmaciones: 1 documentada, 1 reportada y 1 contradicha. 2 cambiaron algo: Agency: Names the police as the paper’s source; State TV: Gives the payload as 3 kg.",
        "title": "Cómo circuló la historia: A paper published a report.",
      }
    `);
    expect(spanish.table.rows.map((row) => [row.cells[0], row.cells[1], row.cells[2], row.cells[3], row.cells[5]])).toEqual([
      ['A paper reports it (no visto)', '2025-09-08', 'Origen', '', 'Documentado'],
      ['Agency', '2025-09-08', 'A paper reports it (no visto)', 'Lo nombra', 'Documentado'],
      ['Blog', '2025-09-10', 'Agency', 'Coincidencia de redacción (inferencia nuestra)', 'Reportado'],
      ['State TV', 'Fecha desconocida', 'A paper reports it (no visto)', 'Lo nombra', 'Contradicho'],
    ]);
    expect(texts(spanish.layouts.wide.marks)).toEqual([
      '8 de septiembre de 2025 · A paper reports it (no visto)',
      'Documentado: A paper published a report.',
      '8 de septiembre de 2025 · Agency',
      'Documentado: dice lo mismo que lo que repite',
      'Cambió: Names the police as the paper’s source.',
      '10 de septiembre de 2025 · Blog',
      'Reportado: The unit trained abroad.',
      'Fecha desconocida · State TV',
      'Contradicho: The drone carries 3 kg.',
      'Cambió: Gives the payload as 3 kg.',
    ]);
    expectEveryChartRule(spanish);
  });

  test('keeps no English of ours, only what the records say', () => {
    expect(englishCopyIn(trail, trail, records)).toEqual(expect.arrayContaining(['origin', 'seen', 'date', 'unknown', 'documents', 'changed', 'september']));
    expect(englishCopyIn(spanish, trail, records)).toEqual([]);
  });

  test('built by its kind in Spanish, it links the Spanish source pages', () => {
    const chart = trailKind.build({ name: 'trail', claim: 'unit-trained-abroad' }, content, 'es');
    expect(chart.id).toBe('trail-unit-trained-abroad');
    expect(chart.table.rows.map((row) => [row.cells[0], row.cells[1], row.cells[2], row.cells[3], row.href])).toEqual([
      ['Example State TV', '2025-09-08', 'Origen', '', '/es/sources/state-tv-report/'],
      ['Example Daily', 'Fecha desconocida', 'Example State TV', 'Lo nombra', '/es/sources/outlet-report/'],
    ]);
  });
});

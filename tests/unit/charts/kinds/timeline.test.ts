import { describe, expect, test } from 'vitest';
import { buildTimeline, timeline as timelineKind } from '../../../../src/charts/kinds/timeline';
import { content, copyOf, englishCopyIn, expectEveryChartRule, expectSvgSnapshots, statusMarks, texts, timeline, timelineInput } from '../fixtures';

describe('timeline', () => {
  test('events by date, years in a column when wide and as headings when narrow', () => {
    expect(timeline.summary).toBe('3 events from 5 January 2024 to 2 February 2025; their claims are 1 documented and 1 reported; 1 has no graded claim behind it.');
    expect(timeline.table.rows.map((row) => row.cells)).toEqual([
      ['2024-01-05', 'A designation', 'Documented'],
      ['2024-06-01', 'A report appears', 'Reported'],
      ['2025-02-02', 'A statement', 'No graded claim'],
    ]);
    expect(texts(timeline.layouts.wide.marks)).toEqual(['2024', '5 January 2024', 'A designation', '1 June 2024', 'A report appears', '2025', '2 February 2025', 'A statement']);
    expect(statusMarks(timeline.layouts.wide.marks).map((mark) => [mark.x, mark.y, mark.status])).toEqual([
      [49, 2, 'documented'],
      [49, 44, 'reported'],
      [49, 86, null],
    ]);
    expect(statusMarks(timeline.layouts.narrow.marks).map((mark) => [mark.x, mark.y])).toEqual([
      [1, 26],
      [1, 68],
      [1, 140],
    ]);
  });

  test('holds what every chart holds', () => expectEveryChartRule(timeline));

  test('matches its SVG snapshots', async () => {
    await expectSvgSnapshots(timeline);
  });
});

describe('timeline kind', () => {
  test('every event, or those whose claims are about one actor, each marked by the claim behind it', () => {
    expect(timelineKind.id({ name: 'timeline' })).toBe('timeline');
    expect(timelineKind.id({ name: 'timeline', about: 'cjng' })).toBe('timeline-cjng');
    expect(timelineKind.problem({ name: 'timeline' }, content)).toBeNull();
    expect(timelineKind.problem({ name: 'timeline', about: 'nobody' }, content)).toBe('<Chart name="timeline"> names no actor with the id "nobody"');
    const all = timelineKind.build({ name: 'timeline' }, content);
    expect(all.table.rows.map((row) => [row.cells[0], row.status, row.href])).toEqual([['2025-02-20', 'documented', '/claims/designation-published/']]);
    expect(timelineKind.claims({ name: 'timeline' }, content)).toEqual(['designation-published']);
    expect(timelineKind.claims({ name: 'timeline', about: 'example-state-tv' }, content)).toEqual([]);
  });
});

describe('timeline in Spanish', () => {
  const spanish = buildTimeline(timelineInput, 'es');
  const records = timelineInput.events.map((event) => event.title);

  test('the same events, with every word of ours and every date in Spanish', () => {
    expect(spanish.id).toBe(timeline.id);
    expect(copyOf(spanish)).toMatchInlineSnapshot(`
      {
        "caption": "Hechos en orden cronológico. Cada marca muestra el estatus de la afirmación que respalda el hecho, para distinguir un hecho documentado de uno solo reportado.",
        "columns": [
          "Fecha",
          "Hecho",
          "Estatus de la afirmación que lo respalda",
        ],
        "legend": [
          "Documentado",
          "Reportado",
          "Sin afirmación calificada",
        ],
        "sourceLine": "Fuente: los registros de hechos de este sitio; cada uno enlaza la afirmación y las fuentes que lo respaldan.",
        "summary": "3 hechos del 5 de enero de 2024 al 2 de febrero de 2025; sus afirmaciones: 1 documentada y 1 reportada; 1 no tiene detrás ninguna afirmación calificada.",
        "title": "Cronología de hechos",
      }
    `);
    expect(spanish.table.rows.map((row) => row.cells)).toEqual([
      ['2024-01-05', 'A designation', 'Documentado'],
      ['2024-06-01', 'A report appears', 'Reportado'],
      ['2025-02-02', 'A statement', 'Sin afirmación calificada'],
    ]);
    expect(texts(spanish.layouts.wide.marks)).toEqual(['2024', '5 de enero de 2024', 'A designation', '1 de junio de 2024', 'A report appears', '2025', '2 de febrero de 2025', 'A statement']);
    expectEveryChartRule(spanish);
  });

  test('a timeline of one actor is titled in Spanish, and with no events says so', () => {
    expect(buildTimeline({ scope: { id: 'cjng', label: 'CJNG' }, events: [] }, 'es')).toMatchObject({ id: 'timeline-cjng', title: 'Cronología: CJNG', summary: 'Sin hechos.' });
  });

  test('keeps no English of ours, only what the records say', () => {
    expect(englishCopyIn(timeline, timeline, records)).toEqual(expect.arrayContaining(['events', 'january', 'february', 'claim', 'graded', 'documented']));
    expect(englishCopyIn(spanish, timeline, records)).toEqual([]);
  });

  test('built by its kind in Spanish, it links the Spanish claim pages', () => {
    const all = timelineKind.build({ name: 'timeline' }, content, 'es');
    expect(all.id).toBe('timeline');
    expect(all.table.rows.map((row) => [row.cells[2], row.href])).toEqual([['Documentado', '/es/claims/designation-published/']]);
  });
});

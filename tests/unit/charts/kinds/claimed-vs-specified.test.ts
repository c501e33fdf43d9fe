import { describe, expect, test } from 'vitest';
import { buildComparison, claimedVsSpecified } from '../../../../src/charts/kinds/claimed-vs-specified';
import { words } from '../../../../src/i18n';
import { comparison, comparisonInput, content, copyOf, englishCopyIn, expectEveryChartRule, expectSvgSnapshots, statusMarks, texts } from '../fixtures';

describe('claimed vs specified', () => {
  test('bars against the documented figure, with the gap labelled', () => {
    expect(comparison.summary).toBe('Maker gives 2.7 kg (documented). State TV gives 3 kg, 0.3 kg (11%) more than the documented figure (contradicted).');
    expect(comparison.table.rows.map((row) => row.cells)).toEqual([
      ['Maker', '2.7 kg', '', 'documented figure', 'Documented'],
      ['State TV', '3 kg', '', '0.3 kg (11%) more than the documented figure', 'Contradicted'],
    ]);
    const bars = statusMarks(comparison.layouts.wide.marks);
    expect(bars.map((bar) => [bar.x, Math.round(bar.width), bar.status])).toEqual([
      [180, 351, 'documented'],
      [180, 390, 'contradicted'],
    ]);
    expect(texts(comparison.layouts.wide.marks)).toEqual(['Maker', '2.7 kg', 'State TV', '3 kg', '0.3 kg (11%) more than the documented figure', 'Documented: 2.7 kg']);
  });

  test('with no documented figure it says so and draws no reference rule', () => {
    const spec = buildComparison({ measure: 'M', unit: 'kg', figures: [{ claimId: 'x', who: 'A', value: 1, qualifier: 'empty', status: 'reported', href: '/claims/x/' }], sourceLine: 'S' }, 'm');
    expect(spec.summary).toBe('A gives 1 kg. No figure is documented.');
    expect(spec.layouts.wide.marks.filter((mark) => mark.type === 'line')).toEqual([]);
  });

  test('holds what every chart holds', () => expectEveryChartRule(comparison));

  test('matches its SVG snapshots', async () => {
    await expectSvgSnapshots(comparison);
  });
});

describe('claimed-vs-specified kind', () => {
  test('needs two figures of one measure, one of them documented', () => {
    expect(claimedVsSpecified.id({ name: 'claimed-vs-specified', measure: 'Maximum payload of the DJI Matrice 300 RTK' })).toBe('claimed-vs-specified-maximum-payload-of-the-dji-matrice-300-rtk');
    expect(claimedVsSpecified.problem({ name: 'claimed-vs-specified', measure: 'Nothing' }, content)).toBe('<Chart name="claimed-vs-specified"> needs at least two figures with the measure "Nothing"; found 0');
    const figure = (value: number) => [{ measure: 'Payload', unit: 'kg', value }];
    const claims = content.claims.map((claim, i) => ({ ...claim, data: { ...claim.data, figures: figure(i + 2) } }));
    // Of the two fixture claims only designation-published is documented.
    expect(claimedVsSpecified.problem({ name: 'claimed-vs-specified', measure: 'Payload' }, { ...content, claims })).toBeNull();
    expect(claimedVsSpecified.claims({ name: 'claimed-vs-specified', measure: 'Payload' }, { ...content, claims })).toEqual(content.claims.map((claim) => claim.id));
    const reportedOnly = claims.map((claim) => ({ ...claim, data: { ...claim.data, status: 'reported' as const } }));
    expect(claimedVsSpecified.problem({ name: 'claimed-vs-specified', measure: 'Payload' }, { ...content, claims: reportedOnly })).toBe('<Chart name="claimed-vs-specified"> needs a documented figure of "Payload" to compare against');
  });
});

describe('claimed vs specified in Spanish', () => {
  // The kind writes the credit line in the chart's language, as `creditLine` does.
  const spanish = buildComparison({ ...comparisonInput, sourceLine: words('es').charts.credit('Maker; State TV') }, comparison.id, 'es');
  const records = [comparisonInput.measure, comparisonInput.unit, ...comparisonInput.figures.map((figure) => figure.who)];

  test('the same bars, with every word of ours in Spanish', () => {
    expect(spanish.id).toBe(comparison.id);
    expect(copyOf(spanish)).toMatchInlineSnapshot(`
      {
        "caption": "Cada barra es una cifra tal como la indica una fuente, marcada con el estatus de la afirmación. La línea vertical es la cifra documentada.",
        "columns": [
          "Indicada por",
          "Cifra",
          "Condición",
          "Frente a la cifra documentada",
          "Estatus",
        ],
        "legend": [
          "Documentado",
          "Contradicho",
        ],
        "sourceLine": "Fuentes: Maker; State TV. Cada cifra enlaza su registro de afirmación y sus fuentes.",
        "summary": "Maker indica 2.7 kg (documentada). State TV indica 3 kg, 0.3 kg (11%) más que la cifra documentada (contradicha).",
        "title": "Cifras afirmadas y documentadas: Maximum payload of the drone",
      }
    `);
    expect(spanish.table.rows.map((row) => row.cells)).toEqual([
      ['Maker', '2.7 kg', '', 'cifra documentada', 'Documentado'],
      ['State TV', '3 kg', '', '0.3 kg (11%) más que la cifra documentada', 'Contradicho'],
    ]);
    expect(texts(spanish.layouts.wide.marks)).toEqual(['Maker', '2.7 kg', 'State TV', '3 kg', '0.3 kg (11%) más que la cifra documentada', 'Documentada: 2.7 kg']);
    expectEveryChartRule(spanish);
  });

  test('with no documented figure it says so in Spanish; a figure below the documented one is less', () => {
    const figure = (who: string, value: number, status: 'documented' | 'reported') => ({ claimId: who, who, value, qualifier: null, status, href: `/es/claims/${who}/` });
    expect(buildComparison({ measure: 'M', unit: 'kg', figures: [figure('A', 1, 'reported')], sourceLine: 'S' }, 'm', 'es').summary).toBe('A indica 1 kg. Ninguna cifra está documentada.');
    expect(buildComparison({ measure: 'M', unit: 'kg', figures: [figure('A', 4, 'documented'), figure('B', 3, 'reported'), figure('C', 4, 'reported')], sourceLine: 'S' }, 'm', 'es').summary).toBe(
      'A indica 4 kg (documentada). B indica 3 kg, 1 kg (25%) menos que la cifra documentada (reportada); C indica 4 kg, igual a la cifra documentada (reportada).',
    );
  });

  test('keeps no English of ours, only what the records say', () => {
    expect(englishCopyIn(comparison, comparison, records, ['vertical'])).toEqual(expect.arrayContaining(['documented', 'gives', 'more', 'sources', 'figure']));
    expect(englishCopyIn(spanish, comparison, records, ['vertical'])).toEqual([]);
  });

  test('built by its kind in Spanish, it credits the sources in Spanish and links the Spanish claim pages', () => {
    const claims = content.claims.map((claim, i) => ({ ...claim, data: { ...claim.data, figures: [{ measure: 'Payload', unit: 'kg', value: i + 2 }] } }));
    const chart = claimedVsSpecified.build({ name: 'claimed-vs-specified', measure: 'Payload' }, { ...content, claims }, 'es');
    expect(chart.id).toBe('claimed-vs-specified-payload');
    expect(chart.sourceLine).toMatch(/^Fuentes: .+\. Cada cifra enlaza su registro de afirmación y sus fuentes\.$/);
    expect(chart.table.rows.map((row) => row.href)).toEqual(content.claims.map((claim) => `/es/claims/${claim.id}/`));
  });
});

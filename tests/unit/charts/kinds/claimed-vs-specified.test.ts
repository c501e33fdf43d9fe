import { describe, expect, test } from 'vitest';
import { buildComparison, claimedVsSpecified } from '../../../../src/charts/kinds/claimed-vs-specified';
import { comparison, content, expectEveryChartRule, expectSvgSnapshots, statusMarks, texts } from '../fixtures';

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

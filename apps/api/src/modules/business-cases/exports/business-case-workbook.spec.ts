import ExcelJS from 'exceljs';
import {
  BusinessCaseInput,
  evaluateBusinessCase,
  roundToCents,
} from '@esm-planner/domain-business-case';
import { businessCaseWorkbook, OUTPUT_ROWS } from './business-case-workbook';
import {
  expectFormulasToMatchTheirCache,
  recompute,
  valueAt,
} from '../../../../test/support/workbook-recompute';

// The golden case of libs/domain/business-case (docs/domain/business-case.md,
// checked there against an independent Python model): payback 7.93 months,
// NPV 1,968,520.64, IRR 686.9 % a year.
const GOLDEN: BusinessCaseInput = {
  loadedHourlyCost: 55,
  oneTimeCosts: 120_000,
  changeManagementCost: 15_000,
  monthlyPlatformCost: 9_000,
  monthlyCoeCost: 6_000,
  departments: [
    {
      kind: 'IT',
      name: 'IT',
      monthlyVolume: 4_000,
      handlingMinutes: 12,
      goLiveMonth: 3,
    },
    {
      kind: 'HR',
      name: 'HR',
      monthlyVolume: 4_220,
      handlingMinutes: 18,
      goLiveMonth: 6,
    },
    {
      kind: 'FINANCE',
      name: 'Finance',
      monthlyVolume: 2_000,
      handlingMinutes: 25,
      goLiveMonth: 9,
    },
  ],
};
// Growth, a residual cost and a case that never pays back exercise the other formula branches.
const GROWING: BusinessCaseInput = {
  ...GOLDEN,
  annualVolumeGrowth: 0.1,
  residualCostPerDeflected: 0.5,
  horizonMonths: 48,
  annualDiscountRate: 0.12,
};
const NEVER: BusinessCaseInput = {
  ...GOLDEN,
  monthlyPlatformCost: 200_000,
  horizonMonths: 24,
};

async function roundTrip(input: BusinessCaseInput) {
  const result = evaluateBusinessCase({ input });
  const written = businessCaseWorkbook({
    name: 'Golden',
    input,
    sources: {},
    result,
  });
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await written.xlsx.writeBuffer());
  return { result, book };
}

describe('business-case workbook', () => {
  it('has the four sheets, with the outputs as formulas on the monthly flows', async () => {
    const { book } = await roundTrip(GOLDEN);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual([
      'Inputs',
      'Monthly',
      'Outputs',
      'Sensitivity',
    ]);
    const outputs = book.getWorksheet('Outputs')!;
    expect(
      (outputs.getCell(`B${OUTPUT_ROWS.npv}`).value as ExcelJS.CellFormulaValue)
        .formula,
    ).toBe('Monthly!M2+NPV(Inputs!$B$11,Monthly!M3:M38)');
    expect(
      (
        outputs.getCell(`B${OUTPUT_ROWS.irrMonthly}`)
          .value as ExcelJS.CellFormulaValue
      ).formula,
    ).toContain('IRR(Monthly!M2:M38)');
  });

  it.each([
    ['golden', GOLDEN],
    ['growing', GROWING],
    ['never', NEVER],
  ])(
    'caches the model’s payback, NPV and IRR to the cent (%s)',
    async (_, input) => {
      const { result, book } = await roundTrip(input);
      const outputs = book.getWorksheet('Outputs')!;
      const cached = (row: number) =>
        (outputs.getCell(`B${row}`).value as ExcelJS.CellFormulaValue).result;
      expect(cached(OUTPUT_ROWS.paybackMonths)).toEqual(
        result.paybackMonths ?? 'not within the horizon',
      );
      expect(roundToCents(cached(OUTPUT_ROWS.npv) as number)).toBe(
        roundToCents(result.npv),
      );
      expect(cached(OUTPUT_ROWS.irr)).toEqual(result.irr ?? 'no IRR');
      expect(roundToCents(cached(OUTPUT_ROWS.costOfInaction) as number)).toBe(
        roundToCents(result.costOfInaction),
      );
      // Every monthly figure is cached too.
      const monthly = book.getWorksheet('Monthly')!;
      result.monthly.forEach((month, m) => {
        const net = monthly
          .getRow(m + 2)
          .getCell(2 + 3 * input.departments.length + 2)
          .value as ExcelJS.CellFormulaValue;
        expect(net.result).toBe(month.net);
      });
    },
  );

  it.each([
    ['golden', GOLDEN],
    ['growing', GROWING],
    ['never', NEVER],
  ])(
    'recomputes every formula to its cached value in an independent engine (%s)',
    async (_, input) => {
      const { book } = await roundTrip(input);
      expect(expectFormulasToMatchTheirCache(book)).toBeGreaterThan(100);
    },
  );

  it('gives the golden payback, NPV and IRR when recomputed (hand-checked figures)', async () => {
    const { book } = await roundTrip(GOLDEN);
    const hf = recompute(book);
    // Payback 7 + 60,651.6 / 65,348.4 = 7.9281…; NPV 1,968,520.64; IRR (1.187571…)^12 − 1 = 6.8689…
    expect(valueAt(hf, 'Outputs', `B${OUTPUT_ROWS.paybackMonths}`)).toBeCloseTo(
      7.928126778926492,
      9,
    );
    expect(
      roundToCents(valueAt(hf, 'Outputs', `B${OUTPUT_ROWS.npv}`) as number),
    ).toBe(1_968_520.64);
    expect(valueAt(hf, 'Outputs', `B${OUTPUT_ROWS.irr}`)).toBeCloseTo(
      6.86891484482559,
      6,
    );
  });
});

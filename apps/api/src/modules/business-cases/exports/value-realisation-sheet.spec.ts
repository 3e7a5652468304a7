import ExcelJS from 'exceljs';
import {
  BusinessCaseInput,
  evaluateBusinessCase,
  MonthlyActual,
  valueRealisation,
} from '@esm-planner/domain-business-case';
import {
  VALUE_ACTUALS,
  VALUE_ACTUALS_HR_BEHIND,
  VALUE_CASE,
} from '../../../../test/support/value-realisation-case';
import {
  expectFormulasToMatchTheirCache,
  recompute,
  valueAt,
} from '../../../../test/support/workbook-recompute';
import { businessCaseWorkbook } from './business-case-workbook';
import {
  actualsColumns,
  actualsSummaryRows,
  addActualsSheet,
} from './value-realisation-sheet';

// The hand-worked case (test/support/value-realisation-case.ts), and a
// 36-month variant with growth.
const CASE = VALUE_CASE;
const ACTUALS = VALUE_ACTUALS;
const BEHIND = VALUE_ACTUALS_HR_BEHIND;
const GROWING: BusinessCaseInput = {
  ...CASE,
  horizonMonths: 36,
  annualVolumeGrowth: 0.1,
  annualDiscountRate: 0.12,
};

async function roundTrip(input: BusinessCaseInput, actuals: MonthlyActual[]) {
  const value = valueRealisation({
    input,
    programmeStart: '2026-01-01',
    asOf: '2026-04-03',
    actuals,
  });
  const written = businessCaseWorkbook({
    name: 'Measured',
    input,
    sources: {},
    result: evaluateBusinessCase({ input }),
  });
  addActualsSheet(written, { input, value, version: 3 });
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await written.xlsx.writeBuffer());
  return { value, book };
}

describe('the workbook’s Actuals sheet', () => {
  it('follows the other sheets, one row per month 0..horizon, the counts as values', async () => {
    const { book } = await roundTrip(CASE, ACTUALS);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual([
      'Inputs',
      'Monthly',
      'Outputs',
      'Sensitivity',
      'Actuals',
    ]);
    const sheet = book.getWorksheet('Actuals')!;
    const it = actualsColumns(3).perDepartment(0);
    // Month 3 (row 5): 1,000 requests, 450 deflected, complete; month 4 (row 6) not complete: blank.
    expect([
      sheet.getCell('A5').value,
      sheet.getCell('D5').value,
      sheet.getCell(`${it.requests}5`).value,
      sheet.getCell(`${it.deflected}5`).value,
    ]).toEqual([3, 1, 1_000, 450]);
    expect([
      sheet.getCell('D6').value,
      sheet.getCell(`${it.requests}6`).value,
    ]).toEqual([0, '']);
    expect(
      (
        sheet.getCell(`${it.realisedBenefit}5`)
          .value as ExcelJS.CellFormulaValue
      ).formula,
    ).toBe(`IF($D5=1,${it.deflected}5*Inputs!$I$15,"")`);
  });

  it.each([
    ['on the thresholds', CASE, ACTUALS],
    ['HR behind', CASE, BEHIND],
    ['36 months with growth', GROWING, BEHIND],
  ])(
    'recomputes every formula to the API’s figures in an independent engine (%s)',
    async (_, input, actuals) => {
      const { book } = await roundTrip(input, actuals);
      expect(expectFormulasToMatchTheirCache(book)).toBeGreaterThan(100);
    },
  );

  it('gives the hand-worked figures when recomputed', async () => {
    const { book } = await roundTrip(CASE, ACTUALS);
    const hf = recompute(book);
    const s = actualsSummaryRows(6, 3);
    const at = (address: string) => valueAt(hf, 'Actuals', address);
    // IT 12,150 / 13,500 = 0.9 on track; HR 1,760 / 1,600 = 1.1 ahead; Finance not live (the dictionary's words).
    expect([
      at(`B${s.department(0)}`),
      at(`B${s.department(1)}`),
      at(`B${s.department(2)}`),
    ]).toEqual(['On track', 'Ahead of plan', 'Not live yet']);
    expect(at(`C${s.department(0)}`)).toBeCloseTo(0.9, 12);
    expect(at(`B${s.completeMonths}`)).toBe(3);
    expect(at(`B${s.plannedToDate}`)).toBeCloseTo(15_100, 6);
    expect(at(`B${s.realisedToDate}`)).toBeCloseTo(14_270, 6);
    expect(at(`B${s.forecastPayback}`)).toBeCloseTo(3 + 1_730 / 7_860, 9);
    expect(at(`B${s.forecastRoi}`)).toBeCloseTo(47_650 / 22_000 - 1, 9);
    expect(at(`B${s.forecastNpv}`)).toBeCloseTo(24_609.05519810802, 4);
  });

  it('works out the deflection a department behind plan needs', async () => {
    const { book, value } = await roundTrip(CASE, BEHIND);
    const hf = recompute(book);
    const s = actualsSummaryRows(6, 3);
    // (6,400 − 800) / (8 × 1,200) = 0.58333…
    expect(valueAt(hf, 'Actuals', `B${s.department(1)}`)).toBe('Behind plan');
    expect(valueAt(hf, 'Actuals', `F${s.department(1)}`)).toBeCloseTo(
      5_600 / 9_600,
      12,
    );
    expect(value.departments[1].deflectionNeeded).toBeCloseTo(
      5_600 / 9_600,
      12,
    );
  });
});

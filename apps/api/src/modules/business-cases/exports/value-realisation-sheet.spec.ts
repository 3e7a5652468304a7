import ExcelJS from 'exceljs';
import { BusinessCaseInput, evaluateBusinessCase, MonthlyActual, valueRealisation } from '@esm-planner/domain-business-case';
import { expectFormulasToMatchTheirCache, recompute, valueAt } from '../../../../test/support/workbook-recompute';
import { businessCaseWorkbook } from './business-case-workbook';
import { actualsColumns, actualsSummaryRows, addActualsSheet } from './value-realisation-sheet';

// The hand-worked case of libs/domain/business-case value-realisation.spec.ts:
// IT exactly on the 0.90 threshold, HR exactly on 1.10, Finance not live;
// forecast payback 3 + 1,730 / 7,860 months.
const CASE: BusinessCaseInput = {
  horizonMonths: 6,
  loadedHourlyCost: 40,
  residualCostPerDeflected: 2,
  oneTimeCosts: 8_000,
  changeManagementCost: 2_000,
  monthlyPlatformCost: 1_500,
  monthlyCoeCost: 500,
  departments: [
    { departmentId: 'it', name: 'IT', kind: 'IT', monthlyVolume: 1_000, handlingMinutes: 30, targetDeflection: 0.5, goLiveMonth: 2, rampMonths: 2 },
    { departmentId: 'hr', name: 'HR', kind: 'HR', monthlyVolume: 400, handlingMinutes: 15, targetDeflection: 0.5, goLiveMonth: 3, rampMonths: 1 },
    { departmentId: 'fin', name: 'Finance', kind: 'FINANCE', monthlyVolume: 200, handlingMinutes: 60, targetDeflection: 0.25, goLiveMonth: 5, rampMonths: 1 },
  ],
};
const ACTUALS: MonthlyActual[] = [
  { departmentId: 'it', month: 1, total: 1_000, deflected: 20 },
  { departmentId: 'it', month: 2, total: 1_000, deflected: 225 },
  { departmentId: 'it', month: 3, total: 1_000, deflected: 450 },
  { departmentId: 'hr', month: 3, total: 400, deflected: 220 },
  { departmentId: 'fin', month: 3, total: 180, deflected: 0 },
];
// The same with HR behind (100 deflected: ratio 0.5), and a 36-month case with growth.
const BEHIND = ACTUALS.map((row) => (row.departmentId === 'hr' ? { ...row, deflected: 100 } : row));
const GROWING: BusinessCaseInput = { ...CASE, horizonMonths: 36, annualVolumeGrowth: 0.1, annualDiscountRate: 0.12 };

async function roundTrip(input: BusinessCaseInput, actuals: MonthlyActual[]) {
  const value = valueRealisation({ input, programmeStart: '2026-01-01', asOf: '2026-04-03', actuals });
  const written = businessCaseWorkbook({ name: 'Measured', input, sources: {}, result: evaluateBusinessCase({ input }) });
  addActualsSheet(written, { input, value, version: 3 });
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await written.xlsx.writeBuffer());
  return { value, book };
}

describe('the workbook’s Actuals sheet', () => {
  it('follows the other sheets, one row per month 0..horizon, the counts as values', async () => {
    const { book } = await roundTrip(CASE, ACTUALS);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['Inputs', 'Monthly', 'Outputs', 'Sensitivity', 'Actuals']);
    const sheet = book.getWorksheet('Actuals')!;
    const it = actualsColumns(3).perDepartment(0);
    // Month 3 (row 5): 1,000 requests, 450 deflected, complete; month 4 (row 6) not complete: blank.
    expect([sheet.getCell('A5').value, sheet.getCell('D5').value, sheet.getCell(`${it.requests}5`).value, sheet.getCell(`${it.deflected}5`).value]).toEqual([3, 1, 1_000, 450]);
    expect([sheet.getCell('D6').value, sheet.getCell(`${it.requests}6`).value]).toEqual([0, '']);
    expect((sheet.getCell(`${it.realisedBenefit}5`).value as ExcelJS.CellFormulaValue).formula).toBe(`IF($D5=1,${it.deflected}5*Inputs!$I$15,"")`);
  });

  it.each([
    ['on the thresholds', CASE, ACTUALS],
    ['HR behind', CASE, BEHIND],
    ['36 months with growth', GROWING, BEHIND],
  ])('recomputes every formula to the API’s figures in an independent engine (%s)', async (_, input, actuals) => {
    const { book } = await roundTrip(input, actuals);
    expect(expectFormulasToMatchTheirCache(book)).toBeGreaterThan(100);
  });

  it('gives the hand-worked figures when recomputed', async () => {
    const { book } = await roundTrip(CASE, ACTUALS);
    const hf = recompute(book);
    const s = actualsSummaryRows(6, 3);
    const at = (address: string) => valueAt(hf, 'Actuals', address);
    // IT 12,150 / 13,500 = 0.9 on track; HR 1,760 / 1,600 = 1.1 ahead; Finance not live.
    expect([at(`B${s.department(0)}`), at(`B${s.department(1)}`), at(`B${s.department(2)}`)]).toEqual(['ON_TRACK', 'AHEAD', 'NOT_LIVE']);
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
    expect(valueAt(hf, 'Actuals', `B${s.department(1)}`)).toBe('BEHIND');
    expect(valueAt(hf, 'Actuals', `F${s.department(1)}`)).toBeCloseTo(5_600 / 9_600, 12);
    expect(value.departments[1].deflectionNeeded).toBeCloseTo(5_600 / 9_600, 12);
  });
});

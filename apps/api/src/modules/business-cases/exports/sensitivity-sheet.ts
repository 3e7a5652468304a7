import ExcelJS from 'exceljs';
import { BusinessCaseResult } from '@esm-planner/domain-business-case';

/** The Sensitivity sheet: each row a whole rerun of the model, so values rather than formulas. */
export function sensitivitySheet(
  book: ExcelJS.Workbook,
  result: BusinessCaseResult,
): void {
  const sheet = book.addWorksheet('Sensitivity');
  sheet.addRow([
    'Driver (each row reruns the whole model)',
    'Payback at −20 %',
    'NPV at −20 %',
    'Payback at +20 %',
    'NPV at +20 %',
    'NPV swing',
  ]).font = { bold: true };
  for (const row of result.sensitivity) {
    sheet.addRow([
      row.driver,
      row.low.paybackMonths ?? 'never',
      row.low.npv,
      row.high.paybackMonths ?? 'never',
      row.high.npv,
      row.npvSwing,
    ]);
  }
  sheet.addRow([]);
  sheet.addRow(['Scenario', 'Payback', 'NPV', 'ROI']).font = { bold: true };
  for (const s of result.scenarios)
    sheet.addRow([s.name, s.paybackMonths ?? 'never', s.npv, s.roi ?? '']);
  sheet.getColumn(1).width = 40;
}

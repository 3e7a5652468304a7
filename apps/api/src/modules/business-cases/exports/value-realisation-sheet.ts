import ExcelJS from 'exceljs';
import {
  BusinessCaseInput,
  CaseModel,
  validCaseModel,
  ValueRealisation,
} from '@esm-planner/domain-business-case';
import { actualsSheetContext } from './actuals-sheet-layout';
import { addActualsHeader, addActualsMonthRow } from './actuals-month-rows';
import {
  addDepartmentSummary,
  addProgrammeForecast,
  addProgrammeToDate,
  formatActualsSheet,
} from './actuals-summary-rows';

/**
 * The workbook's Actuals sheet (domain §9, docs/domain/business-case-value-realisation.md):
 * one row per month 0..horizon with the actual counts as values and
 * everything else as live formulas on Inputs and Monthly — planned figures,
 * realised benefit, each department's ratio, status and the deflection it
 * needs, the forecast flows, payback, NPV and ROI. Every formula caches the
 * API's own figure, so a reader that does not recalculate shows the same.
 */

export { actualsColumns, actualsSummaryRows } from './actuals-sheet-layout';

/** Adds the Actuals sheet to a case's workbook (businessCaseWorkbook of the same input). */
export function addActualsSheet(
  book: ExcelJS.Workbook,
  {
    input,
    value,
    version,
  }: { input: BusinessCaseInput; value: ValueRealisation; version: number },
): void {
  actualsSheet(book, validCaseModel({ input }), value, version);
}

function actualsSheet(
  book: ExcelJS.Workbook,
  model: CaseModel,
  value: ValueRealisation,
  version: number,
): void {
  const sheet = book.addWorksheet('Actuals');
  const context = actualsSheetContext(sheet, model, value);
  addActualsHeader(context);
  value.months.forEach((month) => addActualsMonthRow(context, month));
  addDepartmentSummary(context);
  addProgrammeToDate(context, version);
  addProgrammeForecast(context);
  formatActualsSheet(context);
}

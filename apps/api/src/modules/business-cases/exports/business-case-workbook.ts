import ExcelJS from 'exceljs';
import {
  AssumptionSources,
  BusinessCaseInput,
  BusinessCaseResult,
  validCaseModel,
} from '@esm-planner/domain-business-case';
import { inputsSheet } from './inputs-sheet';
import { monthlySheet } from './monthly-sheet';
import { outputsSheet } from './outputs-sheet';
import { sensitivitySheet } from './sensitivity-sheet';

/**
 * The business case as a workbook Finance can audit (data-formats §6,
 * layout in docs/domain/business-case.md and workbook-layout.ts): Inputs (values with their
 * sources), Monthly (the model as live formulas on Inputs), Outputs
 * (payback, ROI, NPV, IRR as formulas on Monthly) and Sensitivity (each row
 * a whole rerun of the model, so values); value-realisation-sheet.ts adds
 * Actuals. Every formula cell carries the
 * model's own number as its cached result, so a reader that does not
 * recalculate shows the same figures as the dashboard.
 */

export { OUTPUT_ROWS } from './workbook-layout';

/** The workbook of a case; `result` is evaluateBusinessCase of the same input. */
export function businessCaseWorkbook({
  name,
  input,
  sources,
  result,
}: {
  name: string;
  input: BusinessCaseInput;
  sources: AssumptionSources;
  result: BusinessCaseResult;
}): ExcelJS.Workbook {
  const model = validCaseModel({ input });
  const book = new ExcelJS.Workbook();
  book.creator = 'ESM Planner';
  book.title = name;
  // Ask spreadsheet applications to recompute on open: the formulas are the model.
  book.calcProperties.fullCalcOnLoad = true;
  inputsSheet(book, model, sources, input);
  monthlySheet(book, model, result);
  outputsSheet(book, model, result);
  sensitivitySheet(book, result);
  return book;
}

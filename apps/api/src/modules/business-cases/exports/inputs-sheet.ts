import ExcelJS from 'exceljs';
import {
  AssumptionSources,
  BusinessCaseInput,
  CaseModel,
  costPerRequest,
  monthlyRateFromAnnual,
} from '@esm-planner/domain-business-case';
import {
  DEPARTMENT_KIND_LABELS,
  labelOf,
} from '@esm-planner/shared-util-format';
import {
  DEPARTMENT_HEADER_ROW,
  formula,
  g,
  GLOBAL_ROWS,
  MONTHLY_RATE_ROW,
  source,
} from './workbook-layout';

const DEPARTMENT_FIELDS = [
  'monthlyVolume',
  'handlingMinutes',
  'targetDeflection',
  'goLiveMonth',
  'rampMonths',
] as const;

/** The Inputs sheet: each figure with its unit and source, then the departments' figures. */
export function inputsSheet(
  book: ExcelJS.Workbook,
  model: CaseModel,
  sources: AssumptionSources,
  input: BusinessCaseInput,
): void {
  const sheet = book.addWorksheet('Inputs');
  sheet.addRow(['Input', 'Value', 'Unit', 'Source']).font = { bold: true };
  for (const [key, label, unit] of GLOBAL_ROWS) {
    const missing = input[key] === null || input[key] === undefined;
    sheet.addRow([
      label,
      model[key],
      unit,
      source(sources[key] ?? (missing ? 'DEFAULT' : 'ENTERED')),
    ]);
  }
  const rate = monthlyRateFromAnnual({ annualRate: model.annualDiscountRate });
  sheet.addRow([
    'Monthly discount rate',
    null,
    'fraction per month',
    source('FORMULA'),
  ]);
  formula(
    sheet.getCell(`B${MONTHLY_RATE_ROW}`),
    `(1+${g('annualDiscountRate')})^(1/12)-1`,
    rate,
  );
  sheet.getRow(DEPARTMENT_HEADER_ROW).values = [
    'Department',
    'Kind',
    'Monthly volume',
    'Handling minutes',
    'Target deflection',
    'Go-live month',
    'Ramp months',
    'Cost per request',
    'Saving per deflected',
    'Volume source',
    'Minutes source',
    'Deflection source',
    'Go-live source',
    'Ramp source',
  ];
  sheet.getRow(DEPARTMENT_HEADER_ROW).font = { bold: true };
  addDepartmentRows(sheet, model, sources, input);
  sheet.columns.forEach((column, i) => (column.width = i === 0 ? 36 : 16));
}

// One row per department below the header: its figures, the cost formulas
// on them, and where each figure came from.
function addDepartmentRows(
  sheet: ExcelJS.Worksheet,
  model: CaseModel,
  sources: AssumptionSources,
  input: BusinessCaseInput,
): void {
  model.departments.forEach((d, i) => {
    const r = DEPARTMENT_HEADER_ROW + 1 + i;
    const row = sheet.getRow(r);
    row.values = [
      d.label,
      labelOf(DEPARTMENT_KIND_LABELS, d.kind),
      d.monthlyVolume,
      d.handlingMinutes,
      d.targetDeflection,
      d.goLiveMonth,
      d.rampMonths,
    ];
    const perRequest = costPerRequest({
      handlingMinutes: d.handlingMinutes,
      loadedHourlyCost: model.loadedHourlyCost,
    });
    formula(row.getCell(8), `D${r}/60*${g('loadedHourlyCost')}`, perRequest);
    formula(
      row.getCell(9),
      `H${r}-${g('residualCostPerDeflected')}`,
      perRequest - model.residualCostPerDeflected,
    );
    DEPARTMENT_FIELDS.forEach((field, k) => {
      const path = `departments[${i}].${field}`;
      const fallback =
        field === 'targetDeflection' && d.deflectionOrigin !== 'ENTERED'
          ? d.deflectionOrigin
          : 'DEFAULT';
      const entered =
        input.departments[i][field] !== null &&
        input.departments[i][field] !== undefined;
      row.getCell(10 + k).value = source(
        sources[path] ?? (entered ? 'ENTERED' : fallback),
      );
    });
  });
}

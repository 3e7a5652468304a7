import {
  labelOf,
  REALISATION_STATUS_LABELS,
} from '@esm-planner/shared-util-format';
import {
  DEPARTMENT_HEADER_ROW,
  formula,
  MONTHLY_RATE_ROW,
  OUTPUT_ROWS,
} from './workbook-layout';
import {
  ActualsSheetContext,
  blankIfNull,
  FIRST_ROW,
} from './actuals-sheet-layout';

// The Actuals sheet's summary blocks below the months: one row per
// department, then the programme's figures, each with how it is worked out.

// The status in the dictionary's words, as on the Actuals tab and in the value report.
const word = (code: keyof typeof REALISATION_STATUS_LABELS) =>
  `"${REALISATION_STATUS_LABELS[code]}"`;

/** Departments: ratio over the counted months, status, to date, the deflection needed. */
export function addDepartmentSummary(context: ActualsSheetContext): void {
  const { sheet, summaryRows: s } = context;
  sheet.getRow(s.departmentHeader).values = [
    'Department',
    'Status',
    'Realisation ratio',
    'Planned to date',
    'Realised to date',
    'Deflection needed from now on',
  ];
  sheet.getRow(s.departmentHeader).font = { bold: true };
  context.model.departments.forEach((_, i) => addDepartmentRow(context, i));
}

function addDepartmentRow(
  { sheet, model, value, columns, summaryRows: s, months }: ActualsSheetContext,
  i: number,
): void {
  const r = s.department(i);
  const c = columns.perDepartment(i);
  const d = value.departments[i];
  const dr = DEPARTMENT_HEADER_ROW + 1 + i;
  sheet.getCell(`A${r}`).value = model.departments[i].label;
  formula(
    sheet.getCell(`C${r}`),
    `IF(SUM(${months(c.countedPlanned)})=0,"",SUM(${months(c.countedRealised)})/SUM(${months(c.countedPlanned)}))`,
    blankIfNull(d.realisationRatio),
  );
  formula(
    sheet.getCell(`B${r}`),
    `IF(C${r}="",${word('NOT_LIVE')},IF(C${r}>=1.1,${word('AHEAD')},IF(C${r}>=0.9,${word('ON_TRACK')},${word('BEHIND')})))`,
    labelOf(REALISATION_STATUS_LABELS, d.status),
  );
  formula(
    sheet.getCell(`D${r}`),
    `SUMIF(${months('D')},1,${months(c.plannedBenefit)})`,
    d.plannedToDate,
  );
  formula(
    sheet.getCell(`E${r}`),
    `SUMIF(${months('D')},1,${months(c.realisedBenefit)})`,
    d.realisedToDate,
  );
  // (Σ planned over the horizon − realised to date) / (saving × the plan's volume in the months not complete).
  const remaining = `SUMIF(${months('D')},0,${months(c.volume)})`;
  formula(
    sheet.getCell(`F${r}`),
    `IF(OR(B${r}<>${word('BEHIND')},$B$${s.completeMonths}>=Inputs!$B$2,Inputs!$I$${dr}<=0,${remaining}<=0),"",MAX(0,(SUM(${months(c.plannedBenefit)})-E${r})/(Inputs!$I$${dr}*${remaining})))`,
    blankIfNull(d.deflectionNeeded),
  );
}

/** One programme row: label, figure (a formula where there is one), how. */
function putProgrammeRow(
  { sheet }: ActualsSheetContext,
  row: number,
  label: string,
  text: string | null,
  cached: number | string,
  how: string,
): void {
  sheet.getCell(`A${row}`).value = label;
  if (text === null) sheet.getCell(`B${row}`).value = cached;
  else formula(sheet.getCell(`B${row}`), text, cached);
  sheet.getCell(`C${row}`).value = how;
}

/** The programme to date: what was measured, planned and realised. */
export function addProgrammeToDate(
  context: ActualsSheetContext,
  version: number,
): void {
  const { model, value, summaryRows: s, months } = context;
  const n = model.departments.length;
  const put = putProgrammeRow.bind(null, context);
  const departmentsRange = (column: string) =>
    `${column}${s.department(0)}:${column}${s.department(n - 1)}`;
  put(
    s.measuredOn,
    'Measured on',
    null,
    value.asOf,
    'a month is complete once its last day is before this date',
  );
  put(s.version, 'Case version', null, version, 'the saved version measured');
  put(
    s.completeMonths,
    'Complete months',
    `SUM(${months('D')})`,
    value.completeMonths,
    'months 1..horizon whose last day is before the date measured on',
  );
  put(
    s.plannedToDate,
    'Planned to date',
    n > 0 ? `SUM(${departmentsRange('D')})` : '0',
    value.plannedToDate,
    'planned benefit of the complete months',
  );
  put(
    s.realisedToDate,
    'Realised to date',
    n > 0 ? `SUM(${departmentsRange('E')})` : '0',
    value.realisedToDate,
    'deflected requests × (cost per request − residual cost)',
  );
  put(
    s.varianceToDate,
    'Variance to date',
    `B${s.realisedToDate}-B${s.plannedToDate}`,
    value.varianceToDate,
    'realised − planned',
  );
}

/** The programme's payback, planned and forecast, and the forecast NPV and ROI. */
export function addProgrammeForecast(context: ActualsSheetContext): void {
  const { value, columns: a, summaryRows: s, months } = context;
  const put = putProgrammeRow.bind(null, context);
  put(
    s.plannedPayback,
    'Planned payback (months)',
    `Outputs!B${OUTPUT_ROWS.paybackMonths}`,
    value.plannedPaybackMonths ?? 'not within the horizon',
    'the case’s own',
  );
  put(
    s.forecastPayback,
    'Forecast payback (months)',
    `IF(COUNT(${months(a.paybackCrossing, FIRST_ROW)})=0,"not within the horizon",MIN(${months(a.paybackCrossing, FIRST_ROW)}))`,
    value.forecastPaybackMonths ?? 'not within the horizon',
    'first month the forecast cumulative reaches 0, interpolated',
  );
  put(
    s.forecastNpv,
    'Forecast NPV',
    `${a.forecastNet}${FIRST_ROW}+NPV(Inputs!$B$${MONTHLY_RATE_ROW},${months(a.forecastNet)})`,
    value.forecastNpv,
    'month 0 undiscounted + NPV(monthly rate, months 1..horizon)',
  );
  put(
    s.forecastRoi,
    'Forecast ROI',
    `IF(SUM(${months(a.cost, FIRST_ROW)})=0,"",(SUM(${months(a.forecastNet, FIRST_ROW)})+SUM(${months(a.cost, FIRST_ROW)}))/SUM(${months(a.cost, FIRST_ROW)})-1)`,
    value.forecastRoi ?? '',
    'Σ forecast benefits ÷ Σ costs − 1',
  );
}

/** Number formats: after the cells, as a column's format overwrites its cells'. */
export function formatActualsSheet({
  sheet,
  model,
  summaryRows: s,
}: ActualsSheetContext): void {
  const n = model.departments.length;
  sheet.columns.forEach((column, i) => {
    column.width = i === 0 ? 28 : 14;
    if (i >= 4) column.numFmt = '#,##0.00';
  });
  for (const row of [
    s.plannedToDate,
    s.realisedToDate,
    s.varianceToDate,
    s.forecastNpv,
  ])
    sheet.getCell(`B${row}`).numFmt = '#,##0.00';
  for (const row of [s.plannedPayback, s.forecastPayback])
    sheet.getCell(`B${row}`).numFmt = '0.00';
  sheet.getCell(`B${s.forecastRoi}`).numFmt = '0.0%';
  for (let i = 0; i < n; i += 1) {
    sheet.getCell(`C${s.department(i)}`).numFmt = '0.0%';
    sheet.getCell(`D${s.department(i)}`).numFmt = '#,##0.00';
    sheet.getCell(`F${s.department(i)}`).numFmt = '0.0%';
  }
}

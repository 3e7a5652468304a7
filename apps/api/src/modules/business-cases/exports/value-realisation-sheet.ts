import ExcelJS from 'exceljs';
import {
  BusinessCaseInput,
  CaseModel,
  validCaseModel,
  ValueRealisation,
  volumeInMonth,
} from '@esm-planner/domain-business-case';
import {
  labelOf,
  REALISATION_STATUS_LABELS,
} from '@esm-planner/shared-util-format';
import {
  col,
  DEPARTMENT_HEADER_ROW,
  formula,
  MONTHLY_RATE_ROW,
  monthlyColumns,
  OUTPUT_ROWS,
} from './business-case-workbook';

/**
 * The workbook's Actuals sheet (domain §9, docs/domain/business-case-value-realisation.md):
 * one row per month 0..horizon with the actual counts as values and
 * everything else as live formulas on Inputs and Monthly — planned figures,
 * realised benefit, each department's ratio, status and the deflection it
 * needs, the forecast flows, payback, NPV and ROI. Every formula caches the
 * API's own figure, so a reader that does not recalculate shows the same.
 */

const FIRST_ROW = 2; // month 0
const PER_DEPARTMENT = 8;

/** Actuals!<column> letters of department i, then the programme's. */
export function actualsColumns(departments: number) {
  const at = (i: number, k: number) => col(5 + PER_DEPARTMENT * i + k);
  const perDepartment = (i: number) => ({
    volume: at(i, 0),
    plannedDeflected: at(i, 1),
    requests: at(i, 2),
    deflected: at(i, 3),
    plannedBenefit: at(i, 4),
    realisedBenefit: at(i, 5),
    countedPlanned: at(i, 6),
    countedRealised: at(i, 7),
  });
  const next = 5 + PER_DEPARTMENT * departments;
  return {
    perDepartment,
    plannedBenefit: col(next),
    realisedBenefit: col(next + 1),
    cost: col(next + 2),
    forecastNet: col(next + 3),
    forecastCumulative: col(next + 4),
    paybackCrossing: col(next + 5),
  };
}

/** Where the summary blocks start, below the months. */
export function actualsSummaryRows(horizonMonths: number, departments: number) {
  const departmentHeader = FIRST_ROW + horizonMonths + 2;
  const programme = departmentHeader + departments + 2;
  return {
    departmentHeader,
    department: (i: number) => departmentHeader + 1 + i,
    measuredOn: programme,
    version: programme + 1,
    completeMonths: programme + 2,
    plannedToDate: programme + 3,
    realisedToDate: programme + 4,
    varianceToDate: programme + 5,
    plannedPayback: programme + 6,
    forecastPayback: programme + 7,
    forecastNpv: programme + 8,
    forecastRoi: programme + 9,
  };
}

const blankIfNull = (value: number | null) => value ?? '';

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
  const n = model.departments.length;
  const H = model.horizonMonths;
  const a = actualsColumns(n);
  const m = monthlyColumns(n);
  const s = actualsSummaryRows(H, n);
  const last = FIRST_ROW + H;
  const months = (column: string, from = FIRST_ROW + 1) =>
    `$${column}$${from}:$${column}$${last}`;
  const ratioCell = (i: number) => `$C$${s.department(i)}`;

  const header = ['Month', 'First day', 'Last day', 'Complete (1 = yes)'];
  model.departments.forEach((d) =>
    header.push(
      `${d.label} planned volume`,
      `${d.label} planned deflected`,
      `${d.label} requests`,
      `${d.label} deflected`,
      `${d.label} planned benefit`,
      `${d.label} realised benefit`,
      `${d.label} planned (counted months)`,
      `${d.label} realised (counted months)`,
    ),
  );
  header.push(
    'Planned benefit',
    'Realised benefit',
    'Cost',
    'Forecast net',
    'Forecast cumulative',
    'Forecast payback crossing',
  );
  sheet.addRow(header).font = { bold: true };

  value.months.forEach((month) => {
    const r = FIRST_ROW + month.month;
    const monthly = month.month + 2; // Monthly!<row> of the same month
    const row = sheet.getRow(r);
    row.getCell(1).value = month.month;
    row.getCell(2).value = month.startDate;
    row.getCell(3).value = month.endDate;
    row.getCell(4).value = month.complete ? 1 : 0;
    const realisedCells: string[] = [];
    const forecastTerms: string[] = [];
    if (month.month > 0) {
      model.departments.forEach((department, i) => {
        const c = a.perDepartment(i);
        const dm = m.perDepartment(i);
        const dr = DEPARTMENT_HEADER_ROW + 1 + i;
        const line = value.departments[i].months[month.month - 1];
        const volume = volumeInMonth({
          monthlyVolume: department.monthlyVolume,
          annualVolumeGrowth: model.annualVolumeGrowth,
          month: month.month,
        });
        formula(
          row.getCell(c.volume),
          `Monthly!${dm.volume}${monthly}`,
          volume,
        );
        formula(
          row.getCell(c.plannedDeflected),
          `Monthly!${dm.volume}${monthly}*Monthly!${dm.deflection}${monthly}`,
          line.plannedDeflected,
        );
        row.getCell(c.requests).value = blankIfNull(line.actualTotal);
        row.getCell(c.deflected).value = blankIfNull(line.actualDeflected);
        formula(
          row.getCell(c.plannedBenefit),
          `Monthly!${dm.benefit}${monthly}`,
          line.plannedBenefit,
        );
        formula(
          row.getCell(c.realisedBenefit),
          `IF($D${r}=1,${c.deflected}${r}*Inputs!$I$${dr},"")`,
          blankIfNull(line.realisedBenefit),
        );
        const counted = month.complete && line.plannedBenefit > 0;
        formula(
          row.getCell(c.countedPlanned),
          `IF(AND($D${r}=1,${c.plannedBenefit}${r}>0),${c.plannedBenefit}${r},0)`,
          counted ? line.plannedBenefit : 0,
        );
        formula(
          row.getCell(c.countedRealised),
          `IF(AND($D${r}=1,${c.plannedBenefit}${r}>0),${c.realisedBenefit}${r},0)`,
          counted ? line.realisedBenefit! : 0,
        );
        realisedCells.push(`${c.realisedBenefit}${r}`);
        forecastTerms.push(
          `${c.plannedBenefit}${r}*IF(${ratioCell(i)}="",1,${ratioCell(i)})`,
        );
      });
    }
    formula(
      row.getCell(a.plannedBenefit),
      `Monthly!${m.benefit}${monthly}`,
      month.plannedBenefit,
    );
    formula(
      row.getCell(a.realisedBenefit),
      `IF($D${r}=1,${realisedCells.length > 0 ? realisedCells.join('+') : '0'},"")`,
      blankIfNull(month.realisedBenefit),
    );
    formula(row.getCell(a.cost), `Monthly!${m.cost}${monthly}`, month.cost);
    formula(
      row.getCell(a.forecastNet),
      month.month === 0
        ? `-${a.cost}${r}`
        : `IF($D${r}=1,${a.realisedBenefit}${r},${forecastTerms.length > 0 ? forecastTerms.join('+') : '0'})-${a.cost}${r}`,
      month.forecastNet,
    );
    formula(
      row.getCell(a.forecastCumulative),
      month.month === 0
        ? `${a.forecastNet}${r}`
        : `${a.forecastCumulative}${r - 1}+${a.forecastNet}${r}`,
      month.forecastCumulative,
    );
    const previous =
      month.month === 0
        ? null
        : value.months[month.month - 1].forecastCumulative;
    const crossing =
      month.month === 0
        ? month.forecastCumulative >= 0
          ? 0
          : ''
        : previous! < 0 && month.forecastCumulative >= 0
          ? month.month - 1 + -previous! / month.forecastNet
          : '';
    formula(
      row.getCell(a.paybackCrossing),
      month.month === 0
        ? `IF(${a.forecastCumulative}${r}>=0,0,"")`
        : `IF(AND(${a.forecastCumulative}${r - 1}<0,${a.forecastCumulative}${r}>=0),($A${r}-1)+(-${a.forecastCumulative}${r - 1})/${a.forecastNet}${r},"")`,
      crossing,
    );
  });

  // Departments: ratio over the counted months, status, to date, the deflection needed.
  sheet.getRow(s.departmentHeader).values = [
    'Department',
    'Status',
    'Realisation ratio',
    'Planned to date',
    'Realised to date',
    'Deflection needed from now on',
  ];
  sheet.getRow(s.departmentHeader).font = { bold: true };
  model.departments.forEach((department, i) => {
    const r = s.department(i);
    const c = a.perDepartment(i);
    const d = value.departments[i];
    const dr = DEPARTMENT_HEADER_ROW + 1 + i;
    sheet.getCell(`A${r}`).value = department.label;
    formula(
      sheet.getCell(`C${r}`),
      `IF(SUM(${months(c.countedPlanned)})=0,"",SUM(${months(c.countedRealised)})/SUM(${months(c.countedPlanned)}))`,
      blankIfNull(d.realisationRatio),
    );
    // The status in the dictionary's words, as on the Actuals tab and in the value report.
    const word = (code: keyof typeof REALISATION_STATUS_LABELS) =>
      `"${REALISATION_STATUS_LABELS[code]}"`;
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
  });

  const put = (
    row: number,
    label: string,
    text: string | null,
    cached: number | string,
    how: string,
  ) => {
    sheet.getCell(`A${row}`).value = label;
    if (text === null) sheet.getCell(`B${row}`).value = cached;
    else formula(sheet.getCell(`B${row}`), text, cached);
    sheet.getCell(`C${row}`).value = how;
  };
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

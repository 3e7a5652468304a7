import ExcelJS from 'exceljs';
import {
  ValueRealisation,
  volumeInMonth,
} from '@esm-planner/domain-business-case';
import { DEPARTMENT_HEADER_ROW, formula } from './workbook-layout';
import {
  ActualsSheetContext,
  blankIfNull,
  FIRST_ROW,
} from './actuals-sheet-layout';

// The Actuals sheet's header and its month rows 0..horizon: the actual
// counts as values, everything else as formulas on Inputs and Monthly.

type MonthLine = ValueRealisation['months'][number];

/** Row 1: the month, its dates, then each department's and the programme's. */
export function addActualsHeader({ sheet, model }: ActualsSheetContext): void {
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
}

export function addActualsMonthRow(
  context: ActualsSheetContext,
  month: MonthLine,
): void {
  const row = context.sheet.getRow(FIRST_ROW + month.month);
  row.getCell(1).value = month.month;
  row.getCell(2).value = month.startDate;
  row.getCell(3).value = month.endDate;
  row.getCell(4).value = month.complete ? 1 : 0;
  // Month 0 is the programme start: costs only, no department figures.
  const departments =
    month.month > 0
      ? context.model.departments.map((_, i) =>
          addDepartmentMonthCells(context, row, month, i),
        )
      : [];
  addProgrammeMonthCells(context, row, month, departments);
}

interface DepartmentMonthTerms {
  /** The department's realised benefit cell of this month. */
  realisedCell: string;
  /** Its planned benefit scaled by its realisation ratio (1 if none yet). */
  forecastTerm: string;
}

function addDepartmentMonthCells(
  { model, value, columns, monthlyColumns, summaryRows }: ActualsSheetContext,
  row: ExcelJS.Row,
  month: MonthLine,
  i: number,
): DepartmentMonthTerms {
  const r = row.number;
  const monthly = month.month + 2; // Monthly!<row> of the same month
  const department = model.departments[i];
  const c = columns.perDepartment(i);
  const dm = monthlyColumns.perDepartment(i);
  const dr = DEPARTMENT_HEADER_ROW + 1 + i;
  const line = value.departments[i].months[month.month - 1];
  const volume = volumeInMonth({
    monthlyVolume: department.monthlyVolume,
    annualVolumeGrowth: model.annualVolumeGrowth,
    month: month.month,
  });
  formula(row.getCell(c.volume), `Monthly!${dm.volume}${monthly}`, volume);
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
  const ratioCell = `$C$${summaryRows.department(i)}`;
  return {
    realisedCell: `${c.realisedBenefit}${r}`,
    forecastTerm: `${c.plannedBenefit}${r}*IF(${ratioCell}="",1,${ratioCell})`,
  };
}

function addProgrammeMonthCells(
  { value, columns: a, monthlyColumns: m }: ActualsSheetContext,
  row: ExcelJS.Row,
  month: MonthLine,
  departments: DepartmentMonthTerms[],
): void {
  const r = row.number;
  const monthly = month.month + 2; // Monthly!<row> of the same month
  const realisedCells = departments.map((d) => d.realisedCell);
  const forecastTerms = departments.map((d) => d.forecastTerm);
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
  formula(
    row.getCell(a.paybackCrossing),
    month.month === 0
      ? `IF(${a.forecastCumulative}${r}>=0,0,"")`
      : `IF(AND(${a.forecastCumulative}${r - 1}<0,${a.forecastCumulative}${r}>=0),($A${r}-1)+(-${a.forecastCumulative}${r - 1})/${a.forecastNet}${r},"")`,
    paybackCrossing(value, month),
  );
}

/** The month the forecast cumulative crosses 0 in this month, interpolated. */
function paybackCrossing(value: ValueRealisation, month: MonthLine) {
  if (month.month === 0) return month.forecastCumulative >= 0 ? 0 : '';
  const previous = value.months[month.month - 1].forecastCumulative;
  return previous < 0 && month.forecastCumulative >= 0
    ? month.month - 1 + -previous / month.forecastNet
    : '';
}

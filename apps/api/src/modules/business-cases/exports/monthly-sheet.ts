import ExcelJS from 'exceljs';
import {
  BusinessCaseResult,
  CaseModel,
  monthlyRateFromAnnual,
} from '@esm-planner/domain-business-case';
import {
  DEPARTMENT_HEADER_ROW,
  formula,
  g,
  monthlyColumns,
  MONTHLY_RATE_ROW,
} from './workbook-layout';

/** The Monthly sheet: the model month by month as live formulas on Inputs. */
export function monthlySheet(
  book: ExcelJS.Workbook,
  model: CaseModel,
  result: BusinessCaseResult,
): void {
  const sheet = book.addWorksheet('Monthly');
  const c = monthlyColumns(model.departments.length);
  const header = ['Month'];
  model.departments.forEach((d) =>
    header.push(
      `${d.label} volume`,
      `${d.label} deflection`,
      `${d.label} benefit`,
    ),
  );
  header.push(
    'Benefit',
    'Cost',
    'Net',
    'Cumulative',
    'Discounted net',
    'Payback crossing',
  );
  sheet.addRow(header).font = { bold: true };
  const rate = monthlyRateFromAnnual({ annualRate: model.annualDiscountRate });
  result.monthly.forEach((month, m) => {
    const r = m + 2;
    const row = sheet.getRow(r);
    row.getCell(1).value = m;
    addDepartmentMonths(row, model.departments.length, m, month);
    const benefits = model.departments
      .map((_, i) => `${c.perDepartment(i).benefit}${r}`)
      .join('+');
    formula(row.getCell(c.benefit), benefits || '0', month.benefit);
    formula(
      row.getCell(c.cost),
      m === 0
        ? `${g('oneTimeCosts')}+${g('changeManagementCost')}`
        : `${g('monthlyPlatformCost')}+${g('monthlyCoeCost')}`,
      month.cost,
    );
    formula(row.getCell(c.net), `${c.benefit}${r}-${c.cost}${r}`, month.net);
    formula(
      row.getCell(c.cumulative),
      m === 0 ? `${c.net}${r}` : `${c.cumulative}${r - 1}+${c.net}${r}`,
      month.cumulative,
    );
    formula(
      row.getCell(c.discountedNet),
      `${c.net}${r}/(1+Inputs!$B$${MONTHLY_RATE_ROW})^A${r}`,
      month.net / Math.pow(1 + rate, m),
    );
    addPaybackCrossing(row, c, m, result.monthly);
  });
  sheet.columns.forEach((column, i) => {
    column.width = 14;
    // Display formats only: the cells hold the unrounded numbers.
    if (i > 0)
      column.numFmt = header[i].endsWith('deflection') ? '0.0%' : '#,##0.00';
  });
}

// A month's volume, deflection and benefit of each department: zero in
// month 0, then formulas on the department's Inputs row.
function addDepartmentMonths(
  row: ExcelJS.Row,
  departments: number,
  m: number,
  month: BusinessCaseResult['monthly'][number],
): void {
  const c = monthlyColumns(departments);
  const r = m + 2;
  for (let i = 0; i < departments; i++) {
    const dr = DEPARTMENT_HEADER_ROW + 1 + i;
    const cells = c.perDepartment(i);
    const line = month.byDepartment![i];
    if (m === 0) {
      row.getCell(`${cells.volume}`).value = 0;
      row.getCell(`${cells.deflection}`).value = 0;
      row.getCell(`${cells.benefit}`).value = 0;
      continue;
    }
    formula(
      row.getCell(cells.volume),
      `Inputs!$C$${dr}*(1+${g('annualVolumeGrowth')})^((A${r}-1)/12)`,
      line.volume,
    );
    formula(
      row.getCell(cells.deflection),
      `IF(A${r}<Inputs!$F$${dr},0,Inputs!$E$${dr}*MIN(1,(A${r}-Inputs!$F$${dr}+1)/Inputs!$G$${dr}))`,
      line.deflection,
    );
    formula(
      row.getCell(cells.benefit),
      `${cells.volume}${r}*${cells.deflection}${r}*Inputs!$I$${dr}`,
      line.benefit,
    );
  }
}

function addPaybackCrossing(
  row: ExcelJS.Row,
  c: ReturnType<typeof monthlyColumns>,
  m: number,
  monthly: BusinessCaseResult['monthly'],
): void {
  const r = m + 2;
  const month = monthly[m];
  // The month in which the cumulative first reaches 0, interpolated (domain §8); blank elsewhere.
  const previous = m === 0 ? null : monthly[m - 1].cumulative;
  const crossing =
    m === 0
      ? month.cumulative >= 0
        ? 0
        : ''
      : previous! < 0 && month.cumulative >= 0
        ? m - 1 + -previous! / month.net
        : '';
  formula(
    row.getCell(c.paybackCrossing),
    m === 0
      ? `IF(${c.cumulative}${r}>=0,0,"")`
      : `IF(AND(${c.cumulative}${r - 1}<0,${c.cumulative}${r}>=0),(A${r}-1)+(-${c.cumulative}${r - 1})/${c.net}${r},"")`,
    crossing,
  );
}

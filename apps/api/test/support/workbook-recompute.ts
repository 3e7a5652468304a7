import ExcelJS from 'exceljs';
import { HyperFormula } from 'hyperformula';

// Test helpers for the workbooks: every formula with its cached result, and
// the whole book recomputed by an independent spreadsheet engine.

export type WorkbookFormula = {
  sheet: string;
  address: string;
  formula: string;
  result: unknown;
};

/** Every formula cell of the book, with the value cached in it. */
export function formulas(book: ExcelJS.Workbook): WorkbookFormula[] {
  const found: WorkbookFormula[] = [];
  book.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        const value = cell.value as ExcelJS.CellFormulaValue;
        if (value && typeof value === 'object' && 'formula' in value) {
          found.push({
            sheet: sheet.name,
            address: cell.address,
            formula: value.formula,
            result: value.result,
          });
        }
      }),
    ),
  );
  return found;
}

/** Every sheet into HyperFormula (an independent spreadsheet engine): values as values, formulas as formulas. */
export function recompute(book: ExcelJS.Workbook): HyperFormula {
  const sheets: Record<string, (string | number | null)[][]> = {};
  book.eachSheet((sheet) => {
    const rows: (string | number | null)[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row, r) => {
      const cells: (string | number | null)[] = [];
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        const value = cell.value as ExcelJS.CellValue;
        cells[c - 1] =
          value && typeof value === 'object' && 'formula' in value
            ? `=${value.formula}`
            : typeof value === 'number' || typeof value === 'string'
              ? value
              : null;
      });
      rows[r - 1] = Array.from(cells, (cell) => cell ?? null);
    });
    sheets[sheet.name] = Array.from(rows, (row) => row ?? []);
  });
  // licenseKey: HyperFormula is used under its GPLv3 licence, in tests only (a devDependency).
  return HyperFormula.buildFromSheets(sheets, {
    licenseKey: 'gpl-v3',
    precisionRounding: 14,
    smartRounding: false,
  });
}

export function valueAt(
  hf: HyperFormula,
  sheet: string,
  address: string,
): unknown {
  return hf.getCellValue(
    hf.simpleCellAddressFromString(address, hf.getSheetId(sheet)!)!,
  );
}

/**
 * Checks that every formula recomputes to its cached value: money to the
 * cent, rates and months to 1e-9 relative; a cell whose cached 0 or ""
 * ExcelJS's reader dropped must compute to one of them.
 */
export function expectFormulasToMatchTheirCache(
  book: ExcelJS.Workbook,
  sheetNames?: readonly string[],
): number {
  const hf = recompute(book);
  const cells = formulas(book).filter(
    (cell) => !sheetNames || sheetNames.includes(cell.sheet),
  );
  for (const cell of cells) {
    const at = `${cell.sheet}!${cell.address}`;
    const computed = valueAt(hf, cell.sheet, cell.address);
    if (typeof cell.result === 'number') {
      expect({ at, value: computed }).toEqual({
        at,
        value: expect.any(Number),
      });
      const tolerance = Math.max(0.005, Math.abs(cell.result) * 1e-9);
      expect({
        at,
        off: Math.abs((computed as number) - cell.result) <= tolerance,
      }).toEqual({ at, off: true });
    } else if (cell.result === undefined) {
      // ExcelJS writes <v>0</v> and <v></v> but its reader drops a cached 0
      // or "" (it tests `if (value)`): such a cell must compute to one of them.
      expect({
        at,
        value: [0, ''].includes(computed as number | string),
      }).toEqual({ at, value: true });
    } else {
      expect({ at, value: computed }).toEqual({ at, value: cell.result });
    }
  }
  return cells.length;
}

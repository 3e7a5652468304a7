import pdfmake, { Content, DocumentDefinition } from 'pdfmake';
import {
  formatCount,
  formatMoney,
  formatPayback,
  formatPercent,
} from '@esm-planner/shared-util-format';

// The PDF standard fonts: nothing to embed. pdfmake asks the local-file
// policy about them by name; nothing else may be read from disk or fetched.
const HELVETICA = {
  normal: 'Helvetica',
  bold: 'Helvetica-Bold',
  italics: 'Helvetica-Oblique',
  bolditalics: 'Helvetica-BoldOblique',
};
const STANDARD_FONTS = new Set(Object.values(HELVETICA));
pdfmake.setFonts({ Helvetica: HELVETICA });
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path) => STANDARD_FONTS.has(path));

// Money, months, percentages and dates come from the formatting module the
// dashboard uses, so a PDF says "-£210,000" where the screen does.
export const money = formatMoney;
export const months = formatPayback;
export const percent = formatPercent;
export const whole = formatCount;

/** A table with a bold header row, in the exports' small print. */
export function table(
  head: string[],
  rows: (string | number)[][],
  widths?: (string | number)[],
): Content {
  return {
    table: {
      headerRows: 1,
      widths: widths ?? head.map(() => '*'),
      body: [
        head.map((text) => ({ text, bold: true })),
        ...rows.map((r) => r.map(String)),
      ],
    },
    layout: 'lightHorizontalLines',
    fontSize: 8,
    margin: [0, 4, 0, 8],
  };
}

/** A table of one row: each figure under its own header. */
export function figuresRow(
  figures: readonly (readonly [header: string, figure: string])[],
): Content {
  return table(
    figures.map(([header]) => header),
    [figures.map(([, figure]) => figure)],
  );
}

/** The PDF of a document definition, with the standard fonts set above. */
export async function renderPdf(doc: DocumentDefinition): Promise<Buffer> {
  return Buffer.from(await pdfmake.createPdf(doc).getBuffer());
}

/** An A4 page in the exports' style: its title, headings h1 and h2, and the content. */
export function pdfPage(title: string, content: Content[]): DocumentDefinition {
  return {
    pageSize: 'A4',
    pageMargins: [36, 36, 36, 36],
    info: { title, creator: 'ESM Planner' },
    defaultStyle: { font: 'Helvetica', fontSize: 9 },
    styles: {
      h1: { fontSize: 16, bold: true },
      h2: { fontSize: 10, bold: true, margin: [0, 6, 0, 2] },
    },
    content,
  };
}

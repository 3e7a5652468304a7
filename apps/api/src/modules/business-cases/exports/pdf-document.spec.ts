import { figuresRow, pdfPage, table } from './pdf-document';

describe(pdfPage.name, () => {
  it('frames the content on an A4 page in Helvetica with the export headings', () => {
    const content = [{ text: 'Case', style: 'h1' }];
    expect(pdfPage('Case — CIO', content)).toEqual({
      pageSize: 'A4',
      pageMargins: [36, 36, 36, 36],
      info: { title: 'Case — CIO', creator: 'ESM Planner' },
      defaultStyle: { font: 'Helvetica', fontSize: 9 },
      styles: {
        h1: { fontSize: 16, bold: true },
        h2: { fontSize: 10, bold: true, margin: [0, 6, 0, 2] },
      },
      content,
    });
  });
});

describe(table.name, () => {
  it('bolds the header, writes every cell as text and shares the width', () => {
    expect(table(['Month', 'Net'], [[1, '£10']])).toEqual({
      table: {
        headerRows: 1,
        widths: ['*', '*'],
        body: [
          [
            { text: 'Month', bold: true },
            { text: 'Net', bold: true },
          ],
          ['1', '£10'],
        ],
      },
      layout: 'lightHorizontalLines',
      fontSize: 8,
      margin: [0, 4, 0, 8],
    });
  });
});

describe(figuresRow.name, () => {
  it('is a table of one row, each figure under its header', () => {
    expect(
      figuresRow([
        ['Realised', '£10'],
        ['ROI', '12 %'],
      ]),
    ).toEqual(table(['Realised', 'ROI'], [['£10', '12 %']]));
  });
});

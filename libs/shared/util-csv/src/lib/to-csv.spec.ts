import fc from 'fast-check';
import {
  csvCell,
  csvFileName,
  neutraliseFormula,
  quoteField,
  toCsv,
  type CsvColumn,
} from './to-csv';

type Row = { name: string; count: number | null };

const COLUMNS: CsvColumn<Row>[] = [
  { header: 'Name', value: (row) => row.name },
  { header: 'Count', value: (row) => row.count },
];

// A strict RFC 4180 reader, only for checking what toCsv writes.
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"') {
      i += 1;
      for (;;) {
        if (text[i] === '"' && text[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (text[i] === '"') {
          i += 1;
          break;
        } else {
          field += text[i];
          i += 1;
        }
      }
    } else if (text[i] === ',') {
      record.push(field);
      field = '';
      i += 1;
    } else if (text.startsWith('\r\n', i)) {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += 2;
    } else {
      field += text[i];
      i += 1;
    }
  }
  return records;
}

describe(toCsv.name, () => {
  it('writes a header and one record per row with CRLF line ends', () => {
    expect(
      toCsv(COLUMNS, [
        { name: 'Email', count: 121 },
        { name: 'Chat', count: 100 },
      ]),
    ).toBe('Name,Count\r\nEmail,121\r\nChat,100\r\n');
  });

  it('writes only the header for no rows', () => {
    expect(toCsv(COLUMNS, [])).toBe('Name,Count\r\n');
  });

  it('starts with a UTF-8 byte order mark only when asked', () => {
    const rows = [{ name: 'Zoë', count: 1 }];
    expect(toCsv(COLUMNS, rows, { bom: true })).toBe(
      '\uFEFFName,Count\r\nZoë,1\r\n',
    );
    expect(toCsv(COLUMNS, rows).charCodeAt(0)).toBe('N'.charCodeAt(0));
  });

  it('quotes fields with separators, quotes and line breaks (RFC 4180)', () => {
    const rows = [
      { name: 'Leave, parental', count: 3 },
      { name: 'The "big" one', count: 4 },
      { name: 'two\r\nlines', count: 5 },
      { name: 'lf\nonly', count: 6 },
    ];
    expect(toCsv(COLUMNS, rows)).toBe(
      'Name,Count\r\n' +
        '"Leave, parental",3\r\n' +
        '"The ""big"" one",4\r\n' +
        '"two\r\nlines",5\r\n' +
        '"lf\nonly",6\r\n',
    );
  });

  it('neutralises formulas in headers as well as in cells', () => {
    const columns: CsvColumn<Row>[] = [
      { header: '=HYPERLINK("http://x")', value: (row) => row.name },
    ];
    expect(toCsv(columns, [{ name: '@SUM(A1)', count: 0 }])).toBe(
      '"\'=HYPERLINK(""http://x"")"\r\n\'@SUM(A1)\r\n',
    );
  });

  it('keeps numbers numeric, negative ones included, and blanks missing values', () => {
    const rows = [
      { name: 'a', count: -12.5 },
      { name: 'b', count: null },
      { name: 'c', count: Number.NaN },
    ];
    expect(toCsv(COLUMNS, rows)).toBe('Name,Count\r\na,-12.5\r\nb,\r\nc,\r\n');
  });

  it('reads back, through an RFC 4180 parser, as the neutralised text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string({ unit: 'grapheme-ascii' }), fc.string()), {
          maxLength: 20,
        }),
        (pairs) => {
          const columns: CsvColumn<[string, string]>[] = [
            { header: 'a', value: (row) => row[0] },
            { header: 'b', value: (row) => row[1] },
          ];
          const parsed = parseCsv(toCsv(columns, pairs));
          expect(parsed).toEqual([
            ['a', 'b'],
            ...pairs.map((row) => row.map(neutraliseFormula)),
          ]);
        },
      ),
    );
  });

  it('never lets a text cell start with a formula character', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const [field] = parseCsv(`${csvCell(text)}\r\n`)[0];
        expect(field).not.toMatch(/^[=+\-@\t\r]/);
      }),
    );
  });
});

describe(neutraliseFormula.name, () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ['=cmd|" /C calc"!A0', '\'=cmd|" /C calc"!A0'],
  ])('prefixes %j with a quote', (text, expected) => {
    expect(neutraliseFormula(text)).toBe(expected);
  });

  it.each(['Payslip query', '', ' =1', '1=1', "'already", 'a-b', '€5'])(
    'leaves %j alone',
    (text) => {
      expect(neutraliseFormula(text)).toBe(text);
    },
  );
});

describe(quoteField.name, () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['"', '""""'],
    ['x\ry', '"x\ry"'],
  ])('writes %j as %j', (text, expected) => {
    expect(quoteField(text)).toBe(expected);
  });
});

describe(csvCell.name, () => {
  it.each([
    [0, '0'],
    [-0, '0'],
    [1261, '1261'],
    [-3, '-3'],
    [0.6082, '0.6082'],
    [Number.POSITIVE_INFINITY, ''],
    [true, 'true'],
    [false, 'false'],
    [null, ''],
    [undefined, ''],
    ['-3', "'-3"],
    ['=1,2', '"\'=1,2"'],
  ])('writes %p as %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });
});

describe(csvFileName.name, () => {
  it('joins the parts into a lower-case, dash-separated name', () => {
    expect(csvFileName('HR', 'baseline', '2026-03-02')).toBe(
      'hr-baseline-2026-03-02.csv',
    );
  });

  it('drops path separators and other punctuation', () => {
    // outside-reads: allow (a sanitiser's hostile input, never read)
    expect(csvFileName('../etc/passwd', ' ', null)).toBe('etc-passwd.csv');
  });

  it('keeps letters of any script', () => {
    expect(csvFileName('Ressources humaines', 'Zürich')).toBe(
      'ressources-humaines-zürich.csv',
    );
  });

  it('falls back to "export" when nothing is left', () => {
    expect(csvFileName('///', undefined)).toBe('export.csv');
  });
});

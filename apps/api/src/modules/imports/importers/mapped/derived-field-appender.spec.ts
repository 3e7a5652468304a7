import { DerivedFieldAppender, FieldDeriver } from './derived-field-appender';

// Appends the length of column 2's cell and whether column 0's is empty (null when column 2 is empty).
const deriver: FieldDeriver = {
  columns: [0, 2],
  values: (cells) => [
    cells[2] === '' ? null : String(cells[2].length),
    cells[0] === '',
  ],
};

function rewrite(chunks: string[], delimiter = ','): string | null {
  const appender = new DerivedFieldAppender(deriver, delimiter.charCodeAt(0));
  const out: string[] = [];
  for (const chunk of chunks) {
    const written = appender.write(Buffer.from(chunk, 'utf8'));
    if (written === null) return null;
    out.push(written.toString('utf8'));
  }
  const last = appender.end();
  return last === null ? null : out.join('') + last.toString('utf8');
}

describe('DerivedFieldAppender', () => {
  it('appends the values before each line end, keeping the bytes and the line ends', () => {
    expect(rewrite(['a,b,c\r\n', 'x,,hello\n', ',y,\n'])).toBe(
      'a,b,c,1,f\r\nx,,hello,5,f\n,y,,,t\n',
    );
  });

  it('carries a line split across chunks, and a last line without a line break', () => {
    expect(rewrite(['a,b,wo', 'rd\nx,y,', 'zz'])).toBe(
      'a,b,word,4,f\nx,y,zz,2,f',
    );
  });

  it('reads quoted cells with delimiters, doubled quotes and multi-byte characters', () => {
    // Column 2 is `é,"q"` (5 characters: é , " q ").
    expect(rewrite(['"a,1",b,"é,""q"""\n'])).toBe('"a,1",b,"é,""q""",5,f\n');
    // Split inside the multi-byte é and inside the quotes.
    const bytes = Buffer.from('x,b,"é,z"\n', 'utf8');
    const appender = new DerivedFieldAppender(deriver, 0x2c);
    const first = appender.write(bytes.subarray(0, 6))!;
    const second = appender.write(bytes.subarray(6))!;
    expect(
      Buffer.concat([first, second, appender.end()!]).toString('utf8'),
    ).toBe('x,b,"é,z",3,f\n');
  });

  it('uses the file’s delimiter and leaves short lines’ missing cells empty', () => {
    expect(rewrite(['a;b;c\n', 'a\n'], ';')).toBe('a;b;c;1;f\na;;f\n');
  });

  it('declines a carriage return inside a line and a quote that does not close on its line', () => {
    expect(rewrite(['a,b\rc,d\n'])).toBeNull();
    expect(rewrite(['a,b,"open\n'])).toBeNull();
  });
});

describe('DerivedFieldAppender and bytes', () => {
  it('places values that are not ASCII after their own line (measured in bytes, not characters)', () => {
    const accented: FieldDeriver = {
      columns: [1],
      values: (cells) => [`${cells[1]}é`],
    };
    const appender = new DerivedFieldAppender(accented, 0x2c);
    // Line 1 gets `bé` (3 bytes), line 2 `€é` (5 bytes): each after its own line.
    expect(
      appender.write(Buffer.from('a,b\nc,€\n', 'utf8'))!.toString('utf8'),
    ).toBe('a,b,bé\nc,€,€é\n');
  });

  it('declines bytes that are not UTF-8 (COPY, then the JavaScript reader, report them)', () => {
    const appender = new DerivedFieldAppender(deriver, 0x2c);
    expect(
      appender.write(Buffer.from([0x61, 0x2c, 0x62, 0x2c, 0xff, 0x0a])),
    ).toBeNull();
  });
});

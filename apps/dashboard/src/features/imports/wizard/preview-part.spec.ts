import { previewPart } from './preview-part';

const file = (text: string, name = 'export.csv') =>
  Object.assign(new Blob([text]), { name });

describe(previewPart.name, () => {
  it('sends a small file whole', async () => {
    const small = file('a,b\n1,2\n');
    const part = await previewPart(small, 100);
    expect(part).toEqual({ blob: small, partial: false });
  });

  it('cuts a large file after its last whole line within the limit', async () => {
    // 5 lines of 6 bytes; a limit of 20 bytes ends inside line 4 (bytes 18–23): lines 1–3 are sent.
    const part = await previewPart(
      file('h1,h2\n11,12\n21,22\n31,32\n41,42\n'),
      20,
    );
    expect(part.partial).toBe(true);
    expect(await part.blob.text()).toBe('h1,h2\n11,12\n21,22\n');
  });

  it('sends a workbook whole, whatever its size', async () => {
    const workbook = file('x'.repeat(50), 'sheet.XLSX');
    expect((await previewPart(workbook, 10)).partial).toBe(false);
  });
});

import { nulPath } from './nul-characters';

describe(nulPath.name, () => {
  it('finds U+0000 anywhere in a variable, with its path', () => {
    expect(nulPath({ name: 'ok', tags: ['a', 'b\u0000c'] }, 'input')).toBe(
      'input.tags.1',
    );
    expect(nulPath('\u0000', 'name')).toBe('name');
    expect(nulPath({ deep: { deeper: [{ text: 'x\u0000' }] } }, 'input')).toBe(
      'input.deep.deeper.0.text',
    );
  });

  it('passes everything else, other control characters included', () => {
    expect(
      nulPath(
        { name: 'tab\there', count: 3, none: null, list: [1, true] },
        'input',
      ),
    ).toBeNull();
  });
});

import { storableText } from './storable-text';

describe(storableText.name, () => {
  it('shows U+0000 as ␀ and leaves every other text as it is', () => {
    expect(storableText('a\u0000b\u0000')).toBe('a\u2400b\u2400');
    expect(storableText('tab\there')).toBe('tab\there');
    expect(storableText(null)).toBeNull();
    expect(storableText(undefined)).toBeUndefined();
  });
});

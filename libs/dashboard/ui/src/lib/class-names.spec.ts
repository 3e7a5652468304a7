import { cx } from './class-names';

describe(cx.name, () => {
  it('joins the names that are set, in order', () => {
    expect(cx('button', false, 'button--primary', null, undefined, '')).toBe(
      'button button--primary',
    );
  });

  it('returns an empty string when nothing is set', () => {
    expect(cx(false, null)).toBe('');
  });
});

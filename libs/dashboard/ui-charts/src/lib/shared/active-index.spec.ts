import { nextActiveIndex } from './active-index';

describe(nextActiveIndex.name, () => {
  it.each([
    [null, 'ArrowRight', 0],
    [null, 'ArrowDown', 0],
    [null, 'ArrowLeft', 4],
    [2, 'ArrowRight', 3],
    [2, 'ArrowUp', 1],
    [4, 'ArrowRight', 4],
    [0, 'ArrowLeft', 0],
    [3, 'Home', 0],
    [1, 'End', 4],
    [3, 'Escape', null],
  ])('from %p, %s goes to %p of five', (current, key, expected) => {
    expect(nextActiveIndex(current, key, 5)).toBe(expected);
  });

  it('ignores keys a chart does not use, so Tab still moves focus', () => {
    expect(nextActiveIndex(1, 'Tab', 5)).toBeUndefined();
    expect(nextActiveIndex(1, 'a', 5)).toBeUndefined();
  });

  it('has nothing to move to in an empty chart', () => {
    expect(nextActiveIndex(null, 'ArrowRight', 0)).toBeUndefined();
    expect(nextActiveIndex(null, 'Escape', 0)).toBeNull();
  });
});

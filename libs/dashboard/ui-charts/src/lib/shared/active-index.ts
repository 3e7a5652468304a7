/** The item a chart highlights, and whether the pointer or the keyboard chose it. */
export type ActiveItem = { index: number; via: 'pointer' | 'keyboard' };

/**
 * The item the arrow keys move to from `current` among `count` items, or
 * undefined for a key the chart does not handle. Escape clears (null).
 */
export function nextActiveIndex(
  current: number | null,
  key: string,
  count: number,
): number | null | undefined {
  if (count === 0) return key === 'Escape' ? null : undefined;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return current === null ? 0 : Math.min(count - 1, current + 1);
    case 'ArrowLeft':
    case 'ArrowUp':
      return current === null ? count - 1 : Math.max(0, current - 1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    case 'Escape':
      return null;
    default:
      return undefined;
  }
}

import { useState, type FocusEvent, type KeyboardEvent } from 'react';
import { nextActiveIndex, type ActiveItem } from './active-index';

export type ActiveItemControls = {
  active: ActiveItem | null;
  /** The pointer is over item `index`. */
  point: (index: number) => void;
  /** The pointer left the chart. */
  leave: () => void;
  /** Spread on the chart's focusable element. */
  keyboardProps: {
    onKeyDown: (event: KeyboardEvent) => void;
    onFocus: () => void;
    onBlur: (event: FocusEvent) => void;
  };
};

/**
 * Which item of a chart is highlighted: the one under the pointer, or the
 * one chosen with the arrow keys once the chart has keyboard focus.
 */
export function useActiveItem(count: number): ActiveItemControls {
  const [active, setActive] = useState<ActiveItem | null>(null);
  const current = active && active.index < count ? active : null;

  return {
    active: current,
    point: (index) => setActive({ index, via: 'pointer' }),
    leave: () =>
      setActive((previous) => (previous?.via === 'pointer' ? null : previous)),
    keyboardProps: {
      onKeyDown: (event) => {
        const next = nextActiveIndex(current?.index ?? null, event.key, count);
        if (next === undefined) return;
        event.preventDefault();
        setActive(next === null ? null : { index: next, via: 'keyboard' });
      },
      onFocus: () => {
        if (count > 0) setActive({ index: 0, via: 'keyboard' });
      },
      onBlur: () => setActive(null),
    },
  };
}

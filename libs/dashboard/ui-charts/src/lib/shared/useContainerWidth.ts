import { useLayoutEffect, useState, type RefCallback } from 'react';

/**
 * The width of an element in whole pixels, kept current with a
 * ResizeObserver so charts redraw when their card changes size.
 * `fallback` is used until the element is measured. The ref is a callback,
 * so an element that appears later (a chart leaving its empty state) is
 * measured too.
 */
export function useContainerWidth<T extends HTMLElement>(
  fallback = 640,
): [RefCallback<T>, number] {
  const [element, setElement] = useState<T | null>(null);
  const [width, setWidth] = useState(fallback);

  useLayoutEffect(() => {
    if (!element) return undefined;
    const update = (next: number) => {
      const rounded = Math.floor(next);
      if (rounded > 0) setWidth(rounded);
    };
    update(element.getBoundingClientRect().width);
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(([entry]) => {
      update(entry.contentRect.width);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);

  return [setElement, width];
}

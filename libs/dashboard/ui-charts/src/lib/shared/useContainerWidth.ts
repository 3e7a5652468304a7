import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

/**
 * The width of an element in whole pixels, kept current with a
 * ResizeObserver so charts redraw when their card changes size.
 * `fallback` is used until the element is measured.
 */
export function useContainerWidth<T extends HTMLElement>(
  fallback = 640,
): [RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);

  useLayoutEffect(() => {
    const element = ref.current;
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
  }, []);

  return [ref, width];
}

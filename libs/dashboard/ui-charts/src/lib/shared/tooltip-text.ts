import type { TooltipContent } from './chart-types';

/** The tooltip as one sentence, for the screen-reader live region. */
export function tooltipText(content: TooltipContent | null): string {
  if (!content) return '';
  const lines = content.lines.map((line) => `${line.label} ${line.value}`);
  return lines.length > 0
    ? `${content.title}: ${lines.join(', ')}.`
    : `${content.title}.`;
}

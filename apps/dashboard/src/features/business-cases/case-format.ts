import type { BadgeTone } from '@esm-planner/dashboard-ui';
import {
  ASSUMPTION_SOURCE_LABELS,
  BENCHMARK_POSITION_LABELS,
  labelOf,
  SENSITIVITY_DRIVER_LABELS,
} from '@esm-planner/shared-util-format';

// Money and payback come from the shared formatting module, as in the PDFs and the workbook.
export { formatMoney, formatPayback } from '@esm-planner/shared-util-format';

// Where a figure came from, as a badge: data sources stand out from assumptions.
const SOURCE_TONES: Record<string, BadgeTone> = {
  AUDIT: 'info',
  ROADMAP: 'accent',
  PLAN: 'accent',
  BENCHMARK: 'progress',
  MEASURED: 'success',
  ASSUMPTION: 'warning',
  DEFAULT: 'warning',
  ENTERED: 'success',
};

export function sourceBadge(source: string): {
  label: string;
  tone: BadgeTone;
} {
  return {
    label: labelOf(ASSUMPTION_SOURCE_LABELS, source),
    tone: SOURCE_TONES[source] ?? 'neutral',
  };
}

export function driverLabel(driver: string): string {
  return labelOf(SENSITIVITY_DRIVER_LABELS, driver);
}

const BAND = 'the 14–22 months cloud ESM typically reports';

/** "faster than the 14–22 months cloud ESM typically reports" (the word from the shared dictionary). */
export function benchmarkSentence(position: string): string {
  if (position === 'NEVER') return 'does not pay back within the horizon';
  const word = labelOf(BENCHMARK_POSITION_LABELS, position);
  return position === 'WITHIN' ? `${word} ${BAND}` : `${word} than ${BAND}`;
}

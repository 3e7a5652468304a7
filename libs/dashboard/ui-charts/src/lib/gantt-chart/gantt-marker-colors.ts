import { CHART_COLORS } from '../shared/chart-colors';

/** Marker colours: done and open gates green, blocked and overdue red. */
export const GANTT_MARKER_COLORS = {
  milestone: CHART_COLORS.text,
  good: CHART_COLORS.lineAlt,
  bad: '#b42318',
  open: CHART_COLORS.reference,
} as const;

// The dashboard's numbers and dates come from the one formatting module the
// PDFs and the workbook use too (libs/shared/util-format), so the screen and
// every download say the same thing the same way.
export {
  formatBytes,
  formatCount,
  formatCountOf,
  formatDate,
  formatDateRange,
  formatDateTime,
  formatDecimal,
  formatHours,
  formatMinutes,
  formatMonths,
  formatPercent,
  formatShortDateRange,
  NO_VALUE,
  pluralWord,
} from '@esm-planner/shared-util-format';

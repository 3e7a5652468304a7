import type { Grain } from '@esm-planner/dashboard-data-access-graphql';
import { SelectField, TextField } from '@esm-planner/dashboard-ui';
import {
  QUICK_RANGES,
  matchingQuickRange,
  type DateRange,
  type QuickRange,
} from './metrics-range';

export type MetricsRangeControlsProps = {
  range: DateRange;
  onRangeChange: (range: DateRange) => void;
  /** Without a grain (and its handler) there is no grain select. */
  grain?: Grain;
  onGrainChange?: (grain: Grain) => void;
  quickRanges?: readonly QuickRange[];
  /** Today as `YYYY-MM-DD`, for the quick ranges. */
  today: string;
  /** What is wrong with the dates, shown under the end date. */
  problem: string | null;
};

const GRAIN_OPTIONS = [
  { value: 'WEEK', label: 'Weekly' },
  { value: 'MONTH', label: 'Monthly' },
];

/** From and to dates, quick ranges and (when given) the grain of the metrics. */
export function MetricsRangeControls({
  range,
  onRangeChange,
  grain,
  onGrainChange,
  today,
  problem,
  quickRanges = QUICK_RANGES,
}: MetricsRangeControlsProps) {
  const pressed = matchingQuickRange(range, today, quickRanges);
  return (
    <div className="metrics-controls" data-testid="metrics-controls">
      <div className="metrics-controls__fields">
        <TextField
          label="From"
          name="metrics-from"
          type="date"
          required
          value={range.from}
          max={range.to || undefined}
          onChange={(from) => onRangeChange({ ...range, from })}
        />
        <TextField
          label="To"
          name="metrics-to"
          type="date"
          required
          value={range.to}
          min={range.from || undefined}
          error={problem ?? undefined}
          onChange={(to) => onRangeChange({ ...range, to })}
        />
        {grain && onGrainChange ? (
          <SelectField
            label="Grain"
            name="metrics-grain"
            value={grain}
            options={GRAIN_OPTIONS}
            required
            onChange={(value) =>
              onGrainChange(value === 'MONTH' ? 'MONTH' : 'WEEK')
            }
          />
        ) : null}
      </div>
      <div
        className="metrics-controls__quick"
        role="group"
        aria-label="Quick ranges"
      >
        {quickRanges.map((quick) => (
          <button
            key={quick.key}
            type="button"
            className="ui-button ui-button--secondary ui-button--sm"
            aria-pressed={pressed === quick.key}
            data-testid={`metrics-range-${quick.key}`}
            onClick={() => onRangeChange(quick.range(today))}
          >
            {quick.label}
          </button>
        ))}
      </div>
    </div>
  );
}

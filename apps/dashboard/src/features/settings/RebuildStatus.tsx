import type { RollupRebuildFieldsFragment } from '@esm-planner/dashboard-data-access-graphql';
import { ProgressBar } from '@esm-planner/dashboard-ui';
import {
  rebuildFraction,
  rebuildInProgress,
  rebuildSentence,
} from './organization-settings';

/** The latest time zone change: a live progress bar while the worker rebuilds, then how it ended. */
export function RebuildStatus({
  rebuild,
}: {
  rebuild: RollupRebuildFieldsFragment;
}) {
  const fraction = rebuildFraction(rebuild);
  const running = rebuildInProgress(rebuild);
  return (
    <div
      className={`rebuild-status rebuild-status--${rebuild.status.toLowerCase()}`}
      data-testid="rollup-rebuild"
      role="status"
    >
      <p>{rebuildSentence(rebuild)}</p>
      {running ? (
        <ProgressBar
          label="Rebuild progress"
          value={fraction === null ? null : fraction * 100}
          valueText={
            rebuild.monthsTotal === null
              ? 'Counting the months…'
              : `${rebuild.monthsDone} of ${rebuild.monthsTotal} months`
          }
          testId="rollup-rebuild-progress"
        />
      ) : null}
    </div>
  );
}

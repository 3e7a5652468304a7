import { formatCount, formatDate, formatPercent } from '../formatting/format';
import type { RefusedItStability } from './gate-reasons';

/** The figures behind a refused start: IT's six weeks against the organisation's thresholds. */
export function RefusedStartDetails({
  stability,
}: {
  stability: RefusedItStability;
}) {
  const { thresholds } = stability;
  return (
    <div className="rollout-refusal" data-testid="create-rollout-plan-figures">
      <p>
        IT’s mean deflection {formatPercent(stability.meanDeflection)} (needs at
        least {formatPercent(thresholds.minMeanDeflection)}), standard deviation{' '}
        {formatPercent(stability.stdDeflection)} (needs at most{' '}
        {formatPercent(thresholds.maxStdDeflection)}), at least{' '}
        {formatCount(thresholds.minRequestsPerWeek)} tickets every week:
      </p>
      <table className="rollout-refusal__weeks">
        <caption className="ui-visually-hidden">
          IT’s six complete weeks before the start date
        </caption>
        <thead>
          <tr>
            <th scope="col">Week of</th>
            <th scope="col">Tickets</th>
            <th scope="col">Deflection</th>
          </tr>
        </thead>
        <tbody>
          {stability.weeks.map((week) => (
            <tr key={week.weekStart}>
              <th scope="row">{formatDate(week.weekStart)}</th>
              <td>{formatCount(week.total)}</td>
              <td>{formatPercent(week.deflectionRate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

import { LoadingState } from '@esm-planner/dashboard-ui';
import { formatCount } from '../../formatting/format';
import { readSample } from './date-formats';
import type { DistinctValue } from './preview-request';
import { ScrollRegion } from './ScrollRegion';

const SHOWN = 5;

export type DateColumnCheckProps = {
  label: string;
  column: string;
  /** The column's distinct values; undefined while they are read. */
  values: DistinctValue[] | undefined;
  dateFormat: string;
};

/** A date column's values read with the format, those that do not read first. */
export function DateColumnCheck({
  label,
  column,
  values,
  dateFormat,
}: DateColumnCheckProps) {
  if (!values)
    return <LoadingState label={`Reading the dates of “${column}”…`} />;
  const filled = values.filter((entry) => entry.value.trim() !== '');
  const unread = filled.filter(
    (entry) => !readSample(entry.value, dateFormat).ok,
  );
  const shown = [
    ...unread,
    ...filled.filter((entry) => !unread.includes(entry)),
  ].slice(0, SHOWN);
  return (
    <ScrollRegion
      label={`${label}: “${column}” read with the format`}
      testId={`dates-${column}`}
    >
      <table className="ui-table wizard-table wizard-table--fit">
        <caption className="wizard-table__caption">
          {label} (“{column}”): {formatCount(filled.length)} different values
          checked,{' '}
          {unread.length === 0
            ? 'all read'
            : `${formatCount(unread.length)} do not read`}
        </caption>
        <thead>
          <tr>
            <th scope="col">Value in the file</th>
            <th scope="col">Read as</th>
          </tr>
        </thead>
        <tbody>
          {shown.map(({ value }) => {
            const reading = readSample(value, dateFormat);
            return (
              <tr key={value}>
                <th scope="row">{value}</th>
                <td className={reading.ok ? undefined : 'wizard-problem'}>
                  {reading.ok
                    ? `${reading.text}${reading.offset ? ` (${reading.offset})` : ''}`
                    : `Not read: ${reading.text}`}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

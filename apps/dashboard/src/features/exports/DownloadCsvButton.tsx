import { Button, Icon, VisuallyHidden } from '@esm-planner/dashboard-ui';
import { toCsv, type CsvColumn } from '@esm-planner/shared-util-csv';
import { downloadTextFile } from './download-file';

export type DownloadCsvButtonProps<Row> = {
  /** The saved file's name, e.g. from `csvFileName('HR', 'channels')`. */
  fileName: string;
  columns: readonly CsvColumn<Row>[];
  rows: readonly Row[];
  /** Visible text; "Download CSV" unless set. */
  label?: string;
  /**
   * Which table, for screen readers: "volume by channel" makes the button's
   * name "Download CSV of volume by channel" (it still starts with the
   * visible text, so voice control finds it).
   */
  tableName?: string;
  testId?: string;
};

/**
 * Downloads a table's rows as CSV (data-formats §6: formula cells are
 * neutralised by toCsv). The file starts with a byte order mark so Excel
 * reads accented names as UTF-8. The CSV is built on click, not per render.
 */
export function DownloadCsvButton<Row>({
  fileName,
  columns,
  rows,
  label = 'Download CSV',
  tableName,
  testId,
}: DownloadCsvButtonProps<Row>) {
  return (
    <Button
      size="sm"
      variant="ghost"
      icon={<Icon name="download" size={16} />}
      testId={testId}
      disabled={rows.length === 0}
      onClick={() =>
        downloadTextFile({
          text: toCsv(columns, rows, { bom: true }),
          fileName,
          mimeType: 'text/csv;charset=utf-8',
        })
      }
    >
      {label}
      {tableName ? <VisuallyHidden> of {tableName}</VisuallyHidden> : null}
    </Button>
  );
}

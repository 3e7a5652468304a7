import type { ImportKind } from '@esm-planner/domain-imports';
import { ErrorBanner, LoadingState } from '@esm-planner/dashboard-ui';
import { MappedRowsTable } from './MappedRowsTable';
import type { MappedPreview } from './useMappedPreview';

export type MappedRowsPreviewProps = {
  kind: ImportKind;
  mapped: MappedPreview;
  eventLog: boolean;
};

/** The first rows read with the mapping, what stopped them, or a loading line. */
export function MappedRowsPreview({
  kind,
  mapped,
  eventLog,
}: MappedRowsPreviewProps) {
  if (mapped === null)
    return <LoadingState label="Reading the first rows with the mapping…" />;
  if ('failure' in mapped)
    return (
      <ErrorBanner
        title="The first rows could not be read with this mapping"
        messages={[mapped.failure]}
      />
    );
  return (
    <MappedRowsTable kind={kind} preview={mapped.preview} eventLog={eventLog} />
  );
}

import { useId, useState, type DragEvent } from 'react';
import { cx, Icon } from '@esm-planner/dashboard-ui';
import { formatBytes } from '../formatting/format';
import { FILE_ACCEPT } from './import-form';

export type FileDropZoneProps = {
  file: File | null;
  onChange: (file: File | null) => void;
  error?: string;
  disabled?: boolean;
};

/**
 * A file input labelled "File to import" inside a zone that also accepts a
 * dropped file. The input stays a real, focusable control.
 */
export function FileDropZone({
  file,
  onChange,
  error,
  disabled = false,
}: FileDropZoneProps) {
  const id = useId();
  const [over, setOver] = useState(false);

  const onDragOver = (event: DragEvent) => {
    if (disabled) return;
    event.preventDefault();
    setOver(true);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    if (disabled) return;
    const dropped = event.dataTransfer.files[0];
    if (dropped) onChange(dropped);
  };

  return (
    <div
      className={cx(
        'file-drop',
        over && 'file-drop--over',
        error && 'file-drop--invalid',
      )}
      onDragOver={onDragOver}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      data-testid="file-drop"
    >
      <Icon name="upload" size={28} className="file-drop__icon" />
      <label htmlFor={`${id}-input`} className="file-drop__label">
        File to import
      </label>
      <input
        id={`${id}-input`}
        className="file-drop__input"
        type="file"
        accept={FILE_ACCEPT}
        disabled={disabled}
        aria-describedby={`${id}-hint ${id}-error`}
        aria-invalid={error ? true : undefined}
        onChange={(event) => onChange(event.target.files?.[0] ?? null)}
      />
      <p id={`${id}-hint`} className="file-drop__hint">
        {file
          ? `Chosen: ${file.name} (${formatBytes(file.size)})`
          : 'Choose a .csv or .xlsx file, or drop it here.'}
      </p>
      <p id={`${id}-error`} className="file-drop__error" aria-live="polite">
        {error ?? ''}
      </p>
    </div>
  );
}

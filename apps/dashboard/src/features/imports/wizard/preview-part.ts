/** Files up to this size are previewed whole; a larger one by its first part. */
export const PREVIEW_BYTES = 16 * 1024 * 1024;
const NEWLINE = 0x0a;

/**
 * What to send previewImport: the file, or for a large CSV its first
 * PREVIEW_BYTES cut after the last whole line — the counts then describe the
 * first rows only, and the wizard says so. A workbook is sent whole (it
 * cannot be cut, and workbooks are the small formats anyway).
 */
export async function previewPart(
  file: Blob & { name: string },
  limit = PREVIEW_BYTES,
): Promise<{ blob: Blob; partial: boolean }> {
  if (file.size <= limit || file.name.toLowerCase().endsWith('.xlsx'))
    return { blob: file, partial: false };
  const head = file.slice(0, limit);
  const tail = new Uint8Array(
    await head.slice(Math.max(0, limit - 1024 * 1024)).arrayBuffer(),
  );
  const lastNewline = tail.lastIndexOf(NEWLINE);
  if (lastNewline === -1) return { blob: head, partial: true };
  return {
    blob: file.slice(0, Math.max(0, limit - tail.length) + lastNewline + 1),
    partial: true,
  };
}

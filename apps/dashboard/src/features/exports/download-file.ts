/**
 * Saves `text` as a file through a temporary `<a download>` pointing at a
 * Blob URL; the URL is revoked once the browser has taken the click.
 */
export function downloadTextFile({
  text,
  fileName,
  mimeType,
}: {
  text: string;
  fileName: string;
  mimeType: string;
}): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Saves a binary file (an XLSX or PDF the API produced) like `downloadTextFile`. */
export function downloadBlobFile({
  blob,
  fileName,
}: {
  blob: Blob;
  fileName: string;
}): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

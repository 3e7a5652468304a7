export type UploadProgress = { loaded: number; total: number | null };

/**
 * POSTs a multipart body with XMLHttpRequest, which (unlike fetch) reports
 * upload progress, and reads the answer with `read` (status 0: no answer).
 * `apollo-require-preflight` satisfies Apollo Server's CSRF protection,
 * which refuses multipart requests without such a header.
 */
export function postMultipart<T>({
  url,
  token,
  body,
  onProgress,
  signal,
  read,
}: {
  url: string;
  token: string | null;
  body: FormData;
  onProgress?: (progress: UploadProgress) => void;
  signal?: AbortSignal;
  read: (status: number, responseText: string) => T;
}): Promise<T> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.setRequestHeader('apollo-require-preflight', 'true');
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (event) =>
      onProgress?.({
        loaded: event.loaded,
        total: event.lengthComputable ? event.total : null,
      });
    xhr.onload = () => resolve(read(xhr.status, xhr.responseText));
    xhr.onerror = () => resolve(read(0, ''));
    xhr.onabort = () => resolve(read(0, ''));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(body);
  });
}

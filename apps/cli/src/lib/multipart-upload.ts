import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { Readable } from 'node:stream';

/**
 * A GraphQL multipart request (graphql-multipart-request-spec) whose file
 * part streams from disk, counting bytes as the server takes them — so the
 * upload shows real progress and a 1 GB file never sits in memory.
 * `fileVariable` is the file's path in `variables` (e.g. `input.file`).
 */
export async function multipartBody({
  query,
  variables,
  filePath,
  fileVariable,
  onUploaded,
}: {
  query: string;
  variables: Record<string, unknown>;
  filePath: string;
  fileVariable: string;
  onUploaded: (bytes: number, total: number) => void;
}): Promise<{
  body: Readable;
  contentType: string;
  contentLength: number;
  fileSize: number;
}> {
  const boundary = `esm-planner-${randomBytes(12).toString('hex')}`;
  const fileSize = (await stat(filePath)).size;
  // The spec: the file's place in `variables` holds null; `map` says where it goes.
  const operations = JSON.stringify({ query, variables });
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="operations"\r\n\r\n${operations}\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="map"\r\n\r\n${JSON.stringify({ 0: [`variables.${fileVariable}`] })}\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="0"; filename="${basename(filePath).replace(/"/g, '')}"\r\n` +
      'Content-Type: application/octet-stream\r\n\r\n',
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  async function* parts(): AsyncGenerator<Buffer> {
    yield head;
    let sent = 0;
    for await (const chunk of createReadStream(filePath, {
      highWaterMark: 256 * 1024,
    })) {
      sent += (chunk as Buffer).length;
      onUploaded(sent, fileSize);
      yield chunk as Buffer;
    }
    yield tail;
  }
  return {
    body: Readable.from(parts()),
    contentType: `multipart/form-data; boundary=${boundary}`,
    contentLength: head.length + fileSize + tail.length,
    fileSize,
  };
}

import { appendFile, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  openStaged,
  partOf,
  stagedHead,
  uploadEnded,
  uploadState,
} from './staged-file';
import { ImportFileError } from './source-record';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function readAll(path: string, chunk = 7): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of await openStaged(path, chunk))
    parts.push(part as Buffer);
  return Buffer.concat(parts);
}

describe('staged files', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'staged-file-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('reads a complete file as it is', async () => {
    const path = join(dir, 'job');
    await writeFile(path, 'a,b\n1,2\n');
    expect((await readAll(path)).toString()).toBe('a,b\n1,2\n');
    expect(await uploadState(path)).toBe('complete');
  });

  it('follows an upload still being written until it is renamed complete', async () => {
    const path = join(dir, 'job');
    await writeFile(partOf(path), 'a,b\n');
    const reading = readAll(path);
    const head = stagedHead(path, 12);
    for (let i = 0; i < 20; i += 1) {
      await sleep(2);
      await appendFile(partOf(path), `${i},x\n`);
    }
    expect(await uploadState(path)).toBe('writing');
    await rename(partOf(path), path);
    const expected = `a,b\n${Array.from({ length: 20 }, (_, i) => `${i},x\n`).join('')}`;
    expect((await reading).toString()).toBe(expected);
    expect((await head).toString()).toBe(expected.slice(0, 12));
    await uploadEnded(path);
  });

  it('fails when the upload is removed before it completes', async () => {
    const path = join(dir, 'job');
    await writeFile(partOf(path), 'a,b\n1,2\n');
    const reading = readAll(path);
    await sleep(20);
    await rm(partOf(path));
    await expect(reading).rejects.toBeInstanceOf(ImportFileError);
    expect(await uploadState(path)).toBe('gone');
    await uploadEnded(path);
  });

  it('reports a file that never existed as missing', async () => {
    await expect(readAll(join(dir, 'none'))).rejects.toMatchObject({
      code: 'ENOENT',
    });
  });
});

import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { hiddenPrompt } from '../lib/api-token';
import { UsageError } from '../lib/import-options';

export type AdminCreateOptions = {
  email?: string;
  name?: string;
  organization?: string;
  timeZone?: string;
  currency?: string;
};

// The work is the API's own (its validation, password hashing and migrations,
// apps/api/scripts/admin-create.ts): this command only gathers the answers.
const SCRIPT = join(__dirname, '../../../api/scripts/admin-create.ts');

async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream)
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}

/** The password: typed twice at a hidden prompt on a terminal, else the first line of standard input. */
async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY)
    return (await readAll(process.stdin)).split(/\r?\n/)[0];
  const first = await hiddenPrompt(
    'Password for the new ADMIN (input hidden, at least 10 characters): ',
  );
  const second = await hiddenPrompt('The same password again: ');
  if (first !== second)
    throw new UsageError('the two passwords differ; nothing was created');
  return first;
}

/** `admin create`: the first ADMIN and organisation, written to DATABASE_URL with no server running. */
export async function runAdminCreate(
  options: AdminCreateOptions,
): Promise<number> {
  const missing = (['email', 'name', 'organization'] as const).filter(
    (key) => !options[key]?.trim(),
  );
  if (missing.length > 0)
    throw new UsageError(
      `missing ${missing.map((key) => `--${key}`).join(', ')}`,
    );
  if (!process.env.DATABASE_URL)
    throw new UsageError(
      'DATABASE_URL is not set: name the PostgreSQL database to set up',
    );
  const password = await readPassword();
  const args = [
    '--email',
    options.email!,
    '--name',
    options.name!,
    '--organization',
    options.organization!,
  ];
  if (options.timeZone) args.push('--time-zone', options.timeZone);
  if (options.currency) args.push('--currency', options.currency);
  const child = spawn(
    process.execPath,
    ['-r', '@swc-node/register', SCRIPT, ...args],
    {
      env: process.env,
      // The password goes through a pipe, never the command line (visible in ps).
      stdio: ['pipe', 'inherit', 'inherit'],
    },
  );
  child.stdin.end(password);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { resolveApiToken, TOKEN_ON_COMMAND_LINE } from './api-token';

const ROOT = join(__dirname, '../../../..');
const noTerminal = {
  isTTY: false,
  prompt: () => Promise.reject(new Error('no terminal')),
};

function tokenFile(content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'esm-planner-cli-')), 'token');
  writeFileSync(path, content, { mode: 0o600 });
  return path;
}

describe(resolveApiToken.name, () => {
  it('takes ESM_PLANNER_TOKEN from the environment', async () => {
    await expect(
      resolveApiToken({
        env: { ESM_PLANNER_TOKEN: 'esmp_from-env' },
        terminal: noTerminal,
      }),
    ).resolves.toBe('esmp_from-env');
  });

  it('reads --token-file, trimming the newline an editor leaves, before the environment', async () => {
    const path = tokenFile('esmp_from-file\n');
    await expect(
      resolveApiToken({
        tokenFile: path,
        env: { ESM_PLANNER_TOKEN: 'esmp_from-env' },
        terminal: noTerminal,
      }),
    ).resolves.toBe('esmp_from-file');
  });

  it('reads the token from standard input with --token-file -', async () => {
    await expect(
      resolveApiToken({
        tokenFile: '-',
        env: {},
        terminal: noTerminal,
        stdin: Readable.from([Buffer.from('esmp_from-stdin\n')]),
      }),
    ).resolves.toBe('esmp_from-stdin');
  });

  it('asks on the terminal, without echo, when nothing else gives one', async () => {
    const asked: string[] = [];
    const terminal = {
      isTTY: true,
      prompt: async (question: string) => (
        asked.push(question),
        ' esmp_typed '
      ),
    };
    await expect(resolveApiToken({ env: {}, terminal })).resolves.toBe(
      'esmp_typed',
    );
    expect(asked).toEqual(['API token (input hidden): ']);
  });

  it('explains every way to give one when there is none and no terminal', async () => {
    await expect(
      resolveApiToken({ env: { ESM_PLANNER_TOKEN: '' }, terminal: noTerminal }),
    ).rejects.toThrow(
      'an API token is needed: ESM_PLANNER_TOKEN in the environment, --token-file <path> (- for standard input), or type it at the prompt on a terminal',
    );
  });

  it('refuses an empty or unreadable token file by name', async () => {
    await expect(
      resolveApiToken({
        tokenFile: tokenFile('\n'),
        env: {},
        terminal: noTerminal,
      }),
    ).rejects.toThrow(/is empty/);
    await expect(
      resolveApiToken({
        tokenFile: '/nonexistent/token',
        env: {},
        terminal: noTerminal,
      }),
    ).rejects.toThrow('cannot read the token file /nonexistent/token');
  });
});

describe('the esm-planner command', () => {
  // A token given as an argument is visible to every user of the machine in `ps`.
  it('refuses --token, saying why and what to use instead, before doing anything', async () => {
    const result = await new Promise<{ code: number | null; stderr: string }>(
      (resolve) => {
        const child = spawn(
          process.execPath,
          [
            join(ROOT, 'apps/cli/bin/esm-planner.js'),
            'import',
            '--org',
            'x',
            '--kind',
            'audit',
            '--token',
            'esmp_secret',
            'file.csv',
          ],
          { cwd: ROOT, env: { ...process.env, ESM_PLANNER_TOKEN: '' } },
        );
        let stderr = '';
        child.stderr.on('data', (chunk) => (stderr += chunk));
        child.on('close', (code) => resolve({ code, stderr }));
      },
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(TOKEN_ON_COMMAND_LINE);
    expect(result.stderr).not.toContain('esmp_secret');
  }, 30_000);
});

import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';

/** Why `--token` is refused (docs/security.md "Sign-in and tokens"). */
export const TOKEN_ON_COMMAND_LINE =
  '--token is not accepted: a token on the command line is visible to every user of this machine (ps) and stays in ' +
  'shell history. Set ESM_PLANNER_TOKEN, pass --token-file <path> (- for standard input), or type it at the prompt.';

const NO_TOKEN =
  'an API token is needed: ESM_PLANNER_TOKEN in the environment, --token-file <path> (- for standard input), or type it at the prompt on a terminal';

export class TokenError extends Error {}

export type Terminal = {
  isTTY: boolean;
  prompt(question: string): Promise<string>;
};

async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream)
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The API token, from (in this order) `--token-file` (a file, or `-` for
 * standard input), ESM_PLANNER_TOKEN, or a hidden prompt when standard input
 * is a terminal. Never from an argument: see TOKEN_ON_COMMAND_LINE.
 */
export async function resolveApiToken({
  tokenFile,
  env,
  terminal,
  stdin = process.stdin,
}: {
  tokenFile?: string;
  env: Record<string, string | undefined>;
  terminal: Terminal;
  stdin?: Readable;
}): Promise<string> {
  if (tokenFile !== undefined) {
    const text =
      tokenFile === '-'
        ? await readAll(stdin)
        : await readFile(tokenFile, 'utf8').catch(() => null);
    if (text === null)
      throw new TokenError(`cannot read the token file ${tokenFile}`);
    const token = text.trim();
    if (!token)
      throw new TokenError(
        `the token ${tokenFile === '-' ? 'on standard input' : `file ${tokenFile}`} is empty`,
      );
    return token;
  }
  const fromEnvironment = env.ESM_PLANNER_TOKEN?.trim();
  if (fromEnvironment) return fromEnvironment;
  if (terminal.isTTY) {
    const typed = (await terminal.prompt('API token (input hidden): ')).trim();
    if (typed) return typed;
  }
  throw new TokenError(NO_TOKEN);
}

/** Reads one line from the terminal without echoing it (raw mode); Ctrl-C aborts. */
export function hiddenPrompt(question: string): Promise<string> {
  const input = process.stdin;
  return new Promise((resolve, reject) => {
    let typed = '';
    process.stderr.write(question);
    input.setRawMode(true);
    input.resume();
    const finish = (error?: Error) => {
      input.setRawMode(false);
      input.pause();
      input.off('data', onData);
      process.stderr.write('\n');
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (chunk: Buffer) => {
      for (const char of chunk.toString('utf8')) {
        if (char === '\r' || char === '\n') return finish();
        if (char === '\u0003') return finish(new TokenError('cancelled'));
        if (char === '\u007f' || char === '\b') typed = typed.slice(0, -1);
        else typed += char;
      }
    };
    input.on('data', onData);
  });
}

/** The real terminal of this process. */
export const processTerminal: Terminal = {
  isTTY: Boolean(process.stdin.isTTY),
  prompt: hiddenPrompt,
};

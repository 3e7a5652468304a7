import { spawn } from 'node:child_process';
import { waitForOutput } from './process-output';

const node = (script: string) =>
  spawn(process.execPath, ['-e', script], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });

describe(waitForOutput.name, () => {
  it('resolves with the first match, on stderr too, and the output so far', async () => {
    const child = node(
      "console.error('migrating'); console.log('running at http://127.0.0.1:4321/'); setTimeout(() => {}, 200)",
    );
    const started = await waitForOutput(child, /running at (http:\/\/\S+)/, {
      timeoutMs: 10_000,
      what: 'the child',
    });
    expect(started.match[1]).toBe('http://127.0.0.1:4321/');
    expect(started.output()).toContain('migrating');
  });

  it('rejects with the output when the child exits without a match', async () => {
    const child = node("console.log('no port'); process.exit(3)");
    await expect(
      waitForOutput(child, /running at/, {
        timeoutMs: 10_000,
        what: 'the child',
      }),
    ).rejects.toThrow('the child exited with 3:\nno port');
  });

  it('rejects when nothing matches within the time', async () => {
    const child = node('setTimeout(() => {}, 5_000)');
    await expect(
      waitForOutput(child, /running at/, { timeoutMs: 200, what: 'the child' }),
    ).rejects.toThrow('the child did not start within 0.2 s');
    child.kill('SIGKILL');
  });
});

import { ChildProcess } from 'node:child_process';

/**
 * The first match of `pattern` in what `child` writes (stdout and stderr),
 * with everything written so far. Rejects, with that output, when the child
 * exits first or writes no match within `timeoutMs` (a loaded machine can
 * take a minute to migrate and seed; without a limit jest would wait on a
 * silent child forever).
 */
export function waitForOutput(
  child: ChildProcess,
  pattern: RegExp,
  options: { timeoutMs: number; what: string },
): Promise<{ match: RegExpExecArray; output: () => string }> {
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () =>
        reject(
          new Error(
            `${options.what} did not start within ${options.timeoutMs / 1000} s:\n${output}`,
          ),
        ),
      options.timeoutMs,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = pattern.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ match, output: () => output });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${options.what} exited with ${code}:\n${output}`));
    });
  });
}

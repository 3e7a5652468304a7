// The lines `npm start` prints once the server listens: where it runs and
// how to get in (the demo login, or this start's setup code). They must stand
// out from the log lines above them: framed, and in colour at a terminal.
import { styleText } from 'node:util';

/**
 * @param {{ url: string, demo: { email: string, password: string } | null, setupCode: string | null }} running
 * @param {{ embedded: boolean, terminal: boolean, processes?: number }} where
 */
export function startBanner(running, { embedded, terminal, processes = 1 }) {
  const style = (format, text) => (terminal ? styleText(format, text) : text);
  const lines = [
    style('bold', `ESM Planner is running at ${style('cyan', running.url)}`),
    `GraphQL: ${running.url}/graphql   Health: ${running.url}/health`,
    `API processes: ${processes} (API_PROCESSES)`,
  ];
  if (running.setupCode) {
    // The first run (api.md): whoever reads this log claims the instance.
    lines.push(
      '',
      style(['bold', 'yellow'], `Setup code: ${running.setupCode}`),
      `No user exists yet: open ${running.url} and enter this code to create the first administrator`,
      'and organisation (or run `npm run cli -- admin create`, docs/access.md). A new code is made at every start.',
    );
  } else if (running.demo) {
    lines.push(
      style(
        'bold',
        `Demo login: ${running.demo.email} / ${running.demo.password}`,
      ),
    );
  } else if (!embedded) {
    lines.push(
      'Sign in with your account; ADMINs add people on the People page (docs/access.md).',
    );
  }
  lines.push('', 'Press Ctrl-C to stop.');
  const rule = style('dim', '─'.repeat(72));
  return [
    '',
    rule,
    ...lines.map((line) => (line ? `  ${line}` : '')),
    rule,
    '',
  ].join('\n');
}

// The one table of docs/benchmarks.md — figure, target, before, after, met —
// rendered from bench/results/latest.json ("after") and
// bench/results/before.json (the figures documented before issue 18), so that
// it is generated, never typed by hand (npm run bench:table).
import { FIGURES } from './figures.mjs';
import { formatValue, targetText } from './results.mjs';

export const START_MARKER = '<!-- results-table:start';
export const END_MARKER = '<!-- results-table:end -->';

const escapeCell = (text) => String(text).replaceAll('|', '\\|');

function metCell(entry, figure) {
  if (!figure.target) return 'info';
  if (typeof entry?.value !== 'number') return '';
  if (entry.met) return '✓';
  return entry.metFirst ? '✗ (first ✓)' : '✗';
}

/**
 * A "before" cell. A figure documented elsewhere than before.json's main
 * source names one of its `sources`; each gets a numbered note under the
 * table, one number per source.
 */
function beforeCell(figure, before, notes) {
  const entry = before?.figures?.[figure.id];
  if (!entry) return '—';
  const shown =
    entry.text ??
    (typeof entry.value === 'number' ? formatValue(entry.value, figure) : '—');
  if (!entry.source) return shown;
  const text = before.sources?.[entry.source];
  if (!text)
    throw new Error(
      `before.json: figure "${figure.id}" names the unknown source "${entry.source}"`,
    );
  if (!notes.includes(text)) notes.push(text);
  return `${shown} [${notes.indexOf(text) + 1}]`;
}

function timeOf(iso) {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/** One line per run that produced an "after" figure: where and how quiet. */
function runLines(entries) {
  const runs = new Map();
  for (const entry of entries) {
    if (!entry.run) continue;
    const key = `${entry.run.bench} ${entry.run.date}`;
    runs.set(key, entry.run);
  }
  return [...runs.values()]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((run) => {
      const m = run.machine ?? {};
      const commit = run.commit
        ? `commit ${run.commit.slice(0, 8)}${run.dirty ? ' with local changes' : ''}`
        : 'commit unknown';
      const load = m.loadAverage
        ? `, load average ${m.loadAverage.join(' / ')} (1 / 5 / 15 min) at its end`
        : '';
      return `- \`${run.bench}\`, ${timeOf(run.date)}, ${commit}: ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB, ${m.platform}, Node ${m.node}${m.postgres ? `, ${m.postgres.split(' on ')[0]}` : ''}${load}.`;
    });
}

/** The markdown: the table, its notes, the runs behind "after". */
export function renderTable({ latest, before, catalogue = FIGURES }) {
  const byId = new Map((latest?.figures ?? []).map((e) => [e.id, e]));
  const notes = [];
  const rows = catalogue.map((figure) => {
    const entry = byId.get(figure.id);
    const after =
      typeof entry?.value === 'number'
        ? formatValue(entry.value, figure)
        : 'not measured';
    return [
      figure.label,
      targetText(figure) ?? '—',
      beforeCell(figure, before, notes),
      after,
      metCell(entry, figure),
    ];
  });
  const lines = [
    '| figure | target | before | after | met |',
    '|---|---:|---:|---:|:---:|',
    ...rows.map((cells) => `| ${cells.map(escapeCell).join(' | ')} |`),
    '',
    `Before: ${before?.source ?? 'no before.json.'}${notes.length > 0 ? ' Except:' : ''}`,
    ...notes.map((note, i) => `- [${i + 1}] ${note}`),
  ];
  const runs = runLines(
    catalogue.map((figure) => byId.get(figure.id)).filter(Boolean),
  );
  lines.push(
    '',
    runs.length > 0
      ? 'After: the latest value of each figure in bench/results/latest.json, from these runs:'
      : 'After: no bench has recorded a figure yet.',
    ...runs,
  );
  return `${lines.join('\n')}\n`;
}

/**
 * `markdown` with the text between the markers replaced by `table`; throws
 * when the markers are missing, so a renamed document is noticed.
 */
export function replaceTable(markdown, table) {
  const start = markdown.indexOf(START_MARKER);
  const end = markdown.indexOf(END_MARKER);
  if (start === -1 || end === -1 || end < start)
    throw new Error(
      `The document has no "${START_MARKER} … -->" … "${END_MARKER}" block for the table`,
    );
  const afterStart = markdown.indexOf('-->', start) + 3;
  return `${markdown.slice(0, afterStart)}\n\n${table}\n${markdown.slice(end)}`;
}

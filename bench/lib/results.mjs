// bench/results/latest.json: every figure of bench/lib/figures.mjs with its
// target, its latest value and the run that produced it. Each bench merges the
// figures it measured (read, modify, write to a temporary file, rename), so a
// run of one bench keeps what the others wrote; a figure no bench has measured
// yet stays listed with value null.
import { execFileSync } from 'node:child_process';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { FIGURES, figureOf, meets } from './figures.mjs';

export const LATEST = 'bench/results/latest.json';

const ABOUT =
  'Every benchmark figure with its target (shared spec quality.md § Performance): the latest value each bench merged in, and the run that produced it. Written by bench/lib/results.mjs; the table in docs/benchmarks.md is rendered from it (npm run bench:table).';

/** What a reader needs to judge a run: the machine, and how busy it was. */
export function machineFacts(extra = {}) {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model?.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    platform: `${os.platform()} ${os.release()}`,
    node: process.version,
    ...extra,
    loadAverage: os.loadavg().map((value) => Math.round(value * 100) / 100),
  };
}

/**
 * The commit the benched code came from, and whether the working tree differed
 * from it (bench/results itself aside: a bench run writes there).
 */
export function gitState(root) {
  const git = (...args) =>
    execFileSync('git', args, {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  try {
    const commit = git('rev-parse', 'HEAD');
    const changes = git(
      'status',
      '--porcelain',
      '--untracked-files=no',
      '--',
      '.',
      ':(exclude)bench/results',
    );
    return { commit, dirty: changes !== '' };
  } catch {
    return { commit: null, dirty: null };
  }
}

/** A target as the table prints it: "≤ 1.3×", "≥ 1,000 req/s", "within 10 % (≤ 1.1)". */
export function targetText(figure) {
  const { target } = figure;
  if (!target) return null;
  const main =
    target.text ??
    `${target.comparison} ${formatValue(target.value, figure, null)}`;
  return target.first
    ? `${main} (first ${target.first.comparison} ${formatValue(target.first.value, figure, null)})`
    : main;
}

/** A value with its unit; `decimals` null: as written (targets). */
export function formatValue(value, figure, decimals = figure.decimals) {
  const digits =
    decimals ?? Math.min(3, (String(value).split('.')[1] ?? '').length);
  const number = value.toLocaleString('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  if (figure.unit === '') return number;
  return figure.unit === '×' ? `${number}×` : `${number} ${figure.unit}`;
}

function entryOf(figure, value, run) {
  const { target } = figure;
  return {
    id: figure.id,
    label: figure.label,
    value,
    unit: figure.unit,
    target: target
      ? {
          comparison: target.comparison,
          value: target.value,
          ...(target.first ? { first: target.first } : {}),
          text: targetText(figure),
        }
      : null,
    met: meets(value, target),
    ...(target?.first ? { metFirst: meets(value, target.first) } : {}),
    run,
  };
}

function checkedValues(values, catalogue) {
  const checked = new Map();
  for (const [id, value] of Object.entries(values)) {
    const figure = figureOf(id, catalogue);
    if (value === null || value === undefined) continue;
    if (typeof value !== 'number' || !Number.isFinite(value))
      throw new Error(
        `Benchmark figure "${id}" must be a finite number, got ${JSON.stringify(value)}`,
      );
    // Two decimals beyond what the table prints: enough to re-round, no float noise.
    const scale = 10 ** (figure.decimals + 2);
    checked.set(id, Math.round(value * scale) / scale);
  }
  return checked;
}

/**
 * The document after a run: its figures replace theirs, every other figure
 * keeps its value and run (label, unit, target and met refreshed from the
 * catalogue), figures nobody measured are listed with value null, and entries
 * the catalogue no longer knows are kept at the end as they were.
 */
export function mergeFigures(document, values, run, catalogue = FIGURES) {
  const fresh = checkedValues(values, catalogue);
  const previous = new Map(
    (document?.figures ?? []).map((entry) => [entry.id, entry]),
  );
  const figures = catalogue.map((figure) => {
    if (fresh.has(figure.id)) return entryOf(figure, fresh.get(figure.id), run);
    const old = previous.get(figure.id);
    return typeof old?.value === 'number'
      ? entryOf(figure, old.value, old.run ?? null)
      : entryOf(figure, null, null);
  });
  const known = new Set(catalogue.map((figure) => figure.id));
  const unknown = [...previous.values()].filter((e) => !known.has(e.id));
  return { about: ABOUT, figures: [...figures, ...unknown] };
}

/** The parsed file, or null when there is none yet. */
export function readResults(file) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if (error.code === 'ENOENT') return null;
    throw error;
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`${file} is not valid JSON (${error.message})`);
  }
}

/** Writes `document` so that a reader sees the old file or the new one, never half of one. */
export function writeResults(file, document) {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, `${JSON.stringify(document, null, 2)}\n`);
    renameSync(temporary, file);
  } finally {
    rmSync(temporary, { force: true });
  }
}

/**
 * Merges one run's figures into latest.json (BENCH_RESULTS_FILE overrides the
 * path, e.g. for a trial run whose figures should not be kept).
 * values: { [figure id]: number | null } — null or absent: not measured here.
 */
export function recordFigures({
  root,
  bench,
  values,
  date = new Date().toISOString(),
  parameters = {},
  machine = {},
  file = process.env.BENCH_RESULTS_FILE ?? join(root, LATEST),
}) {
  const run = {
    bench,
    date,
    ...gitState(root),
    parameters,
    machine: machineFacts(machine),
  };
  const document = mergeFigures(readResults(file), values, run);
  writeResults(file, document);
  const recorded = Object.values(values).filter(
    (value) => typeof value === 'number',
  ).length;
  return { file, recorded };
}

// The load step's figures for one API_PROCESSES value: the median over its
// rounds (the worst for errors). Shared by the bench's own table
// (load-step.mjs) and bench/results/latest.json (report-figures.mjs).
const median = (values) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** One entry per API_PROCESSES value the step ran, in the order first run. */
export function summarizeLoad(load) {
  const counts = [...new Set((load?.runs ?? []).map((run) => run.processes))];
  return counts.map((processes) => {
    const runs = load.runs.filter((run) => run.processes === processes);
    const mid = (pick) => median(runs.map(pick));
    return {
      processes,
      rounds: runs.length,
      p99Ms: mid((run) => run.mix.p99Ms),
      requestsPerSecond: mid((run) => run.mix.requestsPerSecond),
      errors: Math.max(...runs.map((run) => run.mix.errors)),
      apiMsPerRequest: mid((run) => run.mix.cpu.apiMsPerRequest),
      postgresMsPerRequest: mid((run) => run.mix.cpu.postgresMsPerRequest),
      trivialApiMsPerRequest: mid((run) => run.trivial.cpu.apiMsPerRequest),
    };
  });
}

// The table the benchmark prints.
const mark = (ok) => (ok ? 'ok' : 'MISSED');

function table(header, lines) {
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const row = (cells) => `| ${cells.map((c, i) => c.padStart(widths[i])).join(' | ')} |`;
  return [row(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...lines.map(row)].join('\n');
}

export function printTable(report, targets) {
  console.log('');
  console.log(`ESM Planner benchmarks — ${report.date} — ${report.machine.cpu}, ${report.machine.cores} cores, ${report.machine.totalMemoryGb} GB, Node ${report.machine.node}`);
  console.log(report.machine.postgres);
  const imports = report.results.map((r) => [
    r.rows.toLocaleString('en'),
    (r.import.ms / 1000).toFixed(2),
    (r.rawCopy.ms / 1000).toFixed(2),
    `${r.importRatio.toFixed(2)} ${r.rows >= targets.importRatioFromRows ? mark(r.importRatio <= targets.importRatio) : 'info'}`,
    r.import.usPerRow.toFixed(1),
    r.rawCopy.usPerRow.toFixed(1),
    `${r.import.peakRssMb.toFixed(0)} ${mark(r.import.peakRssMb <= targets.peakRssMb)}`,
  ]);
  console.log(table(['rows', 'import s', 'psql \\copy s', 'import÷copy', 'µs/row import', 'µs/row copy', 'peak RSS MB'], imports));
  const metrics = [...report.results, ...(report.scale ? [report.scale] : [])].map((r) => [
    `${r.rows.toLocaleString('en')}${r === report.scale ? ' (SQL-generated)' : ''}`,
    r.serviceMetrics.graphql.p95Ms.toFixed(1),
    r.serviceMetrics.rollupSql.p95Ms.toFixed(2),
    `${r.serviceMetrics.ratio.toFixed(2)} ${mark(r.serviceMetrics.ratio <= targets.metricsRatio)}`,
    r.serviceMetrics.rawSql.p95Ms.toFixed(1),
    r.serviceMetrics.ratioToRaw.toFixed(3),
    r.serviceMetrics.totalsAgree ? 'yes' : 'NO',
  ]);
  console.log('');
  console.log(table(['rows', 'serviceMetrics p95 ms', 'rollup SQL p95 ms', 'metrics÷rollup SQL', 'raw request_fact SQL p95 ms', 'metrics÷raw SQL', 'figures agree'], metrics));
  console.log(`Targets: import÷copy ≤ ${targets.importRatio} at ${targets.importRatioFromRows.toLocaleString('en')} rows and more (smaller runs: time per row); peak RSS ≤ ${targets.peakRssMb} MB and flat (growth here ${report.summary.peakRssGrowthMb} MB); metrics÷SQL ≤ ${targets.metricsRatio}; p95 ≤ ${targets.p95AtScaleMs} ms at 10 M.`);
  console.log('');
}

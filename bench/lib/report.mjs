// The table the benchmark prints.
const mark = (ok) => (ok ? 'ok' : 'MISSED');

function table(header, lines) {
  const widths = header.map((h, i) =>
    Math.max(h.length, ...lines.map((l) => l[i].length)),
  );
  const row = (cells) =>
    `| ${cells.map((c, i) => c.padStart(widths[i])).join(' | ')} |`;
  return [
    row(header),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...lines.map(row),
  ].join('\n');
}

export function printTable(report, targets) {
  console.log('');
  console.log(
    `ESM Planner benchmarks — ${report.date} — ${report.machine.cpu}, ${report.machine.cores} cores, ${report.machine.totalMemoryGb} GB, Node ${report.machine.node}`,
  );
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
  if (imports.length > 0)
    console.log(
      table(
        [
          'rows',
          'import s',
          'psql \\copy s',
          'import÷copy',
          'µs/row import',
          'µs/row copy',
          'peak RSS MB',
        ],
        imports,
      ),
    );
  if (report.exports) {
    const rows = [report.exports.serviceNowLog, report.exports.workOrders].map(
      (r) => [
        r.label,
        `${(r.bytes / 1e6).toFixed(1)} MB, ${r.rowsRead.toLocaleString('en')} rows`,
        (r.import.ms / 1000).toFixed(2),
        (r.rawCopy.ms / 1000).toFixed(2),
        `${r.ratio.toFixed(2)} ${mark(r.ratio <= r.target)} (≤ ${r.target})`,
        r.cpuRatio === null
          ? '—'
          : `${r.import.cpuS.toFixed(1)} ÷ ${r.rawCopy.cpuS.toFixed(2)} = ${r.cpuRatio.toFixed(1)}`,
        `${r.rowsStored.toLocaleString('en')} / ${r.rowsSkipped.toLocaleString('en')}`,
        r.answersAgree ? 'yes' : 'NO',
        `${r.import.peakRssMb.toFixed(0)} ${mark(r.import.peakRssMb <= targets.peakRssMb)}`,
      ],
    );
    console.log('');
    console.log(
      'Vendor and mapped exports: import through the API ÷ psql \\copy of the same file into a text table (wall time; CPU seconds for information)',
    );
    console.log(
      table(
        [
          'export',
          'file',
          'import s',
          'psql \\copy s',
          'import÷copy',
          'CPU s import ÷ copy',
          'stored / skipped',
          'answers agree',
          'peak RSS MB',
        ],
        rows,
      ),
    );
  }
  const all = [...report.results, ...(report.scale ? [report.scale] : [])];
  if (all.length === 0) return;
  const label = (r) =>
    `${r.rows.toLocaleString('en')}${r === report.scale ? ' (SQL-generated)' : ''}`;
  // The target row: the department dashboard query against its resolvers' SQL.
  const dashboard = all.map((r) => [
    label(r),
    `${r.dashboard.graphql.p95Ms.toFixed(1)} (${r.dashboard.graphql.medianMs.toFixed(1)})`,
    `${r.dashboard.sql.p95Ms.toFixed(2)} (${r.dashboard.sql.medianMs.toFixed(2)})`,
    String(r.dashboard.statements.length),
    `${r.dashboard.ratio.toFixed(2)} ${mark(r.dashboard.ratio <= targets.metricsRatio)}`,
    r === report.scale
      ? `${r.dashboard.graphql.p95Ms.toFixed(1)} ${mark(r.dashboard.graphql.p95Ms <= targets.p95AtScaleMs)}`
      : '—',
    r.dashboard.figuresAgree ? 'yes' : 'NO',
  ]);
  console.log('');
  console.log(
    'Department dashboard query (IT: baseline + 26 weekly serviceMetrics + rollout plan), p95 (median)',
  );
  console.log(
    table(
      [
        'rows',
        'GraphQL ms',
        'its SQL ms',
        'statements',
        'GraphQL÷SQL',
        'p95 at scale',
        'figures agree',
      ],
      dashboard,
    ),
  );
  const metrics = all.map((r) => [
    label(r),
    r.serviceMetrics.graphql.p95Ms.toFixed(1),
    r.serviceMetrics.rollupSql.p95Ms.toFixed(2),
    `${r.serviceMetrics.ratio.toFixed(2)} ${mark(r.serviceMetrics.ratio <= targets.metricsRatio)}`,
    r.serviceMetrics.rawSql.p95Ms.toFixed(1),
    r.serviceMetrics.ratioToRaw.toFixed(3),
    r.serviceMetrics.totalsAgree ? 'yes' : 'NO',
  ]);
  console.log('');
  console.log('serviceMetrics alone (for information)');
  console.log(
    table(
      [
        'rows',
        'serviceMetrics p95 ms',
        'rollup SQL p95 ms',
        'metrics÷rollup SQL',
        'raw request_fact SQL p95 ms',
        'metrics÷raw SQL',
        'figures agree',
      ],
      metrics,
    ),
  );
  console.log(
    `Targets: import÷copy ≤ ${targets.importRatio} at ${targets.importRatioFromRows.toLocaleString('en')} rows and more (smaller runs: time per row); peak RSS ≤ ${targets.peakRssMb} MB and flat (growth here ${report.summary.peakRssGrowthMb} MB); dashboard GraphQL÷SQL ≤ ${targets.metricsRatio}; dashboard p95 ≤ ${targets.p95AtScaleMs} ms at 10 M.`,
  );
  console.log('');
}

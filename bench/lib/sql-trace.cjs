// Preloaded into the benchmark's API process (`node --require bench/lib/sql-trace.cjs …`) so the
// bench can replay "the same SQL run directly": the statements the resolvers of one GraphQL
// request send to PostgreSQL, with their parameters, exactly as the pg driver sends them.
//
// SIGUSR2 starts recording (the file then reads "RECORDING"); the next SIGUSR2 writes what was
// recorded, as JSON [{ text, values }], to BENCH_SQL_TRACE_FILE and stops. Off (one comparison
// per query) until then; the API itself knows nothing of this.
const { writeFileSync } = require('node:fs');

const file = process.env.BENCH_SQL_TRACE_FILE;
if (file) {
  const pg = require('pg');
  const { prepareValue } = require('pg/lib/utils');
  const query = pg.Client.prototype.query;
  let recording = null;
  pg.Client.prototype.query = function tracedQuery(config, values, callback) {
    if (recording) {
      const text = typeof config === 'string' ? config : config?.text;
      const parameters = Array.isArray(values)
        ? values
        : (config?.values ?? []);
      // As the driver serialises them (Dates, arrays, JSON), so a replay sends the same bytes.
      if (text)
        recording.push({
          text,
          values: parameters.map((value) => prepareValue(value)),
        });
    }
    return query.call(this, config, values, callback);
  };
  process.on('SIGUSR2', () => {
    if (recording === null) {
      recording = [];
      writeFileSync(file, 'RECORDING');
    } else {
      writeFileSync(file, JSON.stringify(recording));
      recording = null;
    }
  });
}

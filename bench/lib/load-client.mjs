#!/usr/bin/env node
// The load generator of bench/dashboard-and-load.mjs, in a process of its own: autocannon's
// event loop shares nothing with the bench (browser driver, database client), its CPU is
// counted apart from the API's, and a slow bench cannot delay reading responses.
//
//   node bench/lib/load-client.mjs '<json: { url, connections, duration, requests }>'
// `requests`: { headers, body } as a page sent them (lib/page-requests.mjs), cycled in order.
// Prints one JSON line: autocannon's figures and the count of GraphQL errors in 200 responses.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const autocannon = require('autocannon');

const { url, connections, duration, requests } = JSON.parse(process.argv[2]);
let graphqlErrors = 0;
const cpuBefore = process.cpuUsage();
const result = await autocannon({
  url,
  connections,
  duration,
  requests: requests.map(({ headers, body }) => ({
    method: 'POST',
    path: '/graphql',
    headers,
    body,
    onResponse: (status, text) => {
      if (status === 200 && text.includes('"errors"')) graphqlErrors += 1;
    },
  })),
});
const cpu = process.cpuUsage(cpuBefore);
process.stdout.write(
  `${JSON.stringify({
    requests: result.requests.total,
    requestsPerSecond: result.requests.average,
    latency: result.latency,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    graphqlErrors,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
  })}\n`,
);

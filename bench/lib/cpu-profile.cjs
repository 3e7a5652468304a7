// A CPU profile of the dashboard query's timed runs, taken inside the bench's API process:
//
//   NODE_OPTIONS="--require ./bench/lib/cpu-profile.cjs" BENCH_CPU_PROFILE=/tmp/prof \
//     node bench/run.mjs --sizes 100000 --scale 0 --exports off
//
// (`node --cpu-prof` is refused in NODE_OPTIONS, and would profile the import and the warm-ups
// too.) The bench signals SIGUSR2 twice around its SQL capture, right after the warm-ups: the
// profiler starts at the second and stops after BENCH_CPU_PROFILE_REQUESTS HTTP requests (default
// 200: the dashboard's timed runs, between which the bench replays the SQL from its own process),
// then writes dashboard.cpuprofile (open it in Chrome DevTools or speedscope), dashboard.heapprofile
// (V8's sampling heap profiler, every 4 KiB allocated, collected objects included: who allocates)
// and summary.json (the process's CPU milliseconds per request, from process.cpuUsage, which a
// busy machine's neighbours change less than wall time; each garbage collection: kind and ms).
// BENCH_CPU_PROFILE_SAMPLING=off writes summary.json alone: the profilers' own threads would
// otherwise count in its CPU time. BENCH_CPU_PROFILE_HEAP=off leaves the heap profiler out, whose
// sampling slows the code that allocates most and so skews the CPU profile towards it. Only in the process that runs
// apps/api/scripts/start.mjs; elsewhere it does nothing.
const { writeFileSync, mkdirSync } = require('node:fs');
const { join } = require('node:path');

const dir = process.env.BENCH_CPU_PROFILE;
const isApi = process.argv.some((arg) => arg.endsWith('scripts/start.mjs'));
if (dir && isApi) {
  const inspector = require('node:inspector');
  const http = require('node:http');
  const { PerformanceObserver, constants } = require('node:perf_hooks');
  const limit = Number(process.env.BENCH_CPU_PROFILE_REQUESTS ?? 200);
  const session = new inspector.Session();
  session.connect();
  const gcKinds = {
    [constants.NODE_PERFORMANCE_GC_MINOR]: 'minor',
    [constants.NODE_PERFORMANCE_GC_MAJOR]: 'major',
    [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental',
    [constants.NODE_PERFORMANCE_GC_WEAKCB]: 'weakcb',
  };
  let signals = 0;
  let requests = -1;
  let gcs = [];
  const observer = new PerformanceObserver((list) => {
    if (requests < 0) return;
    for (const entry of list.getEntries())
      gcs.push({
        kind: gcKinds[entry.detail?.kind] ?? String(entry.detail?.kind),
        ms: Math.round(entry.duration * 1000) / 1000,
      });
  });
  observer.observe({ entryTypes: ['gc'] });
  let cpuAtStart = null;
  const write = (name, value) => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, name), JSON.stringify(value));
  };
  const sampling = process.env.BENCH_CPU_PROFILE_SAMPLING !== 'off';
  const heapSampling = process.env.BENCH_CPU_PROFILE_HEAP !== 'off';
  const summarise = (cpu) =>
    write('summary.json', {
      requests: limit,
      cpuMsPerRequest: (cpu.user + cpu.system) / 1000 / limit,
      gcs,
    });
  const stop = () => {
    const cpu = process.cpuUsage(cpuAtStart);
    if (!sampling) return summarise(cpu);
    session.post('Profiler.stop', (error, result) => {
      if (error) throw error;
      write('dashboard.cpuprofile', result.profile);
      if (!heapSampling) return summarise(cpu);
      session.post('HeapProfiler.stopSampling', (heapError, heap) => {
        if (heapError) throw heapError;
        write('dashboard.heapprofile', heap.profile);
        summarise(cpu);
      });
    });
  };
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function countedEmit(event, ...rest) {
    if (event === 'request' && requests >= 0) {
      requests += 1;
      if (requests === limit + 1) {
        requests = -1;
        stop();
      }
    }
    return emit.call(this, event, ...rest);
  };
  process.on('SIGUSR2', () => {
    signals += 1;
    if (signals !== 2) return;
    if (!sampling) {
      requests = 0;
      gcs = [];
      cpuAtStart = process.cpuUsage();
      return;
    }
    const start = () =>
      session.post('Profiler.start', () => {
        requests = 0;
        gcs = [];
        cpuAtStart = process.cpuUsage();
      });
    const heapOptions = {
      samplingInterval: 4096,
      includeObjectsCollectedByMajorGC: true,
      includeObjectsCollectedByMinorGC: true,
    };
    session.post('Profiler.enable', () =>
      session.post('Profiler.setSamplingInterval', { interval: 100 }, () =>
        heapSampling
          ? session.post('HeapProfiler.startSampling', heapOptions, start)
          : start(),
      ),
    );
  });
}

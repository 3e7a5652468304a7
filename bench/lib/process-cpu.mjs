// CPU seconds of processes, from /proc (Linux): utime + stime, threads
// included. A snapshot per process; a process found only in the later
// snapshot started in between and counts whole (a connection a pool opened
// under load); one that ended in between is lost (pools keep theirs).
import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100;

function stat(pid) {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may hold spaces: fields are counted after its ')'.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return {
      ppid: Number(fields[1]),
      ticks: Number(fields[11]) + Number(fields[12]),
    };
  } catch {
    return null; // gone
  }
}

function cmdline(pid) {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return '';
  }
}

const allPids = () =>
  readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map(Number);

/** `root` and every process descended from it (the API's primary and its workers). */
export function processTree(root) {
  const children = new Map();
  for (const pid of allPids()) {
    const info = stat(pid);
    if (!info) continue;
    if (!children.has(info.ppid)) children.set(info.ppid, []);
    children.get(info.ppid).push(pid);
  }
  const tree = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift();
    tree.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

/** PostgreSQL's backends connected to `database` (their title names it), or every PostgreSQL process. */
export function postgresPids(database) {
  return allPids().filter((pid) => {
    const line = cmdline(pid);
    if (!line.startsWith('postgres')) return false;
    return database ? line.includes(` ${database} `) : true;
  });
}

/** A snapshot: ticks per pid. */
export function cpuSnapshot(pids) {
  const ticks = new Map();
  for (const pid of pids) {
    const info = stat(pid);
    if (info) ticks.set(pid, info.ticks);
  }
  return ticks;
}

/** CPU seconds used between two snapshots. */
export function cpuSecondsBetween(before, after) {
  let ticks = 0;
  for (const [pid, value] of after) ticks += value - (before.get(pid) ?? 0);
  return ticks / TICKS_PER_SECOND;
}

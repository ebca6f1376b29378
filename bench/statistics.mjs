// The benchmark's arithmetic, and the CPU time it reads from /proc (Linux; null elsewhere).

import { readdirSync, readFileSync } from "node:fs";

export const round2 = (value) => Math.round(value * 100) / 100;
export const round3 = (value) => Math.round(value * 1000) / 1000;

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The run with the highest rate: the one least disturbed by whatever else shares the machine. */
export const best = (runs) => runs.reduce((a, b) => (b.rps > a.rps ? b : a));

export const mb = (bytes) => round2(bytes / 2 ** 20);
export const kb = (bytes) => (bytes == null ? "?" : `${Math.round(bytes / 1024)} KB`);

/** The fields of /proc/<pid>/stat after the command name (which may hold spaces). */
function statFields(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  return stat.slice(stat.lastIndexOf(")") + 2).split(" ");
}

const TICKS_PER_SECOND = 100;

/**
 * CPU seconds (user + system) of a process, every thread included; with `children`, also those
 * of its children that have ended and been waited for (a closed PostgreSQL backend, a finished
 * load generator). Null when it cannot be read.
 */
export function cpuSeconds(pid, { children = false } = {}) {
  try {
    const fields = statFields(pid);
    // utime, stime; cutime, cstime
    const indexes = children ? [11, 12, 13, 14] : [11, 12];
    return indexes.reduce((sum, i) => sum + Number(fields[i]), 0) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

/**
 * A process's CPU time to the nanosecond: each thread's run time (/proc/<pid>/task/<tid>/schedstat),
 * with the clock-tick total beside it for threads that end between two readings.
 */
export function threadTimes(pid) {
  const threads = new Map();
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      try {
        const ns = Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, "utf8").split(" ")[0]);
        threads.set(tid, ns);
      } catch {
        // Ended meanwhile.
      }
    }
  } catch {
    return null;
  }
  return { threads, ticks: cpuSeconds(pid) };
}

/**
 * Milliseconds of CPU between two threadTimes() readings: from the threads' run times when every
 * thread of the first reading is still there (new ones count whole), else from the clock ticks
 * (10 ms each), which keep the time of threads that have ended (bcrypt's workers stop when idle).
 */
export function cpuMsBetween(before, after) {
  const lost = [...before.threads.keys()].some((tid) => !after.threads.has(tid));
  if (lost) return Math.round((after.ticks - before.ticks) * 1000);
  let ns = 0;
  for (const [tid, value] of after.threads) ns += value - (before.threads.get(tid) ?? 0);
  return round2(ns / 1e6);
}

/** Parses the ticks of a /proc stat line a shell printed for itself: its waited-for children. */
export function childrenSecondsOf(statLine) {
  const fields = statLine.slice(statLine.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[13]) + Number(fields[14])) / TICKS_PER_SECOND;
}

export function parentOf(pid) {
  try {
    return Number(statFields(pid)[1]);
  } catch {
    return 0;
  }
}

/**
 * CPU seconds of one PostgreSQL cluster: its postmaster (with the backends that have ended) and
 * the processes it runs now. Only this cluster's: other servers on a shared machine are not
 * counted.
 */
export function clusterSeconds(postmaster) {
  if (!postmaster) return null;
  let total = cpuSeconds(postmaster, { children: true });
  if (total === null) return null;
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name) || parentOf(name) !== postmaster) continue;
    total += cpuSeconds(name, { children: true }) ?? 0;
  }
  return total;
}

/** Resident size now and at its peak (VmRSS, VmHWM), in MB. */
export function memoryOf(pid) {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (name) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1]);
  return { rss_mb: round2(kb("VmRSS") / 1024), peak_mb: round2(kb("VmHWM") / 1024) };
}

/** Total and stolen CPU time of the machine so far (/proc/stat), or null. */
export function machineTimes() {
  try {
    const fields = readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/).slice(1)
      .map(Number);
    return { total: fields.reduce((a, b) => a + b, 0), steal: fields[7] ?? 0 };
  } catch {
    return null;
  }
}

/**
 * The CPU time the host took from this machine (steal) since `since`, as a share of all CPU
 * time: on a shared virtual machine, the figure that says how far to trust a run.
 */
export function stealPercent(since) {
  const now = machineTimes();
  if (!since || !now || now.total === since.total) return "unknown";
  return `${(100 * (now.steal - since.steal) / (now.total - since.total)).toFixed(1)} %`;
}

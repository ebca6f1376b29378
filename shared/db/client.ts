/**
 * The Postgres client: connections from DATABASE_URL, or SUPABASE_DB_URL (which the platform
 * sets). Hosted, set DATABASE_URL (a secret) to Supabase's pooler in transaction mode: nothing
 * here outlives a transaction (no prepared statements, no session state), as that mode requires.
 *
 * Two pools, each of up to DB_POOL_MAX connections, opened as they are needed:
 * - `database()`: whole messages, each its own (implicit) transaction, pipelined several to a
 *   connection: the statements of shared/db/transaction.ts, health checks.
 * - `transactionPool()`: connections reserved for one transaction at a time (BEGIN ... COMMIT).
 * Kept apart because postgres.js pipelines a new query onto a busy connection: a message that
 * landed on a connection inside someone's explicit transaction would run in it, with its own
 * claims, and a failure there would abort the other request's work.
 */
import postgres from "postgres";
import { config } from "../config.ts";
import { perConfig } from "../per_config.ts";
import { DatabaseUnavailableError } from "./errors.ts";
import {
  isoTimestamp,
  parseTextArray,
  serializeTextArray,
  serializeTimestamp,
  type TextArray,
} from "./wire_types.ts";

/** Custom type parsers (wire_types.ts; numeric as number): part of every query helper's type. */
type Types = { numeric: number; date: string; textArray: TextArray };
export type Sql = postgres.Sql<Types>;
/** A connection reserved for one transaction (shared/db/transaction.ts). */
export type TransactionSql = postgres.ReservedSql<Types>;

interface Pools {
  messages: Sql;
  transactions: Sql;
}

/** The configuration's pools, opened on first use and again after they are replaced. */
const pools = perConfig((): Pools => {
  guardDriverCrash();
  return { messages: openPool(), transactions: openPool() };
});

/** The pool for whole messages (see above). */
export function database(): Sql {
  return pools().messages;
}

/** The pool whose connections are reserved for one transaction each. */
export function transactionPool(): Sql {
  return pools().transactions;
}

/**
 * A pool as the functions open it. `prepare: true` is for the benchmark's baseline alone (the
 * same read as a named prepared statement, which Supabase's transaction pooler cannot keep).
 */
export function openPool({ prepare = false }: { prepare?: boolean } = {}): Sql {
  const { databaseUrl, db } = config();
  return postgres(databaseUrl, {
    max: db.poolMax,
    prepare,
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
    // See wire_types.ts: the API's own forms, read in a fraction of the defaults' time.
    types: {
      date: {
        to: 1184,
        from: [1082, 1114, 1184],
        serialize: serializeTimestamp,
        parse: isoTimestamp,
      },
      textArray: { to: 1009, from: [1009], serialize: serializeTextArray, parse: parseTextArray },
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

/**
 * A query's answer, or 503 when the database has stopped answering. A statement may rightly take
 * up to the statement timeout (the server cancels it then: 57014, also a 503), so a slow answer
 * alone proves nothing; but a frozen or unreachable server never answers, and a request must not
 * wait for it. So once a query has waited PROBE_AFTER_MS, the probe's own connection asks the
 * server for `select 1` (one probe at a time, shared by every waiting query): a server that
 * cannot answer that within the connect timeout is taken for dead, and the pools are replaced,
 * which fails every query still waiting on them at once (CONNECTION_DESTROYED: 503). A probe
 * that answers lets the query wait on; when `bounded`, only up to the connect and statement
 * timeouts, after which the same happens. (A transaction is not bounded so: it may hold slow
 * work of its own, such as storing an uploaded file, and each of its statements is bounded by
 * the server.)
 */
export function databaseAnswers<T>(pending: Promise<T>, bounded = true): Promise<T> {
  const { db } = config();
  // The pools the query went to: only those are replaced (new ones may be serving already).
  const current = pools.peek();
  const probeTimer = setTimeout(() => {
    probeDatabase().then((alive) => {
      if (!alive) replaceDatabasePool("the database did not answer a probe", current);
    });
  }, PROBE_AFTER_MS);
  const answer = bounded
    ? within(pending, db.connectTimeoutSeconds * 1000 + db.statementTimeoutMs + 1000, () => {
      replaceDatabasePool("a query outlived its timeouts", current);
      throw new DatabaseUnavailableError();
    })
    : pending;
  return answer.finally(() => clearTimeout(probeTimer));
}

/**
 * The server's version, read on the pool for whole messages: a health check's round trip. It
 * fails once the connect timeout passes, even when a pooled connection is still open to the
 * server (a frozen server, a network partition): a health check must answer, not wait.
 */
export async function serverVersion(): Promise<string> {
  const [{ version }] = await within(
    database().unsafe<{ version: string }[]>(
      "select current_setting('server_version') as version",
    ),
    config().db.connectTimeoutSeconds * 1000,
    () => {
      throw new DatabaseUnavailableError();
    },
  );
  return version;
}

/**
 * `pending`, or, when `ms` pass first, what `onTimeout` returns (or throws); the timer is
 * cleared either way.
 */
export function within<T, U>(pending: Promise<T>, ms: number, onTimeout: () => U): Promise<T | U> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([
    pending,
    new Promise<U>((resolve, reject) => {
      timer = setTimeout(() => {
        try {
          resolve(onTimeout());
        } catch (error) {
          reject(error);
        }
      }, ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/** How long a query waits before the database is asked whether it is there at all. */
const PROBE_AFTER_MS = 250;
let probing: Promise<boolean> | undefined;
/**
 * The probe's own connection, kept open between probes: under load many queries wait past
 * PROBE_AFTER_MS, and a new connection per probe (a server process forked, a password checked)
 * would add to the load it is asked about. One that fails is closed; the next probe opens anew.
 */
const prober = perConfig(({ databaseUrl, db }) =>
  postgres(databaseUrl, {
    max: 1,
    prepare: false,
    connect_timeout: db.connectTimeoutSeconds,
    idle_timeout: 60,
    onnotice: () => {},
  })
);

/** Whether the server answers `select 1` within the connect timeout. */
function probeDatabase(): Promise<boolean> {
  probing ??= (async () => {
    const { db } = config();
    const probe = prober();
    let alive = false;
    try {
      alive = await within(
        probe`select 1`.then(() => true),
        db.connectTimeoutSeconds * 1000,
        () => false,
      );
    } catch {
      alive = false;
    } finally {
      if (!alive) {
        if (prober.peek() === probe) prober.forget();
        probe.end({ timeout: 0 }).catch(() => {});
      }
      probing = undefined;
    }
    return alive;
  })();
  return probing;
}

/** Closes the pools and the probe's connection (tests and the local stack on shutdown). */
export async function closeDatabase(): Promise<void> {
  const current = pools.peek();
  const probe = prober.peek();
  pools.forget();
  prober.forget();
  await probe?.end({ timeout: 5 });
  await Promise.all([
    current?.messages.end({ timeout: 5 }),
    current?.transactions.end({ timeout: 5 }),
  ]);
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
 * Drops the pools for new ones (opened by the next query): their connections are destroyed, and
 * whatever still waits on them fails with CONNECTION_DESTROYED (503). `broken` names the pools
 * found broken; once they have been replaced, the next ones are left alone.
 */
export function replaceDatabasePool(
  reason: string,
  broken: Pools | undefined = pools.peek(),
): void {
  if (!broken || broken !== pools.peek()) return;
  console.error(`database: ${reason}; replacing the connection pools`);
  pools.forget();
  for (const pool of [broken.messages, broken.transactions]) {
    pool.end({ timeout: 0 }).catch(() => {});
  }
}

export function isDriverNullSocketWrite(error: unknown): boolean {
  return error instanceof TypeError && /\(reading 'write'\)/.test(error.message);
}

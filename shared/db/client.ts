/**
 * The one Postgres client: connections from DATABASE_URL, or SUPABASE_DB_URL (which the platform
 * sets). Hosted, set DATABASE_URL (a secret) to Supabase's pooler in transaction mode: nothing
 * here outlives a transaction (no prepared statements, no session state), as that mode requires.
 */
import postgres from "postgres";
import { config } from "../config.ts";

/** Custom type parsers (numeric as number): part of every query helper's type. */
type Types = { numeric: number };
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
        statement_timeout: db.statementTimeoutMs,
        idle_in_transaction_session_timeout: 15_000,
      },
      types: {
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
 * whatever still waits on them fails with CONNECTION_DESTROYED (503).
 */
export function replaceDatabasePool(reason: string): void {
  console.error(`database: ${reason}; replacing the connection pool`);
  const broken = client;
  client = undefined;
  broken?.end({ timeout: 0 }).catch(() => {});
}

export function isDriverNullSocketWrite(error: unknown): boolean {
  return error instanceof TypeError && /\(reading 'write'\)/.test(error.message);
}

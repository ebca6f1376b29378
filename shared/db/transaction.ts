/**
 * The one path for a query made on someone's behalf: a transaction that switches to the
 * `authenticated` role and sets `request.jwt.claims` as PostgREST does, so row-level security
 * applies to our own queries exactly as it would to the Data API.
 *
 * The setup costs no round trip of its own. BEGIN, the session check, the role and the claims
 * are one simple-protocol message with no parameters (the values are checked UUIDs and an
 * escaped string literal), so postgres.js writes the first query right behind it and the server
 * answers both together. Why literals: with `prepare: false` (required by Supabase's
 * transaction pooler) postgres.js sends every statement that has parameters as Parse + Describe
 * first and its Bind + Execute only once the server has named the parameter types; such a
 * statement costs two round trips and nothing behind it is written until it is done. With
 * parameters, the setup alone cost four round trips more than the query; now a transaction of
 * one parameterized query costs three (setup and Describe, Execute, COMMIT), one more than the
 * same query outside a transaction.
 */
import type postgres from "postgres";
import type { Principal } from "../auth/principal.ts";
import { config } from "../config.ts";
import { ServiceUnavailableError, UnauthorizedError } from "../http/errors.ts";
import { isConnectionLost } from "./errors.ts";
import {
  database,
  replaceDatabasePool,
  type ServiceTransactionSql,
  type TransactionSql,
} from "./client.ts";

const ROLLBACK_TIMEOUT_MS = 2_000;

// deno-lint-ignore no-explicit-any
type AnyPending = postgres.PendingQuery<any>;
type Work<T> = (tx: TransactionSql) => Promise<T> | AnyPending | readonly AnyPending[];

/** Runs `work` as `principal`, under row-level security, in one transaction. */
export async function withUserTransaction<Q extends AnyPending>(
  principal: Principal,
  work: (tx: TransactionSql) => Q,
): Promise<Awaited<Q>>;
export async function withUserTransaction<Q extends readonly AnyPending[]>(
  principal: Principal,
  work: (tx: TransactionSql) => readonly [...Q],
): Promise<{ -readonly [K in keyof Q]: Awaited<Q[K]> }>;
export async function withUserTransaction<T>(
  principal: Principal,
  work: (tx: TransactionSql) => Promise<T>,
): Promise<T>;
export async function withUserTransaction<T>(principal: Principal, work: Work<T>): Promise<T> {
  const tx = await reserveConnection();
  let lost = false;
  try {
    // `execute()` writes the message now, ahead of anything `work` issues. A revoked session
    // raises inside the transaction, so nothing behind it in this batch can commit.
    const ready = answeredInTime(tx.unsafe(setupStatements(principal)).execute(), () => {
      lost = true;
    });
    ready.catch(() => {});

    const outcome = work(tx);
    const queries = Array.isArray(outcome) ? outcome : [outcome];
    if (queries.every(isPendingQuery)) {
      // Queries issued at once (no await between them): each is written as soon as the
      // connection takes it, COMMIT right behind them; it turns into ROLLBACK if anything
      // before it failed.
      for (const query of queries) query.execute().catch(() => {});
      const commit = tx`commit`.execute();
      commit.catch(() => {});
      await ready;
      const results = await Promise.all(queries);
      await commit;
      return (Array.isArray(outcome) ? results : results[0]) as T;
    }
    const pending = outcome as Promise<T>;
    // Awaited after `ready`; a failure reported first there must not leave this unhandled.
    pending.catch(() => {});
    await ready;
    const result = await pending;
    await tx`commit`;
    return result;
  } catch (error) {
    // On a lost connection a ROLLBACK would wait forever, and the server has already rolled
    // back; on a live one, bound the wait so a request never hangs on its cleanup.
    lost ||= isConnectionLost(error);
    if (!lost) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      await Promise.race([
        tx`rollback`.catch(() => {}),
        new Promise((resolve) => timer = setTimeout(resolve, ROLLBACK_TIMEOUT_MS)),
      ]);
      clearTimeout(timer);
    }
    throw error;
  } finally {
    // A lost connection is back in the pool's closed set already, to be reconnected; released,
    // postgres.js would put it in the open set, and the next query on it would write to a socket
    // that is gone (see client.ts).
    if (!lost) tx.release();
  }
}

/**
 * BEGIN, then (for a recruiter with a Supabase Auth session) the session check, run before the
 * switch to `authenticated` (which may not call it), then the role and the claims as PostgREST
 * sets them; each setting local to the transaction.
 */
function setupStatements(principal: Principal): string {
  // Verified tokens are cached (shared/auth/jwt.ts): one claims object per token, so a token's
  // setup is written once, not once per request.
  let setup = setups.get(principal.claims);
  if (setup === undefined) {
    setup = buildSetup(principal);
    setups.set(principal.claims, setup);
  }
  return setup;
}

const setups = new WeakMap<object, string>();

function buildSetup(principal: Principal): string {
  const statements = ["begin"];
  // A logged-out (or expired) Supabase Auth session refuses its tokens at once, not at `exp`.
  if (principal.kind === "recruiter" && principal.sessionId) {
    statements.push(
      `select private.assert_active_session(${uuidLiteral(principal.sessionId)}, ${
        uuidLiteral(principal.userId)
      })`,
    );
  }
  statements.push(
    "select set_config('role', 'authenticated', true), " +
      `set_config('request.jwt.claims', ${textLiteral(JSON.stringify(principal.claims))}, true)`,
  );
  return statements.join("; ");
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A UUID as a literal; a token naming anything else as its user or session is refused. */
function uuidLiteral(value: string): string {
  if (!UUID.test(value)) {
    throw new UnauthorizedError("The access token is invalid.", "INVALID_TOKEN");
  }
  return `'${value}'::uuid`;
}

/**
 * Text as an escape string constant (E'...'): backslashes and quotes doubled, which means the
 * same whatever `standard_conforming_strings` is. JSON never holds a raw NUL (JSON.stringify
 * writes control characters as \u escapes), the one character a literal cannot carry.
 */
function textLiteral(value: string): string {
  return `E'${value.replaceAll("\\", "\\\\").replaceAll("'", "''")}'`;
}

/**
 * How long getting a working connection may take: one from the pool, and its first answer. A
 * database that is down, frozen or unreachable answers 503 within this, never a hang.
 */
function connectionDeadlineMs(): number {
  return config().db.connectTimeoutSeconds * 1000;
}

function unavailable() {
  return new ServiceUnavailableError(
    "The database is unavailable; try again shortly.",
    "DATABASE_UNAVAILABLE",
  );
}

/**
 * A connection from the pool, or 503 once the deadline passes. (postgres.js 3.4.9 can also lose a
 * waiting reservation when the connection opened for it had been closed before: it would never
 * be answered.) A connection that comes after it was given up on goes straight back.
 */
async function reserveConnection(): Promise<TransactionSql> {
  const reservation = database().reserve();
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await Promise.race([
      reservation,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          reservation.then((late) => late.release(), () => {});
          reject(unavailable());
        }, connectionDeadlineMs());
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The transaction's first answer, or 503 once the deadline passes: a connection that takes
 * longer to answer BEGIN is dead or its server frozen. Such a connection cannot be reused (what
 * was written to it may still be unsent), so the pool is replaced: everything still waiting on
 * the old one fails at once (503) instead of waiting for a server that may never answer.
 */
function answeredInTime<T>(first: Promise<T>, dead: () => void): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([
    first,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        dead();
        replaceDatabasePool("a connection did not answer in time");
        reject(unavailable());
      }, connectionDeadlineMs());
    }),
  ]).finally(() => clearTimeout(timer));
}

function isPendingQuery(value: unknown): value is AnyPending {
  return typeof (value as { execute?: unknown })?.execute === "function";
}

/**
 * Service-level work, outside row-level security: identity store bookkeeping, rate limits,
 * redeeming a ticket for a caller who has no identity yet. Named as such wherever it is used.
 */
export async function withServiceTransaction<T>(
  work: (tx: ServiceTransactionSql) => Promise<T>,
): Promise<T> {
  // Bounded as a whole: its statements by the statement timeout, getting a connection by the
  // connect timeout. Past both, its connection is taken for dead (see answeredInTime).
  const { db } = config();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const transaction = database().begin(work) as Promise<T>;
  return await Promise.race([
    transaction,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        transaction.catch(() => {});
        replaceDatabasePool("a transaction outlived its timeouts");
        reject(unavailable());
      }, db.statementTimeoutMs + db.connectTimeoutSeconds * 1000 + 1000);
    }),
  ]).finally(() => clearTimeout(timer));
}

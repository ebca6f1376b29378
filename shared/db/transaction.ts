/**
 * The one path for a query made on someone's behalf: the transaction switches to the
 * `authenticated` role and sets `request.jwt.claims` as PostgREST does, so row-level security
 * applies to our own queries exactly as it would to the Data API.
 *
 * Two shapes of work:
 *
 * - Statements (shared/db/statement.ts), one or several: the caller's setup and the statements
 *   go as ONE simple-protocol message, which Postgres runs as one implicit transaction: one
 *   round trip, two statements for a single read (the setup, `private.assume_caller`, and the
 *   read), and no connection reserved, so the pool pipelines requests on its connections. A
 *   statement that fails rolls the whole message back; the setup's settings end with it, so
 *   nothing leaks into the pool. Almost every route's work fits this shape.
 * - A function of a reserved connection, for work that decides what to write from what it read
 *   (state machines, files beside rows): BEGIN and the setup are written at once, ahead of the
 *   function's first query, and COMMIT (or ROLLBACK) follows.
 *
 * Why literals and not parameters: with `prepare: false` (required by Supabase's transaction
 * pooler) postgres.js sends a statement that has parameters as Parse + Describe first and its
 * Bind + Execute only once the server has named the parameter types, a round trip of its own
 * with nothing behind it written meanwhile; and the simple protocol, the only one that carries
 * several statements in one message, has no parameters at all.
 */
import type { Principal } from "../auth/principal.ts";
import { config } from "../config.ts";
import { asDatabaseError, isConnectionLost } from "./driver_errors.ts";
import { DatabaseUnavailableError } from "./errors.ts";
import {
  database,
  databaseAnswers,
  replaceDatabasePool,
  transactionPool,
  type TransactionSql,
  within,
} from "./client.ts";
import { sql, type Statement, textOf } from "./statement.ts";

const ROLLBACK_TIMEOUT_MS = 2_000;

type RowsOf<S> = S extends Statement<infer Row> ? Row[] : never;

declare const opaque: unique symbol;
/**
 * A reserved transaction as the work given to it holds it: something to run statements on with
 * `query`, and nothing else. The driver's own template, which binds parameters (a round trip of
 * its own, see above), cannot even be written on it.
 */
export type Transaction = { readonly [opaque]: true };

/** The connection behind each transaction, until it ends: a late query fails, never runs. */
const connections = new WeakMap<Transaction, TransactionSql>();

/** Runs `statement` as `principal`, under row-level security: its rows. */
export async function withUserTransaction<Row>(
  principal: Principal,
  statement: Statement<Row>,
): Promise<Row[]>;
/** Runs `statements` in order, in one transaction: the rows of each. */
export async function withUserTransaction<S extends readonly Statement<unknown>[]>(
  principal: Principal,
  statements: readonly [...S],
): Promise<{ -readonly [K in keyof S]: RowsOf<S[K]> }>;
/** Runs `work` on a connection of its own, in one transaction. */
export async function withUserTransaction<T>(
  principal: Principal,
  work: (tx: Transaction) => Promise<T>,
): Promise<T>;
export async function withUserTransaction(
  principal: Principal,
  work:
    | Statement<unknown>
    | readonly Statement<unknown>[]
    | ((tx: Transaction) => Promise<unknown>),
): Promise<unknown> {
  if (typeof work === "function") return await inTransaction(setupStatement(principal), work);
  const statements = Array.isArray(work) ? work : [work as Statement<unknown>];
  const results = await inOneMessage(principal, statements);
  return Array.isArray(work) ? results : results[0];
}

/** Runs a statement inside a function-shaped transaction: its rows. */
export async function query<Row>(tx: Transaction, statement: Statement<Row>): Promise<Row[]> {
  const connection = connections.get(tx);
  if (!connection) throw new TypeError("SQL: this transaction has ended");
  return await connection.unsafe(textOf(statement)) as unknown as Row[];
}

async function inOneMessage(
  principal: Principal,
  statements: readonly Statement<unknown>[],
): Promise<unknown[][]> {
  const text = [setupStatement(principal), ...statements.map(textOf)].join(";\n");
  // Several statements in one message: postgres.js answers with the rows of each, in order.
  const results = await databaseAnswers(database().unsafe(text)).catch(raise);
  return (results as unknown as unknown[][]).slice(1);
}

/**
 * Service-level work, outside row-level security: identity store bookkeeping, rate limits,
 * redeeming a ticket for a caller who has no identity yet. Named as such wherever it is used.
 */
export function withServiceTransaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
  return inTransaction(null, work);
}

/**
 * `work` on a reserved connection between BEGIN (and `setup`, when given) and COMMIT, or
 * ROLLBACK when anything failed. (Not postgres.js's `begin()`: it can send its BEGIN on a
 * connection busy with other queries and, when that write is held back, never mark the
 * connection as taken, leaving the transaction open on a connection others are given.)
 */
function inTransaction<T>(
  setup: string | null,
  work: (tx: Transaction) => Promise<T>,
): Promise<T> {
  return databaseAnswers(reservedTransaction(setup, work), false).catch(raise);
}

/** What leaves this module: the database layer's own errors, or the work's (shared/db/errors.ts). */
function raise(error: unknown): never {
  throw asDatabaseError(error);
}

async function reservedTransaction<T>(
  setup: string | null,
  work: (tx: Transaction) => Promise<T>,
): Promise<T> {
  const tx = await reserveConnection();
  const transaction = {} as Transaction;
  connections.set(transaction, tx);
  let lost = false;
  try {
    // `execute()` writes the message now, ahead of anything `work` issues. A revoked session
    // raises inside the transaction, so nothing behind it can commit.
    const ready = answeredInTime(
      tx.unsafe(setup ? `begin; ${setup}` : "begin").execute(),
      () => {
        lost = true;
      },
    );
    ready.catch(() => {});
    const pending = work(transaction);
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
    if (!lost) await within(tx`rollback`.catch(() => {}), ROLLBACK_TIMEOUT_MS, () => {});
    throw error;
  } finally {
    connections.delete(transaction);
    // A lost connection is back in the pool's closed set already, to be reconnected; released,
    // postgres.js would put it in the open set, and the next query on it would write to a socket
    // that is gone (see client.ts).
    if (!lost) tx.release();
  }
}

/**
 * The caller's setup: `private.assume_caller` checks a recruiter's Supabase Auth session (a
 * revoked one raises, and nothing after it runs), then sets the claims, the caller's id on its
 * own (`sub`: auth.uid() reads it without parsing the claims) and the role, local to the
 * transaction. The ids are UUIDs: the principal was made from a token that was checked so
 * (shared/auth/principal.ts).
 */
function setupStatement(principal: Principal): string {
  // Verified tokens are cached (shared/auth/jwt.ts): one claims object per token, so a token's
  // setup is written once, not once per request.
  let setup = setups.get(principal.claims);
  if (setup === undefined) {
    const sessionId = principal.kind === "recruiter" ? principal.sessionId : null;
    setup =
      sql`select private.assume_caller(${sessionId}, ${principal.claims.sub}, ${
        JSON.stringify(principal.claims)
      })`.text;
    setups.set(principal.claims, setup);
  }
  return setup;
}

const setups = new WeakMap<object, string>();

/**
 * How long getting a working connection may take: one from the pool, and its first answer. A
 * database that is down, frozen or unreachable answers 503 within this, never a hang.
 */
function connectionDeadlineMs(): number {
  return config().db.connectTimeoutSeconds * 1000;
}

/**
 * A connection from the pool, or 503 once the deadline passes. (postgres.js 3.4.9 can also lose a
 * waiting reservation when the connection opened for it had been closed before: it would never
 * be answered.) A connection that comes after it was given up on goes straight back.
 */
async function reserveConnection(): Promise<TransactionSql> {
  const reservation = transactionPool().reserve();
  return await within(reservation, connectionDeadlineMs(), () => {
    reservation.then((late) => late.release(), () => {});
    throw new DatabaseUnavailableError();
  });
}

/**
 * The transaction's first answer, or 503 once the deadline passes: a connection that takes
 * longer to answer BEGIN is dead or its server frozen. Such a connection cannot be reused (what
 * was written to it may still be unsent), so the pool is replaced: everything still waiting on
 * the old one fails at once (503) instead of waiting for a server that may never answer.
 */
function answeredInTime<T>(first: Promise<T>, dead: () => void): Promise<T> {
  return within(first, connectionDeadlineMs(), () => {
    dead();
    replaceDatabasePool("a connection did not answer in time");
    throw new DatabaseUnavailableError();
  });
}

/**
 * The one path for a query made on someone's behalf: a transaction that switches to the
 * `authenticated` role and sets `request.jwt.claims` as PostgREST does, so row-level security
 * applies to our own queries exactly as it would to the Data API.
 *
 * It costs one network round trip, not four: BEGIN, the role and claims, the session check and
 * the first query are written to the connection together (postgres.js pipelines what is issued
 * before anything is awaited). When `work` returns its queries without awaiting them (one, or
 * an array), COMMIT goes in the same batch too.
 */
import type postgres from "postgres";
import type { Principal } from "../auth/principal.ts";
import { isConnectionLost } from "./errors.ts";
import { database, type ServiceTransactionSql, type TransactionSql } from "./client.ts";

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
  const tx = await database().reserve();
  try {
    // postgres.js sends a query when it is first awaited; `execute()` sends it now, so the
    // batch goes out in this order, ahead of anything `work` issues.
    const batch = [tx`begin`.execute()];
    // A logged-out (or expired) Supabase Auth session refuses its tokens at once, not at `exp`.
    // The check raises inside the transaction, so nothing in this batch can commit after it.
    if (principal.kind === "recruiter" && principal.sessionId) {
      batch.push(
        tx`select private.assert_active_session(${principal.sessionId}, ${principal.userId})`
          .execute(),
      );
    }
    batch.push(tx`
      select set_config('role', 'authenticated', true),
             set_config('request.jwt.claims', ${JSON.stringify(principal.claims)}, true)`
      .execute());
    const ready = Promise.all(batch);
    ready.catch(() => {});

    const outcome = work(tx);
    const queries = Array.isArray(outcome) ? outcome : [outcome];
    if (queries.every(isPendingQuery)) {
      // Queries issued at once (no await between them): COMMIT rides in the same batch, and
      // turns into ROLLBACK if anything before it failed.
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
    if (!isConnectionLost(error)) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      await Promise.race([
        tx`rollback`.catch(() => {}),
        new Promise((resolve) => timer = setTimeout(resolve, ROLLBACK_TIMEOUT_MS)),
      ]);
      clearTimeout(timer);
    }
    throw error;
  } finally {
    tx.release();
  }
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
  return await database().begin(work) as T;
}

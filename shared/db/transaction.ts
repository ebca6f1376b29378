/**
 * The one path for a query made on someone's behalf: a transaction that switches to the
 * `authenticated` role and sets `request.jwt.claims` as PostgREST does, so row-level security
 * applies to our own queries exactly as it would to the Data API.
 *
 * It costs one network round trip, not four: BEGIN, the role and claims, the session check and
 * the first query are written to the connection together (postgres.js pipelines what is issued
 * before anything is awaited). When `work` is a single query (returns it without awaiting),
 * COMMIT goes in the same batch too.
 */
import type postgres from "postgres";
import type { Principal } from "../auth/principal.ts";
import { database, type ServiceTransactionSql, type TransactionSql } from "./client.ts";

type Work<T> = (tx: TransactionSql) => Promise<T> | postgres.PendingQuery<postgres.Row[]>;

/** Runs `work` as `principal`, under row-level security, in one transaction. */
export async function withUserTransaction<T>(
  principal: Principal,
  work: (tx: TransactionSql) => Promise<T>,
): Promise<T>;
export async function withUserTransaction<R extends postgres.Row[]>(
  principal: Principal,
  work: (tx: TransactionSql) => postgres.PendingQuery<R>,
): Promise<R>;
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
    if (isPendingQuery(outcome)) {
      // A single query: COMMIT rides in the same batch (and turns into ROLLBACK if anything
      // before it failed).
      outcome.execute();
      const commit = tx`commit`.execute();
      commit.catch(() => {});
      outcome.catch(() => {});
      await ready;
      const rows = await outcome;
      await commit;
      return rows as T;
    }
    // Awaited after `ready`; a failure reported first there must not leave this unhandled.
    outcome.catch(() => {});
    await ready;
    const result = await outcome;
    await tx`commit`;
    return result;
  } catch (error) {
    await tx`rollback`.catch(() => {});
    throw error;
  } finally {
    tx.release();
  }
}

function isPendingQuery(value: unknown): value is postgres.PendingQuery<postgres.Row[]> {
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

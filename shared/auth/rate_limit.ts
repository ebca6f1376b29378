/**
 * Rate limits for the auth routes, kept in the database (private.rate_limit_events) so they
 * hold across function instances and restarts. An attempt is recorded before the work it
 * guards (under a per-key advisory lock, so concurrent attempts cannot slip past the count) and
 * forgotten when the work succeeds: what remains are the failures.
 */
import { config } from "../config.ts";
import { join, sql } from "../db/statement.ts";
import { query, withServiceTransaction } from "../db/transaction.ts";
import { RateLimitedError } from "../http/errors.ts";

export interface Limit {
  key: string;
  max: number;
  windowSeconds: number;
}

export const LOGIN_WINDOW_SECONDS = 15 * 60;
export const REGISTER_WINDOW_SECONDS = 60 * 60;

/** The limits, with their sizes from the configuration. */
export const limits = {
  loginPerEmail: (email: string): Limit => ({
    key: `login:${email.toLowerCase()}`,
    max: config().rateLimits.loginPerEmail,
    windowSeconds: LOGIN_WINDOW_SECONDS,
  }),
  loginPerAddress: (ip: string): Limit => ({
    key: `login-ip:${ip}`,
    max: config().rateLimits.loginPerAddress,
    windowSeconds: LOGIN_WINDOW_SECONDS,
  }),
  registerPerAddress: (ip: string): Limit => ({
    key: `register-ip:${ip}`,
    max: config().rateLimits.registerPerAddress,
    windowSeconds: REGISTER_WINDOW_SECONDS,
  }),
};

/**
 * Records one attempt against every limit, or throws RateLimitedError (429, Retry-After) when
 * any is already exhausted, recording nothing. Returns the ids to forget on success.
 */
export async function recordAttempt(checks: Limit[]): Promise<number[]> {
  return await withServiceTransaction(async (tx) => {
    const ids: number[] = [];
    for (const limit of checks) {
      await query(tx, sql`select pg_advisory_xact_lock(hashtextextended(${limit.key}, 0))`);
      const [window] = await query(
        tx,
        sql<{ attempts: number; retry_after: number | null }>`
          select count(*)::int as attempts,
                 extract(epoch from min(occurred_at) + make_interval(secs => ${limit.windowSeconds}) - now())::float8
                   as retry_after
          from private.rate_limit_events
          where key = ${limit.key} and occurred_at > now() - make_interval(secs => ${limit.windowSeconds})`,
      );
      if (window.attempts >= limit.max) {
        throw new RateLimitedError(window.retry_after ?? limit.windowSeconds);
      }
      const [row] = await query(
        tx,
        sql<{ id: number }>`
          insert into private.rate_limit_events (key) values (${limit.key}) returning id::int`,
      );
      ids.push(row.id);
    }
    // Keep the table small: old windows are of no use.
    if (Math.random() < 0.01) {
      await query(
        tx,
        sql`delete from private.rate_limit_events where occurred_at < now() - interval '1 day'`,
      );
    }
    return ids;
  });
}

/** Forgets attempts that succeeded, so only failures count against a limit. */
export async function forgetAttempts(ids: number[]): Promise<void> {
  if (ids.length === 0) return;
  const listed = join(ids.map((id) => sql`${id}`), ", ");
  await withServiceTransaction((tx) =>
    query(tx, sql`delete from private.rate_limit_events where id in (${listed})`)
  );
}

/**
 * The retention purge, from the application's side (the rows' side is one SQL function,
 * private.apply_retention, in 20261204002500_data_rights.sql):
 *
 * - `runRetention()` runs that function with the configured periods (CANDIDATE_RETENTION_DAYS,
 *   AI_LOG_RETENTION_DAYS), then removes from storage the CV files of the candidates it erased;
 * - `drainFileRemovals()` removes queued files (the database cannot reach Storage): a file is
 *   taken off the queue only once it is gone, so a store that fails leaves it for the next run;
 * - `startRetentionScheduler()` runs the purge daily in a long-lived process: the local stack
 *   (scripts/serve.ts). Hosted, pg_cron runs the SQL function daily, and the files it queued are
 *   removed by the next erasure (DELETE /candidates/:id drains the queue) or scheduler run.
 *
 * Logs say how many, never which: no path, id or name.
 */
import { config } from "../config.ts";
import { sql } from "../db/statement.ts";
import { query, withServiceTransaction } from "../db/transaction.ts";
import { cvStore } from "../storage/cv_store.ts";

export interface RetentionResult {
  candidates_erased: number;
  files_queued: number;
  ai_events_removed: number;
  candidate_days: number;
  ai_log_days: number;
  files_removed: number;
}

/** One run: the SQL purge with the configured periods, then the files it queued. */
export async function runRetention(
  periods: { candidateDays: number; aiLogDays: number } = config().retention,
): Promise<RetentionResult> {
  // Service-level, named as such: the purge acts across every recruiter's rows.
  const [{ result }] = await withServiceTransaction((tx) =>
    query(
      tx,
      sql<{ result: Omit<RetentionResult, "files_removed"> }>`
        select private.apply_retention(${periods.candidateDays}, ${periods.aiLogDays}) as result`,
    )
  );
  const files_removed = await drainFileRemovals();
  return { ...result, files_removed };
}

/** Removes up to `limit` queued files, oldest first; how many went. */
export async function drainFileRemovals(limit = 500): Promise<number> {
  const queued = await withServiceTransaction((tx) =>
    query(
      tx,
      sql<{ id: string; storage_path: string }>`
        select id, storage_path from private.pending_file_removals order by id limit ${limit}`,
    )
  );
  const store = cvStore();
  let removed = 0;
  for (const file of queued) {
    try {
      await store.remove(file.storage_path);
    } catch {
      // The store is down: the rest waits for the next run.
      console.error(`[retention] storage refused; ${queued.length - removed} files left queued`);
      break;
    }
    await withServiceTransaction((tx) =>
      query(tx, sql`delete from private.pending_file_removals where id = ${file.id}`)
    );
    removed++;
  }
  return removed;
}

const DAY_MS = 24 * 3600 * 1000;

/**
 * Runs the purge shortly after start and then once a day, without keeping the process alive.
 * Returns the function that stops it.
 */
export function startRetentionScheduler(
  { firstRunMs = 60_000, everyMs = DAY_MS }: { firstRunMs?: number; everyMs?: number } = {},
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const run = async () => {
    try {
      const result = await runRetention();
      console.log(
        `[retention] ${result.candidates_erased} candidates erased (inactive ${result.candidate_days} days), ${result.ai_events_removed} AI records removed (older than ${result.ai_log_days} days), ${result.files_removed} files removed`,
      );
    } catch (error) {
      console.error(`[retention] the purge failed: ${(error as Error).name}`);
    }
    if (!stopped) schedule(everyMs);
  };
  const schedule = (ms: number) => {
    const next = setTimeout(run, ms);
    Deno.unrefTimer(next);
    timer = next;
  };
  schedule(firstRunMs);
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}

/**
 * What the interviews function's routes share: an interview as the candidate reaches it (its
 * own only), the refusals of each state, closing an overdue interview, and its progress.
 */
import type { Principal } from "@shared/auth/principal.ts";
import * as routes from "@shared/contracts/interviews.ts";
import { sql } from "@shared/db/statement.ts";
import { query, type Transaction } from "@shared/db/transaction.ts";
import { type AppError, ConflictError, NotFoundError } from "@shared/http/errors.ts";
import type { Interview } from "@shared/schemas/interview.ts";
import type { z } from "zod";

export type Progress = z.infer<typeof routes.InterviewProgress>;
export type Status = Interview["status"];

export const notFound = () => new NotFoundError("Interview not found.");

/** Why a candidate's move is refused in each state it cannot be made from. */
export const REFUSALS: Record<Status, () => AppError> = {
  pending: () => new ConflictError("Start the interview first.", "INTERVIEW_NOT_STARTED"),
  in_progress: () =>
    new ConflictError(
      "The interview has already started.",
      "INTERVIEW_ALREADY_STARTED",
    ),
  completed: () => new ConflictError("The interview is finished.", "INTERVIEW_FINISHED"),
  expired: () => new ConflictError("The interview's time is up.", "INTERVIEW_EXPIRED"),
  abandoned: () => new ConflictError("The interview was abandoned.", "INTERVIEW_ABANDONED"),
};

/** A candidate reaches its own interview only; any other id does not exist for it. */
export function ownInterview(principal: Principal, id: string): string {
  if (principal.kind !== "candidate" || principal.interviewId !== id) {
    throw notFound();
  }
  return id;
}

/** Closes an interview whose time is up; the caller then sees it as expired. */
export function closeIfOverdue(tx: Transaction, id: string) {
  return query(
    tx,
    sql`
      update public.interviews set status = 'expired', completed_at = deadline_at
      where id = ${id} and status = 'in_progress' and deadline_at <= now()`,
  );
}

/**
 * The refusal for a move that needs an interview in progress, or null. Returned, not thrown:
 * closing an overdue interview must commit even though the move is refused.
 */
export async function refuseUnlessInProgress(
  tx: Transaction,
  id: string,
): Promise<AppError | null> {
  await closeIfOverdue(tx, id);
  const [interview] = await query(
    tx,
    sql<
      { status: Status }
    >`select status from public.interviews where id = ${id}`,
  );
  if (!interview) return notFound();
  return interview.status === "in_progress" ? null : REFUSALS[interview.status]();
}

export async function readProgress(
  tx: Transaction,
  id: string,
): Promise<Progress> {
  const [progress] = await query(
    tx,
    sql<Progress>`
      select i.status, i.started_at, i.deadline_at,
             (select count(*)::int from public.interview_responses r where r.interview_id = i.id) as answered,
             (select count(*)::int from public.interview_questions q where q.interview_id = i.id) as total
      from public.interviews i where i.id = ${id}`,
  );
  if (!progress) throw notFound();
  return progress;
}

/** The recruiter's side: the list, one interview with its questions and answers, decisions, the trail. */
import { auditStatements } from "@shared/audit/trail.ts";
import * as routes from "@shared/contracts/interviews.ts";
import { getRow, listRows } from "@shared/db/owned_table.ts";
import { decisionColumns, interviews, requestDetailColumns } from "@shared/db/tables.ts";
import { sql } from "@shared/db/statement.ts";
import { query, withUserTransaction } from "@shared/db/transaction.ts";
import { createRouter } from "@shared/http/app.ts";
import { envelope, paged } from "@shared/http/envelope.ts";
import { ConflictError } from "@shared/http/errors.ts";
import type { CandidateRequestDetail } from "@shared/schemas/candidate_request.ts";
import type { Interview } from "@shared/schemas/interview.ts";
import type { InterviewDecision } from "@shared/schemas/interview_decision.ts";
import type { InterviewResponse } from "@shared/schemas/interview_response.ts";
import type { z } from "zod";
import { notFound } from "./access.ts";

type QuestionDetail = z.infer<typeof routes.InterviewQuestionDetail>;

export const router = createRouter();

router.openapi(routes.list, async (c) => {
  const { page, page_size, candidate_id, job_description_id, status } = c.req
    .valid("query");
  const [items, [{ total }]] = await withUserTransaction(
    c.get("principal"),
    listRows<Interview>(interviews, {
      page,
      page_size,
      filters: { candidate_id, job_description_id, status },
    }),
  );
  return c.json(envelope(paged(items, total, page, page_size)), 200);
});

router.openapi(routes.get, async (c) => {
  const { id } = c.req.valid("param");
  const [[interview], questions, answers, decisions, requests] = await withUserTransaction(
    c.get("principal"),
    [
      getRow<Interview>(interviews, id),
      sql<Omit<QuestionDetail, "answer">>`
      select id, position, follow_up_index, parent_question_id, text, category, source, difficulty,
             competency, expected_points, time_limit_seconds, rubric -> 'claim' ->> 'text' as claim,
             created_at
      from public.interview_questions where interview_id = ${id}
      order by position, follow_up_index`,
      sql<InterviewResponse>`
      select id, interview_id, question_id, answer_text, duration_seconds, score,
             score_details as evaluation, evaluated_at, created_at
      from public.interview_responses where interview_id = ${id}`,
      decisionsOf(id),
      sql<CandidateRequestDetail>`
        select ${requestDetailColumns} from public.candidate_requests r
        where r.interview_id = ${id}
        order by r.status = 'open' desc, r.created_at desc`,
    ],
  );
  if (!interview) throw notFound();
  const byQuestion = new Map(
    answers.map((answer) => [answer.question_id, answer]),
  );
  const detailed = questions.map((question) => ({
    ...question,
    answer: byQuestion.get(question.id) ?? null,
  }));
  return c.json(
    envelope({
      ...interview,
      questions: detailed,
      decision: decisions[0] ?? null,
      decisions,
      requests,
      open_requests: requests.filter((request) => request.status === "open").length,
    }),
    200,
  );
});

/** An interview's decisions, newest first. */
function decisionsOf(interviewId: string) {
  return sql<InterviewDecision>`
    select ${decisionColumns} from public.interview_decisions d
    where d.interview_id = ${interviewId}
    order by d.seq desc`;
}

router.openapi(routes.decide, async (c) => {
  const principal = c.get("principal");
  const { id } = c.req.valid("param");
  const { decision, reason, candidate_status, report_version } = c.req.valid(
    "json",
  );
  const recorded = await withUserTransaction(principal, async (tx) => {
    const [interview] = await query(
      tx,
      sql<{ candidate_id: string }>`
        select candidate_id from public.interviews where id = ${id}`,
    );
    if (!interview) throw notFound();
    // The report is held as it is until the decision is recorded against it.
    const [report] = await query(
      tx,
      sql<{ current_version: number }>`
        select current_version from public.interview_reports where interview_id = ${id} for share`,
    );
    if (
      report_version !== undefined &&
      report_version !== (report?.current_version ?? 0)
    ) {
      throw new ConflictError(
        `The report is at version ${
          report?.current_version ?? 0
        } now: read it again before deciding.`,
        "REPORT_CHANGED",
      );
    }
    // The database fills in the rest (20261204002200_decisions.sql): who decided, when, the
    // report as it stands, and the candidate's status before and after, which it then applies
    // and records in the trail.
    const [{ id: decisionId }] = await query(
      tx,
      sql<{ id: string }>`
        insert into public.interview_decisions
          (owner_id, interview_id, candidate_id, decision, reason, decided_by, previous_status,
           candidate_status)
        values (${principal.claims.sub}, ${id}, ${interview.candidate_id}, ${decision}, ${reason},
                ${principal.claims.sub}, 'new', ${candidate_status ?? "interviewing"})
        returning id`,
    );
    const [row] = await query(
      tx,
      sql<InterviewDecision>`
        select ${decisionColumns} from public.interview_decisions d where d.id = ${decisionId}`,
    );
    return row;
  });
  return c.json(envelope(recorded, "Decision recorded."), 201);
});

router.openapi(routes.audit, async (c) => {
  const { id } = c.req.valid("param");
  const { page, page_size } = c.req.valid("query");
  const [[interview], items, [{ total }]] = await withUserTransaction(
    c.get("principal"),
    [
      sql<{ id: string }>`select id from public.interviews where id = ${id}`,
      ...auditStatements(id, page, page_size),
    ],
  );
  if (!interview) throw notFound();
  return c.json(envelope(paged(items, total, page, page_size)), 200);
});

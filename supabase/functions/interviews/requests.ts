/** The candidate's requests (an explanation, a human review) and the recruiter's answers. */
import * as routes from "@shared/contracts/interviews.ts";
import { requestColumns, requestDetailColumns } from "@shared/db/tables.ts";
import { jsonb, sql } from "@shared/db/statement.ts";
import { query, withUserTransaction } from "@shared/db/transaction.ts";
import { createRouter } from "@shared/http/app.ts";
import { envelope, paged } from "@shared/http/envelope.ts";
import { ConflictError, NotFoundError } from "@shared/http/errors.ts";
import { explain, type ExplainedReport } from "@shared/rights/explanation.ts";
import type {
  CandidateRequest,
  CandidateRequestDetail,
} from "@shared/schemas/candidate_request.ts";

import { notFound, ownInterview } from "./access.ts";

export const router = createRouter();

router.openapi(routes.openRequest, async (c) => {
  const principal = c.get("principal");
  const id = ownInterview(principal, c.req.valid("param").id);
  const { kind, message } = c.req.valid("json");
  // Under the candidate's credential: row-level security keeps it to its own interview, and
  // the database records the request in the trail (20261204002300_candidate_requests.sql).
  const [request] = await withUserTransaction(
    principal,
    sql<CandidateRequest>`
      with r as (
        insert into public.candidate_requests (owner_id, interview_id, candidate_id, kind, message)
        select owner_id, id, candidate_id, ${kind}, ${message || null}
        from public.interviews where id = ${id}
        returning *
      )
      select ${requestColumns} from r`,
  );
  if (!request) throw notFound();
  return c.json(
    envelope(request, "Your request is recorded; a person will answer it."),
    201,
  );
});

router.openapi(routes.listRequests, async (c) => {
  const principal = c.get("principal");
  const id = ownInterview(principal, c.req.valid("param").id);
  const { page, page_size } = c.req.valid("query");
  const [items, [{ total }]] = await withUserTransaction(principal, [
    sql<CandidateRequest>`
      select ${requestColumns} from public.candidate_requests r
      where r.interview_id = ${id}
      order by r.created_at desc, r.id desc
      offset ${(page - 1) * page_size} limit ${page_size}`,
    sql<{ total: number }>`
      select count(*)::int as total from public.candidate_requests where interview_id = ${id}`,
  ]);
  return c.json(envelope(paged(items, total, page, page_size)), 200);
});

router.openapi(routes.answerRequest, async (c) => {
  const principal = c.get("principal");
  const { id, requestId } = c.req.valid("param");
  const { message } = c.req.valid("json");
  const answered = await withUserTransaction(principal, async (tx) => {
    const [request] = await query(
      tx,
      sql<{ kind: "explanation" | "human_review"; status: string }>`
        select kind, status from public.candidate_requests
        where id = ${requestId} and interview_id = ${id}
        for update`,
    );
    if (!request) throw new NotFoundError("Request not found.");
    if (request.status !== "open") {
      throw new ConflictError(
        "This request has been answered already.",
        "REQUEST_ANSWERED",
      );
    }
    const [report] = await query(
      tx,
      sql<ExplainedReport & { details: Record<string, unknown> }>`
        select current_version as version, source, overall_score::float8 as overall_score,
               coalesce(details -> 'competencies', '[]') as competencies, details
        from public.interview_reports where interview_id = ${id} and current_version > 0`,
    );
    let explanation = null;
    if (request.kind === "explanation") {
      if (!report) {
        throw new ConflictError(
          "An explanation is generated from the report: generate it first (POST /reports).",
          "REPORT_REQUIRED",
        );
      }
      // This interview's questions only: the explanation is about the candidate's own answers.
      const questions = await query(
        tx,
        sql<{ id: string; text: string; parent_question_id: string | null }>`
          select id, text, parent_question_id from public.interview_questions
          where interview_id = ${id} order by position, follow_up_index`,
      );
      explanation = explain(report, questions);
    }
    await query(
      tx,
      sql`
        update public.candidate_requests
        set status = 'answered', answer = ${message},
            explanation = ${explanation ? jsonb(explanation) : null},
            report_version = ${report?.version ?? null},
            answered_by = ${principal.claims.sub}, answered_at = now()
        where id = ${requestId}`,
    );
    const [row] = await query(
      tx,
      sql<CandidateRequestDetail>`
        select ${requestDetailColumns} from public.candidate_requests r where r.id = ${requestId}`,
    );
    return row;
  });
  return c.json(envelope(answered, "Answered."), 200);
});

/**
 * The interviews function. The candidate, who has no account, redeems a ticket for a credential
 * scoped to one interview, then starts it (questions are generated from the job and the CV),
 * answers each question once and finishes. The recruiter lists interviews and reads one with its
 * questions and answers.
 *
 * States: pending → in_progress → completed; an interview past its deadline is closed as
 * expired by the first request that notices. A move the state does not allow is 409.
 */
import { evaluationRecord, interviewAI } from "@shared/ai/index.ts";
import {
  type AiCall,
  blindCv,
  describeError,
  evaluatorQuestion,
  recordCall,
} from "@shared/ai/recorded.ts";
import { aiEvents, auditStatements, interviewEvent } from "@shared/audit/trail.ts";
import { signToken } from "@shared/auth/jwt.ts";
import type { Principal } from "@shared/auth/principal.ts";
import { interviewCredentialSecret } from "@shared/auth/secret.ts";
import { sha256Hex } from "@shared/auth/tokens.ts";
import { INTERVIEW_AUDIENCE } from "@shared/auth/verifiers.ts";
import { config } from "@shared/config.ts";
import * as routes from "@shared/contracts/interviews.ts";
import { interviewBrief } from "@shared/db/interview_brief.ts";
import { getRow, listRows } from "@shared/db/owned_table.ts";
import {
  decisionColumns,
  interviews,
  requestColumns,
  requestDetailColumns,
} from "@shared/db/tables.ts";
import { jsonb, sql, values } from "@shared/db/statement.ts";
import {
  query,
  type Transaction,
  withServiceTransaction,
  withUserTransaction,
} from "@shared/db/transaction.ts";
import { createApp, createRouter } from "@shared/http/app.ts";
import { envelope, paged } from "@shared/http/envelope.ts";
import { type AppError, ConflictError, GoneError, NotFoundError } from "@shared/http/errors.ts";
import type { QuestionToEvaluate } from "@shared/ai/provider.ts";
import { candidateNotice } from "@shared/rights/notice.ts";
import { explain, type ExplainedReport } from "@shared/rights/explanation.ts";
import type {
  CandidateRequest,
  CandidateRequestDetail,
} from "@shared/schemas/candidate_request.ts";
import type { Interview } from "@shared/schemas/interview.ts";
import type { InterviewDecision } from "@shared/schemas/interview_decision.ts";
import type { SelfIdentification } from "@shared/schemas/self_identification.ts";
import type { InterviewQuestion } from "@shared/schemas/interview_question.ts";
import type { InterviewResponse, RecordedAnswer } from "@shared/schemas/interview_response.ts";
import type { z } from "zod";

type Progress = z.infer<typeof routes.InterviewProgress>;
type QuestionDetail = z.infer<typeof routes.InterviewQuestionDetail>;
type Status = Interview["status"];

/** A candidate's credential outlives a long interview with room to spare, and no more. */
const CREDENTIAL_TTL_SECONDS = 24 * 3600;

const notFound = () => new NotFoundError("Interview not found.");

/** Why a candidate's move is refused in each state it cannot be made from. */
const REFUSALS: Record<Status, () => AppError> = {
  pending: () => new ConflictError("Start the interview first.", "INTERVIEW_NOT_STARTED"),
  in_progress: () =>
    new ConflictError("The interview has already started.", "INTERVIEW_ALREADY_STARTED"),
  completed: () => new ConflictError("The interview is finished.", "INTERVIEW_FINISHED"),
  expired: () => new ConflictError("The interview's time is up.", "INTERVIEW_EXPIRED"),
  abandoned: () => new ConflictError("The interview was abandoned.", "INTERVIEW_ABANDONED"),
};

const router = createRouter();
// Candidate side ------------------------------------------------------------------------------

router.openapi(routes.redeem, async (c) => {
  const codeHash = await sha256Hex(c.req.valid("json").code);
  // Service-level: the caller has no identity until the ticket gives it one. The conditional
  // update locks the ticket row, so concurrent redemptions of a single-use ticket serialize and
  // exactly one of them finds a use left.
  const { interview, notice } = await withServiceTransaction(async (tx) => {
    const [ticket] = await query(
      tx,
      sql<{ id: string; owner_id: string; candidate_id: string; job_description_id: string }>`
        update public.interview_tickets
        set uses = uses + 1, status = case when uses + 1 >= max_uses then 'used' else status end
        where code_hash = ${codeHash} and status = 'active' and expires_at > now() and uses < max_uses
        returning id, owner_id, candidate_id, job_description_id`,
    );
    if (!ticket) throw await whyNotRedeemable(tx, codeHash);
    const [created] = await query(
      tx,
      sql<{ id: string }>`
        insert into public.interviews (owner_id, candidate_id, job_description_id, ticket_id, duration_minutes, max_follow_ups)
        select ${ticket.owner_id}, ${ticket.candidate_id}, ${ticket.job_description_id}, ${ticket.id},
               (interview_settings ->> 'duration_minutes')::int,
               coalesce((interview_settings ->> 'max_follow_ups')::int, 1)
        from public.job_descriptions where id = ${ticket.job_description_id}
        returning id`,
    );
    // The notice names the job's competencies and who is hiring; what was shown is recorded.
    const [facts] = await query(
      tx,
      sql<{
        title: string;
        skills: string[];
        requirements: string[];
        focus_areas: string[];
        company_name: string | null;
      }>`
        select j.title, j.skills, j.requirements,
               coalesce(j.interview_settings -> 'focus_areas', '[]') as focus_areas, u.company_name
        from public.job_descriptions j join public.users u on u.id = j.owner_id
        where j.id = ${ticket.job_description_id}`,
    );
    const notice = candidateNotice({
      interviewId: created.id,
      company: facts.company_name,
      jobTitle: facts.title,
      focusAreas: facts.focus_areas,
      skills: facts.skills,
      requirements: facts.requirements,
    });
    await query(tx, interviewEvent(created.id, "ticket_redeemed", {}, "candidate"));
    await query(
      tx,
      interviewEvent(created.id, "notice_shown", {
        version: notice.version,
        summary: notice.summary,
      }),
    );
    return { interview: created, notice };
  });
  const { token, expiresAt } = await signToken(
    { sub: interview.id, role: "authenticated", interview_id: interview.id },
    await interviewCredentialSecret(),
    {
      issuer: config().jwt.issuer,
      audience: INTERVIEW_AUDIENCE,
      expiresInSeconds: CREDENTIAL_TTL_SECONDS,
    },
  );
  return c.json(
    envelope({
      interview_id: interview.id,
      access_token: token,
      expires_at: new Date(expiresAt * 1000).toISOString(),
      notice,
    }),
    201,
  );
});

async function whyNotRedeemable(tx: Transaction, codeHash: string) {
  const [ticket] = await query(
    tx,
    sql<{ status: string; expired: boolean }>`
      select status, expires_at <= now() as expired from public.interview_tickets where code_hash = ${codeHash}`,
  );
  if (!ticket) return new NotFoundError("No ticket has this code.", "TICKET_NOT_FOUND");
  if (ticket.status === "revoked") {
    return new ConflictError("This ticket was revoked.", "TICKET_REVOKED");
  }
  if (ticket.expired) return new GoneError("This ticket has expired.", "TICKET_EXPIRED");
  return new ConflictError("This ticket has already been used.", "TICKET_USED");
}

router.openapi(routes.start, async (c) => {
  const principal = c.get("principal");
  const id = ownInterview(principal, c.req.valid("param").id);
  // Service-level read, named as such: the candidate's credential does not reach the job or the
  // CV, but its questions are made from them.
  const [brief] = await withServiceTransaction((tx) => interviewBrief(tx, id));
  if (!brief) throw notFound();
  if (brief.status !== "pending") throw REFUSALS[brief.status]();

  // Generated before the transaction: a slow AI holds no locks, and a failed one changes nothing
  // but the trail, which records the failed call. The AI is given the CV without its contact
  // block, and the record holds exactly what it was given.
  const ai = interviewAI();
  const candidate = { cv: blindCv(brief.cv) };
  const plan = { count: brief.question_count, claimShare: brief.cv_claim_share };
  const generated = await recordCall(
    ai,
    "questions",
    { job: brief.job, candidate, plan },
    () => ai.generateQuestions(brief.job, candidate, plan),
  );
  if (!generated.ok) {
    await recordFailedCalls(id, [generated.call]);
    throw generated.error;
  }
  const questions = generated.value;

  const progress = await withUserTransaction(principal, async (tx) => {
    const [started] = await query(
      tx,
      sql<{ owner_id: string }>`
        update public.interviews
        set status = 'in_progress', started_at = now(), deadline_at = now() + make_interval(mins => duration_minutes)
        where id = ${id} and status = 'pending'
        returning owner_id`,
    );
    // Another start won the race.
    if (!started) throw REFUSALS.in_progress();
    const rows = questions.map((question, index) => ({
      owner_id: started.owner_id,
      interview_id: id,
      position: index + 1,
      text: question.text,
      category: question.category,
      difficulty: question.difficulty,
      competency: question.competency,
      expected_points: question.expected_points,
      time_limit_seconds: question.time_limit_seconds,
      source: question.source,
      rubric: jsonb(question.rubric),
    }));
    await query(tx, sql`insert into public.interview_questions ${values(rows)}`);
    await query(tx, aiEvents(id, [generated.call]));
    await query(tx, interviewEvent(id, "interview_started", {}, "candidate"));
    return await readProgress(tx, id);
  });
  return c.json(envelope(progress, "Started."), 200);
});

router.openapi(routes.next, async (c) => {
  const principal = c.get("principal");
  const id = ownInterview(principal, c.req.valid("param").id);
  const answer = await withUserTransaction(principal, async (tx) => {
    await closeIfOverdue(tx, id);
    const interview = await readProgress(tx, id);
    if (interview.status === "pending") return { refused: REFUSALS.pending() };
    const [question] = interview.status !== "in_progress" ? [] : await query(
      tx,
      sql<InterviewQuestion>`
        select q.id, q.position, q.text, q.category, q.time_limit_seconds, q.parent_question_id
        from public.interview_questions q
        where q.interview_id = ${id}
          and not exists (select from public.interview_responses r where r.question_id = q.id)
        order by q.position, q.follow_up_index
        limit 1`,
    );
    // Each time a question is shown is on the record: when it was first seen, and again.
    if (question) {
      await query(
        tx,
        interviewEvent(id, "question_served", { question_id: question.id }, "candidate"),
      );
    }
    return { answer: { question: question ?? null, interview } };
  });
  if ("refused" in answer) throw answer.refused;
  return c.json(envelope(answer.answer), 200);
});

/** A follow-up is worth asking only with at least this much of the interview's time left. */
const FOLLOW_UP_MIN_SECONDS = 60;

/** The answered question as the evaluator and the follow-up decision need it. */
interface AnsweredQuestion extends QuestionToEvaluate {
  main_id: string;
  follow_ups: number;
  max_follow_ups: number;
  seconds_left: number;
}

router.openapi(routes.respond, async (c) => {
  const principal = c.get("principal");
  const id = ownInterview(principal, c.req.valid("param").id);
  const { question_id, answer_text, duration_seconds } = c.req.valid("json");
  // Recorded under the candidate's credential: row-level security and the candidate guards
  // decide. A question of another interview fails the (question_id, interview_id) foreign key:
  // 404. A second answer to one question fails its unique key: 409.
  const outcome = await withUserTransaction(principal, async (tx) => {
    const refused = await refuseUnlessInProgress(tx, id);
    if (refused) return { refused };
    const [answer] = await query(
      tx,
      sql<RecordedAnswer>`
        insert into public.interview_responses (owner_id, interview_id, question_id, answer_text, duration_seconds)
        select owner_id, id, ${question_id}, ${answer_text}, ${duration_seconds ?? null}
        from public.interviews where id = ${id}
        returning id, interview_id, question_id, answer_text, duration_seconds, created_at`,
    );
    const [question] = await query(
      tx,
      sql<AnsweredQuestion>`
        select q.text, q.category, q.difficulty, q.competency, q.expected_points, q.rubric,
               q.parent_question_id is not null as is_follow_up,
               coalesce(q.parent_question_id, q.id) as main_id,
               (select count(*)::int from public.interview_questions f
                where f.parent_question_id = coalesce(q.parent_question_id, q.id)) as follow_ups,
               i.max_follow_ups,
               extract(epoch from i.deadline_at - now())::float8 as seconds_left
        from public.interview_questions q
        join public.interviews i on i.id = q.interview_id
        where q.id = ${question_id}`,
    );
    await query(
      tx,
      interviewEvent(id, "answer_received", { question_id, response_id: answer.id }, "candidate"),
    );
    return { answer, question };
  });
  if ("refused" in outcome) throw outcome.refused;
  const { answer, question } = outcome;

  // Evaluated outside any transaction: a slow AI holds no locks. An evaluation that fails
  // (the provider is down or slow) leaves the answer recorded: the interview goes on without a
  // follow-up, and the report evaluates it later.
  const ai = interviewAI();
  const followUpAllowed = question.follow_ups < question.max_follow_ups &&
    question.seconds_left >= FOLLOW_UP_MIN_SECONDS;
  // The evaluator is given the question as it judges one (never the interview's bookkeeping).
  const judged = evaluatorQuestion(question);
  const options = { followUpAllowed, moment: "answer" as const };
  const evaluated = await recordCall(
    ai,
    "answer_evaluation",
    { question: judged, answer_text, options },
    () => ai.evaluateAnswer(judged, answer_text, options),
  );
  if (!evaluated.ok) {
    console.warn(`[interviews] answer ${answer.id} left for the report: ${evaluated.call.error}`);
  }
  const assessment = evaluated.ok ? evaluated.value : null;

  // Written as the evaluator, service-level: a candidate's credential may not score an answer.
  // The call is recorded in the same transaction as its evaluation (or alone, with its error).
  const progress = await withServiceTransaction(async (tx) => {
    await query(
      tx,
      aiEvents(id, [{ ...evaluated.call, question_id, response_id: answer.id }]),
    );
    if (assessment) {
      const { evaluation, follow_up } = assessment;
      await query(
        tx,
        sql`
          update public.interview_responses
          set score = ${evaluation.score},
              score_details = ${jsonb(evaluationRecord(evaluation, ai))},
              flags = ${evaluation.flags},
              evaluated_at = now()
          where id = ${answer.id}`,
      );
      // Never past the limit per main question, nor past the interview's deadline.
      if (follow_up) {
        await query(
          tx,
          sql`
            insert into public.interview_questions
              (owner_id, interview_id, position, follow_up_index, parent_question_id, text, category,
               difficulty, competency, expected_points, time_limit_seconds, source, rubric)
            select i.owner_id, i.id, m.position, ${
            question.follow_ups + 1
          }, m.id, ${follow_up.text},
                   m.category, m.difficulty, m.competency, ${follow_up.expected_points},
                   ${follow_up.time_limit_seconds}, 'follow_up', ${jsonb(follow_up.rubric)}
            from public.interviews i
            join public.interview_questions m on m.interview_id = i.id and m.id = ${question.main_id}
            where i.id = ${id} and i.status = 'in_progress'
              and i.deadline_at >= now() + make_interval(secs => ${follow_up.time_limit_seconds})
              and (select count(*) from public.interview_questions f where f.parent_question_id = m.id)
                < i.max_follow_ups
            on conflict do nothing`,
        );
      }
    }
    return await readProgress(tx, id);
  });
  return c.json(envelope({ answer, interview: progress }), 201);
});

/**
 * Records calls that produced nothing to store (the AI failed), in a transaction of their own:
 * the trail keeps the failure even though the request is refused. A trail that cannot be written
 * is logged, and the caller's own error stands.
 */
async function recordFailedCalls(interviewId: string, calls: AiCall[]) {
  await withServiceTransaction((tx) => query(tx, aiEvents(interviewId, calls))).catch((error) => {
    console.error(`[interviews] a failed AI call went unrecorded: ${describeError(error)}`);
  });
}

router.openapi(routes.finish, async (c) => {
  const principal = c.get("principal");
  const id = ownInterview(principal, c.req.valid("param").id);
  const outcome = await withUserTransaction(principal, async (tx) => {
    const refused = await refuseUnlessInProgress(tx, id);
    if (refused) return { refused };
    await query(
      tx,
      sql`update public.interviews set status = 'completed', completed_at = now() where id = ${id}`,
    );
    await query(tx, interviewEvent(id, "interview_finished", {}, "candidate"));
    return { progress: await readProgress(tx, id) };
  });
  if ("refused" in outcome) throw outcome.refused;
  return c.json(envelope(outcome.progress, "Finished. Thank you."), 200);
});

/** A candidate reaches its own interview only; any other id does not exist for it. */
function ownInterview(principal: Principal, id: string): string {
  if (principal.kind !== "candidate" || principal.interviewId !== id) throw notFound();
  return id;
}

/** Closes an interview whose time is up; the caller then sees it as expired. */
function closeIfOverdue(tx: Transaction, id: string) {
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
async function refuseUnlessInProgress(tx: Transaction, id: string): Promise<AppError | null> {
  await closeIfOverdue(tx, id);
  const [interview] = await query(
    tx,
    sql<{ status: Status }>`select status from public.interviews where id = ${id}`,
  );
  if (!interview) return notFound();
  return interview.status === "in_progress" ? null : REFUSALS[interview.status]();
}

async function readProgress(tx: Transaction, id: string): Promise<Progress> {
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

// Recruiter side ------------------------------------------------------------------------------

router.openapi(routes.list, async (c) => {
  const { page, page_size, candidate_id, job_description_id, status } = c.req.valid("query");
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
  const byQuestion = new Map(answers.map((answer) => [answer.question_id, answer]));
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
  const { decision, reason, candidate_status, report_version } = c.req.valid("json");
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
    if (report_version !== undefined && report_version !== (report?.current_version ?? 0)) {
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
  const [[interview], items, [{ total }]] = await withUserTransaction(c.get("principal"), [
    sql<{ id: string }>`select id from public.interviews where id = ${id}`,
    ...auditStatements(id, page, page_size),
  ]);
  if (!interview) throw notFound();
  return c.json(envelope(paged(items, total, page, page_size)), 200);
});

// The candidate's requests ---------------------------------------------------------------------------

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
  return c.json(envelope(request, "Your request is recorded; a person will answer it."), 201);
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
      throw new ConflictError("This request has been answered already.", "REQUEST_ANSWERED");
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

// Voluntary self-identification ----------------------------------------------------------------------

router.openapi(routes.giveSelfIdentification, async (c) => {
  const principal = c.get("principal");
  const id = ownInterview(principal, c.req.valid("param").id);
  const { sex, race_ethnicity } = c.req.valid("json");
  // Under the candidate's credential, into a table no recruiter reads and nothing given to the
  // AI is built from (20261204002400_self_identification.sql).
  const [recorded] = await withUserTransaction(
    principal,
    sql<SelfIdentification>`
      insert into private.self_identifications (interview_id, owner_id, candidate_id, sex, race_ethnicity)
      select id, owner_id, candidate_id, ${sex}, ${race_ethnicity}
      from public.interviews where id = ${id}
      on conflict (interview_id) do update
        set sex = excluded.sex, race_ethnicity = excluded.race_ethnicity
      returning sex, race_ethnicity, updated_at`,
  );
  if (!recorded) throw notFound();
  return c.json(envelope(recorded, "Recorded. Thank you."), 200);
});

router.openapi(routes.getSelfIdentification, async (c) => {
  const principal = c.get("principal");
  const id = ownInterview(principal, c.req.valid("param").id);
  const [recorded] = await withUserTransaction(
    principal,
    sql<SelfIdentification>`
      select sex, race_ethnicity, updated_at from private.self_identifications
      where interview_id = ${id}`,
  );
  return c.json(envelope(recorded ?? null), 200);
});

export const app = createApp("/interviews");
app.route("/", router);

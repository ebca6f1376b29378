/**
 * Writing an interview's audit trail (supabase/migrations/20261204002000_audit_trail.sql): its
 * events (`public.interview_events`) and its calls to the AI (`public.ai_events`), each as a
 * statement to run in the same transaction as what it records. The database stamps the time and,
 * for a caller with an identity, the actor; the owner and the candidate come from the interview
 * (or the ticket) row, never from the request.
 *
 * Reading it back: `auditStatements` (GET /interviews/:id/audit).
 */
import type { AiCall } from "../ai/recorded.ts";
import { sql, type Statement } from "../db/statement.ts";
import type { AuditEvent } from "../schemas/audit.ts";

export type EventKind =
  | "ticket_issued"
  | "ticket_redeemed"
  | "notice_shown"
  | "interview_started"
  | "question_served"
  | "answer_received"
  | "interview_finished"
  | "report_version_created"
  | "decision_recorded"
  | "request_opened"
  | "request_answered";

/**
 * Who acts, for service-level work (no caller): a candidate's credential or a recruiter's token
 * is stamped as what it is, whatever is given here.
 */
export type Actor = "candidate" | "recruiter" | "system";

type Data = Record<string, string | number | boolean | null | string[]>;

/** An event of an interview, about its candidate. */
export function interviewEvent(
  interviewId: string,
  kind: EventKind,
  data: Data = {},
  actor: Actor = "system",
): Statement<never> {
  return sql`
    insert into public.interview_events (owner_id, candidate_id, interview_id, ticket_id, kind, actor, data)
    select owner_id, candidate_id, id, ${kind === "ticket_redeemed" ? sql`ticket_id` : sql`null`},
           ${kind}, ${actor}, ${data}
    from public.interviews where id = ${interviewId}`;
}

/** A ticket's issue: before any interview, so it is about the ticket's candidate. */
export function ticketIssued(ticketId: string): Statement<never> {
  return sql`
    insert into public.interview_events (owner_id, candidate_id, ticket_id, kind, actor, data)
    select owner_id, candidate_id, id, 'ticket_issued', 'recruiter',
           jsonb_build_object('job_description_id', job_description_id, 'expires_at', expires_at,
                              'max_uses', max_uses)
    from public.interview_tickets where id = ${ticketId}`;
}

/** What a call was about, beside the interview. */
export interface CallSubject {
  question_id?: string | null;
  response_id?: string | null;
  report_id?: string | null;
}

/** Calls to the AI made for an interview, in the order given. */
export function aiEvents(
  interviewId: string,
  calls: (AiCall & CallSubject)[],
): Statement<never> {
  if (calls.length === 0) return sql`select`;
  const rows = calls.map((call) => ({
    ...call,
    question_id: call.question_id ?? null,
    response_id: call.response_id ?? null,
    report_id: call.report_id ?? null,
  }));
  return sql`
    insert into public.ai_events
      (owner_id, candidate_id, interview_id, question_id, response_id, report_id, task, provider,
       model, prompt_version, input_sha256, input, output, error, latency_ms, called_at)
    select i.owner_id, i.candidate_id, i.id, c.question_id, c.response_id, c.report_id, c.task,
           c.provider, c.model, c.prompt_version, c.input_sha256, c.input, c.output, c.error,
           c.latency_ms, c.called_at
    from public.interviews i
    cross join lateral jsonb_array_elements(${{ calls: rows } as never} -> 'calls')
      with ordinality as e(item, ord)
    cross join lateral jsonb_to_record(e.item)
      as c(question_id uuid, response_id uuid, report_id uuid, task text, provider text,
           model text, prompt_version text, input_sha256 text, input jsonb, output jsonb,
           error text, latency_ms int, called_at timestamptz)
    where i.id = ${interviewId}
    order by e.ord`;
}

/** An AI call (public.ai_events as `a`) as a trail entry shows it. */
const aiCall = sql`
  jsonb_build_object(
    'task', a.task, 'provider', a.provider, 'model', a.model,
    'prompt_version', a.prompt_version, 'input_sha256', a.input_sha256,
    'input', a.input, 'output', a.output, 'error', a.error,
    'latency_ms', a.latency_ms, 'called_at', a.called_at,
    'question_id', a.question_id, 'response_id', a.response_id,
    'report_id', a.report_id)`;

/**
 * The interview's trail in time order, one page of it: its events (its ticket's issue included)
 * and its calls to the AI, and how many there are in all.
 */
export function auditStatements(interviewId: string, page: number, pageSize: number) {
  const trail = sql`
    select e.id, e.seq, e.created_at, e.kind, e.actor, e.actor_id, e.data, null::jsonb as ai
    from public.interview_events e
    where e.interview_id = ${interviewId}
       or (e.interview_id is null and e.kind = 'ticket_issued'
           and e.ticket_id = (select ticket_id from public.interviews where id = ${interviewId}))
    union all
    select a.id, a.seq, a.created_at, 'ai_call', 'ai', null, '{}'::jsonb,
           ${aiCall}
    from public.ai_events a
    where a.interview_id = ${interviewId}`;
  return [
    sql<AuditEvent>`
      select id, created_at as at, kind, actor, actor_id, data, ai
      from (${trail}) t
      order by created_at, seq, kind
      offset ${(page - 1) * pageSize} limit ${pageSize}`,
    sql<{ total: number }>`select count(*)::int as total from (${trail}) t`,
  ] as const;
}

/**
 * Everything on a candidate's trail, oldest first: the events and AI calls of all their
 * interviews, their tickets' issues, and calls about their CVs (for the export).
 */
export function candidateTrail(candidateId: string) {
  return sql<AuditEvent & { interview_id: string | null }>`
    select id, interview_id, at, kind, actor, actor_id, data, ai from (
      select e.id, e.seq, e.interview_id, e.created_at as at, e.kind, e.actor, e.actor_id, e.data,
             null::jsonb as ai
      from public.interview_events e where e.candidate_id = ${candidateId}
      union all
      select a.id, a.seq, a.interview_id, a.created_at, 'ai_call', 'ai', null, '{}'::jsonb,
             ${aiCall}
      from public.ai_events a where a.candidate_id = ${candidateId}
    ) t
    order by at, seq, kind`;
}

/**
 * A CV's AI extraction (CV_PARSER=ai, shared/cv/model_parse.ts), about the CV's candidate: run
 * after the CV row is written or updated, in the transaction that stores the parse.
 */
export function cvExtractionEvent(cvId: string, call: AiCall): Statement<never> {
  return sql`
    insert into public.ai_events
      (owner_id, candidate_id, cv_id, task, provider, model, prompt_version, input_sha256, input,
       output, error, latency_ms, called_at)
    select owner_id, candidate_id, id, 'cv_extraction', ${call.provider}, ${call.model},
           ${call.prompt_version}, ${call.input_sha256}, ${{
    value: call.input,
  } as never} -> 'value',
           ${{ value: call.output } as never} -> 'value', ${call.error}, ${call.latency_ms},
           ${call.called_at}::timestamptz
    from public.cvs where id = ${cvId}`;
}

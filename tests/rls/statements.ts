/** The statements the cases run: what each command does to A's rows, and their builders. */
import type postgres from "postgres";
import { A, hex64, qualified, rows, type Table, uuid } from "./fixture.ts";

export type Statement = (
  tx: postgres.TransactionSql,
) => postgres.PendingQuery<postgres.Row[]> | Promise<postgres.RowList<postgres.Row[]>>;

/** A new, valid row of recruiter A (about interview A where it has one), with its id. */
export const NEW_ROW: Record<Table, () => Record<string, unknown>> = {
  users: () => ({ id: uuid(), email: "new.profile@example.com", full_name: "New Profile" }),
  candidates: () => ({
    id: uuid(),
    owner_id: A,
    full_name: "New Candidate",
    email: `new.${uuid()}@example.com`,
  }),
  job_descriptions: () => ({ id: uuid(), owner_id: A, title: "New job", description: "New" }),
  cvs: () => {
    const id = uuid();
    return {
      id,
      owner_id: A,
      candidate_id: rows.candidates.A,
      file_name: "new.txt",
      mime_type: "text/plain",
      size_bytes: 10,
      sha256: hex64(),
      storage_path: `${A}/${id}`,
    };
  },
  interview_tickets: () => ({
    id: uuid(),
    owner_id: A,
    candidate_id: rows.candidates.A,
    job_description_id: rows.job_descriptions.A,
    code_hash: hex64(),
    expires_at: new Date(Date.now() + 86_400_000),
  }),
  interviews: () => ({
    id: uuid(),
    owner_id: A,
    candidate_id: rows.candidates.A,
    job_description_id: rows.job_descriptions["A-used"],
    duration_minutes: 30,
  }),
  interview_questions: () => ({
    id: uuid(),
    owner_id: A,
    interview_id: rows.interviews.A,
    position: 3,
    text: "A new question",
    category: "behavioral",
    difficulty: "easy",
    time_limit_seconds: 60,
  }),
  interview_responses: () => ({
    id: uuid(),
    owner_id: A,
    interview_id: rows.interviews.A,
    question_id: rows.interview_questions["A-open"],
    answer_text: "A new answer",
  }),
  interview_reports: () => ({
    id: uuid(),
    owner_id: A,
    interview_id: rows.interviews.A2,
    overall_score: 70,
    recommendation: "hire",
    summary: "A new report",
    provider: "test",
  }),
  // An event only a recruiter records (a candidate's own moves are EXTRA cases below).
  interview_events: () => ({
    id: uuid(),
    owner_id: A,
    candidate_id: rows.candidates.A,
    interview_id: rows.interviews.A,
    kind: "report_version_created",
    actor: "recruiter",
    actor_id: A,
  }),
  // The report's next version.
  interview_report_versions: () => ({
    id: uuid(),
    owner_id: A,
    report_id: rows.interview_reports.A,
    version: 2,
    source: "ai",
    overall_score: 70,
    recommendation: "hire",
    summary: "Re-scored",
    provider: "test",
  }),
  // A rejection: the candidate's status follows (the decision's triggers).
  interview_decisions: () => ({
    id: uuid(),
    owner_id: A,
    interview_id: rows.interviews.A,
    candidate_id: rows.candidates.A,
    decision: "reject",
    reason: "Not enough depth in PostgreSQL.",
    decided_by: A,
    previous_status: "interviewing",
    candidate_status: "rejected",
  }),
  // A tombstone, as only the erasure trigger writes one.
  candidate_erasures: () => ({
    id: uuid(),
    owner_id: A,
    erased_by: A,
    reason: "request",
    rows: { candidates: 1 },
    files: 0,
  }),
  // Interview A's self-identification (given already: the route answers again by an upsert).
  self_identifications: () => ({
    id: uuid(),
    owner_id: A,
    interview_id: rows.interviews.A,
    candidate_id: rows.candidates.A,
    sex: "male",
    race_ethnicity: "white",
  }),
  // A human review asked for by interview A's candidate (its explanation is open already).
  candidate_requests: () => ({
    id: uuid(),
    owner_id: A,
    interview_id: rows.interviews.A,
    candidate_id: rows.candidates.A,
    kind: "human_review",
    message: "Please look again.",
  }),
  // A call only a recruiter's request makes (the candidate records only its questions' call).
  ai_events: () => ({
    id: uuid(),
    owner_id: A,
    candidate_id: rows.candidates.A,
    interview_id: rows.interviews.A,
    task: "report_prose",
    provider: "test",
    prompt_version: "v1",
    input_sha256: hex64(),
    input: { job: "x" },
    output: { summary: "y" },
    latency_ms: 3,
    called_at: new Date(),
  }),
};

/** The column an update changes on row `A`, and its new value (different from the fixture's). */
export const CHANGE: Record<Table, [string, string | number]> = {
  users: ["company_name", "Changed Ltd"],
  candidates: ["notes", "changed"],
  job_descriptions: ["department", "Changed"],
  cvs: ["parse_error", "changed"],
  interview_tickets: ["max_uses", 5],
  // A is in progress: finishing it is the move both its recruiter and its candidate may make.
  interviews: ["status", "completed"],
  interview_questions: ["competency", "changed"],
  interview_responses: ["score", 42],
  interview_reports: ["summary", "changed"],
  interview_events: ["kind", "decision_recorded"],
  ai_events: ["error", "rewritten"],
  interview_report_versions: ["summary", "rewritten"],
  interview_decisions: ["reason", "rewritten"],
  candidate_requests: ["message", "rewritten"],
  self_identifications: ["sex", "decline"],
  candidate_erasures: ["reason", "retention"],
};

export const insertInto = (table: Table, overrides: Record<string, unknown>): Statement => (tx) => {
  const row = { ...NEW_ROW[table](), ...overrides };
  return tx`insert into ${tx(qualified(table))} ${tx(row)}`;
};
export const updateRow =
  (table: Table, id: string, changes: Record<string, unknown>): Statement => (tx) =>
    tx`update ${tx(qualified(table))} set ${tx(changes)} where id = ${id}`;
export const selectAll = (table: Table): Statement => (tx) =>
  tx`select id from ${tx(qualified(table))}`;

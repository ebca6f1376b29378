/**
 * The matrix: every table, every command, every actor, and what row-level security (and the
 * triggers behind it) lets happen. Every case aims at A's row labelled `A`; the owner's row of
 * the same statement is the positive control for everyone else's refusal.
 */
import type { Actor } from "./actors.ts";
import type { Table } from "./fixture.ts";

export type Command = "select" | "insert" | "update" | "delete";
/**
 * - `sees(...)`: a plain `select id from <table>` returns exactly these fixture rows (and no row
 *   of anyone else's);
 * - `"ok"`: the write happens to row `A` (or inserts the new row);
 * - `"0 rows"`: no error, nothing affected, nothing changed;
 * - `"42501"` / `"23503"`: refused with that SQLSTATE, nothing changed.
 */
export type Expected =
  | { sees: string[] }
  | "ok"
  | "0 rows"
  | "42501"
  | "23503"
  | "23502"
  | "40001"
  | "P0409"
  | "23505";
export const sees = (...labels: string[]): Expected => ({ sees: labels });

export const MATRIX: [Table, Command, Actor, Expected][] = [
  // users: created and removed with auth.users only; each recruiter reads and edits its own.
  ["users", "select", "owner", sees("A")],
  ["users", "select", "other recruiter", sees("B")],
  ["users", "select", "anon", sees()],
  ["users", "select", "candidate", sees()],
  ["users", "select", "other candidate", sees()],
  ["users", "insert", "owner", "42501"],
  ["users", "insert", "other recruiter", "42501"],
  ["users", "insert", "anon", "42501"],
  ["users", "insert", "candidate", "42501"],
  ["users", "insert", "other candidate", "42501"],
  ["users", "update", "owner", "ok"],
  ["users", "update", "other recruiter", "0 rows"],
  ["users", "update", "anon", "0 rows"],
  ["users", "update", "candidate", "0 rows"],
  ["users", "update", "other candidate", "0 rows"],
  ["users", "delete", "owner", "42501"],
  ["users", "delete", "other recruiter", "42501"],
  ["users", "delete", "anon", "42501"],
  ["users", "delete", "candidate", "42501"],
  ["users", "delete", "other candidate", "42501"],

  // candidates: the recruiter's alone.
  ["candidates", "select", "owner", sees("A")],
  ["candidates", "select", "other recruiter", sees("B")],
  ["candidates", "select", "anon", sees()],
  ["candidates", "select", "candidate", sees()],
  ["candidates", "select", "other candidate", sees()],
  ["candidates", "insert", "owner", "ok"],
  ["candidates", "insert", "other recruiter", "42501"],
  ["candidates", "insert", "anon", "42501"],
  ["candidates", "insert", "candidate", "42501"],
  ["candidates", "insert", "other candidate", "42501"],
  ["candidates", "update", "owner", "ok"],
  ["candidates", "update", "other recruiter", "0 rows"],
  ["candidates", "update", "anon", "0 rows"],
  ["candidates", "update", "candidate", "0 rows"],
  ["candidates", "update", "other candidate", "0 rows"],
  ["candidates", "delete", "owner", "ok"],
  ["candidates", "delete", "other recruiter", "0 rows"],
  ["candidates", "delete", "anon", "0 rows"],
  ["candidates", "delete", "candidate", "0 rows"],
  ["candidates", "delete", "other candidate", "0 rows"],

  // job_descriptions: the recruiter's alone.
  ["job_descriptions", "select", "owner", sees("A", "A-used")],
  ["job_descriptions", "select", "other recruiter", sees("B")],
  ["job_descriptions", "select", "anon", sees()],
  ["job_descriptions", "select", "candidate", sees()],
  ["job_descriptions", "select", "other candidate", sees()],
  ["job_descriptions", "insert", "owner", "ok"],
  ["job_descriptions", "insert", "other recruiter", "42501"],
  ["job_descriptions", "insert", "anon", "42501"],
  ["job_descriptions", "insert", "candidate", "42501"],
  ["job_descriptions", "insert", "other candidate", "42501"],
  ["job_descriptions", "update", "owner", "ok"],
  ["job_descriptions", "update", "other recruiter", "0 rows"],
  ["job_descriptions", "update", "anon", "0 rows"],
  ["job_descriptions", "update", "candidate", "0 rows"],
  ["job_descriptions", "update", "other candidate", "0 rows"],
  ["job_descriptions", "delete", "owner", "ok"],
  ["job_descriptions", "delete", "other recruiter", "0 rows"],
  ["job_descriptions", "delete", "anon", "0 rows"],
  ["job_descriptions", "delete", "candidate", "0 rows"],
  ["job_descriptions", "delete", "other candidate", "0 rows"],

  // cvs: the recruiter's alone.
  ["cvs", "select", "owner", sees("A")],
  ["cvs", "select", "other recruiter", sees("B")],
  ["cvs", "select", "anon", sees()],
  ["cvs", "select", "candidate", sees()],
  ["cvs", "select", "other candidate", sees()],
  ["cvs", "insert", "owner", "ok"],
  ["cvs", "insert", "other recruiter", "42501"],
  ["cvs", "insert", "anon", "42501"],
  ["cvs", "insert", "candidate", "42501"],
  ["cvs", "insert", "other candidate", "42501"],
  ["cvs", "update", "owner", "ok"],
  ["cvs", "update", "other recruiter", "0 rows"],
  ["cvs", "update", "anon", "0 rows"],
  ["cvs", "update", "candidate", "0 rows"],
  ["cvs", "update", "other candidate", "0 rows"],
  ["cvs", "delete", "owner", "ok"],
  ["cvs", "delete", "other recruiter", "0 rows"],
  ["cvs", "delete", "anon", "0 rows"],
  ["cvs", "delete", "candidate", "0 rows"],
  ["cvs", "delete", "other candidate", "0 rows"],

  // interview_tickets: the recruiter's alone (redeeming is service-level, not a policy).
  ["interview_tickets", "select", "owner", sees("A")],
  ["interview_tickets", "select", "other recruiter", sees("B")],
  ["interview_tickets", "select", "anon", sees()],
  ["interview_tickets", "select", "candidate", sees()],
  ["interview_tickets", "select", "other candidate", sees()],
  ["interview_tickets", "insert", "owner", "ok"],
  ["interview_tickets", "insert", "other recruiter", "42501"],
  ["interview_tickets", "insert", "anon", "42501"],
  ["interview_tickets", "insert", "candidate", "42501"],
  ["interview_tickets", "insert", "other candidate", "42501"],
  ["interview_tickets", "update", "owner", "ok"],
  ["interview_tickets", "update", "other recruiter", "0 rows"],
  ["interview_tickets", "update", "anon", "0 rows"],
  ["interview_tickets", "update", "candidate", "0 rows"],
  ["interview_tickets", "update", "other candidate", "0 rows"],
  ["interview_tickets", "delete", "owner", "ok"],
  ["interview_tickets", "delete", "other recruiter", "0 rows"],
  ["interview_tickets", "delete", "anon", "0 rows"],
  ["interview_tickets", "delete", "candidate", "0 rows"],
  ["interview_tickets", "delete", "other candidate", "0 rows"],

  // interviews: the recruiter's; the candidate reads and moves along its own one.
  ["interviews", "select", "owner", sees("A", "A2")],
  ["interviews", "select", "other recruiter", sees("B")],
  ["interviews", "select", "anon", sees()],
  ["interviews", "select", "candidate", sees("A")],
  ["interviews", "select", "other candidate", sees("A2")],
  ["interviews", "insert", "owner", "ok"],
  ["interviews", "insert", "other recruiter", "42501"],
  ["interviews", "insert", "anon", "42501"],
  ["interviews", "insert", "candidate", "42501"],
  ["interviews", "insert", "other candidate", "42501"],
  ["interviews", "update", "owner", "ok"],
  ["interviews", "update", "other recruiter", "0 rows"],
  ["interviews", "update", "anon", "0 rows"],
  ["interviews", "update", "candidate", "ok"],
  ["interviews", "update", "other candidate", "0 rows"],
  // Its owner could delete it, but interview A has a trail, and an interview with a trail goes
  // only with its candidate (the trail's foreign key refuses it alone).
  ["interviews", "delete", "owner", "23503"],
  ["interviews", "delete", "other recruiter", "0 rows"],
  ["interviews", "delete", "anon", "0 rows"],
  ["interviews", "delete", "candidate", "0 rows"],
  ["interviews", "delete", "other candidate", "0 rows"],

  // interview_questions: the recruiter's; the candidate reads and adds its interview's.
  ["interview_questions", "select", "owner", sees("A", "A-open", "A2", "A2-open")],
  ["interview_questions", "select", "other recruiter", sees("B")],
  ["interview_questions", "select", "anon", sees()],
  ["interview_questions", "select", "candidate", sees("A", "A-open")],
  ["interview_questions", "select", "other candidate", sees("A2", "A2-open")],
  ["interview_questions", "insert", "owner", "ok"],
  ["interview_questions", "insert", "other recruiter", "42501"],
  ["interview_questions", "insert", "anon", "42501"],
  // Only the transaction that starts an interview adds its questions (the candidate guard
  // trigger); A started earlier. tests/interviews_test.ts covers the start itself.
  ["interview_questions", "insert", "candidate", "42501"],
  ["interview_questions", "insert", "other candidate", "42501"],
  ["interview_questions", "update", "owner", "ok"],
  ["interview_questions", "update", "other recruiter", "0 rows"],
  ["interview_questions", "update", "anon", "0 rows"],
  ["interview_questions", "update", "candidate", "0 rows"],
  ["interview_questions", "update", "other candidate", "0 rows"],
  ["interview_questions", "delete", "owner", "ok"],
  ["interview_questions", "delete", "other recruiter", "0 rows"],
  ["interview_questions", "delete", "anon", "0 rows"],
  ["interview_questions", "delete", "candidate", "0 rows"],
  ["interview_questions", "delete", "other candidate", "0 rows"],

  // interview_responses: only the candidate answers; the recruiter reads, scores, deletes.
  ["interview_responses", "select", "owner", sees("A", "A2")],
  ["interview_responses", "select", "other recruiter", sees("B")],
  ["interview_responses", "select", "anon", sees()],
  ["interview_responses", "select", "candidate", sees("A")],
  ["interview_responses", "select", "other candidate", sees("A2")],
  ["interview_responses", "insert", "owner", "42501"],
  ["interview_responses", "insert", "other recruiter", "42501"],
  ["interview_responses", "insert", "anon", "42501"],
  ["interview_responses", "insert", "candidate", "ok"],
  ["interview_responses", "insert", "other candidate", "42501"],
  ["interview_responses", "update", "owner", "ok"],
  ["interview_responses", "update", "other recruiter", "0 rows"],
  ["interview_responses", "update", "anon", "0 rows"],
  ["interview_responses", "update", "candidate", "0 rows"],
  ["interview_responses", "update", "other candidate", "0 rows"],
  ["interview_responses", "delete", "owner", "ok"],
  ["interview_responses", "delete", "other recruiter", "0 rows"],
  ["interview_responses", "delete", "anon", "0 rows"],
  ["interview_responses", "delete", "candidate", "0 rows"],
  ["interview_responses", "delete", "other candidate", "0 rows"],

  // interview_reports: the recruiter's alone; the candidate never sees its report.
  ["interview_reports", "select", "owner", sees("A")],
  ["interview_reports", "select", "other recruiter", sees("B")],
  ["interview_reports", "select", "anon", sees()],
  ["interview_reports", "select", "candidate", sees()],
  ["interview_reports", "select", "other candidate", sees()],
  ["interview_reports", "insert", "owner", "ok"],
  ["interview_reports", "insert", "other recruiter", "42501"],
  ["interview_reports", "insert", "anon", "42501"],
  ["interview_reports", "insert", "candidate", "42501"],
  ["interview_reports", "insert", "other candidate", "42501"],
  // A report changes only by a new version (interview_report_versions): its guard refuses.
  ["interview_reports", "update", "owner", "42501"],
  ["interview_reports", "update", "other recruiter", "0 rows"],
  ["interview_reports", "update", "anon", "0 rows"],
  ["interview_reports", "update", "candidate", "0 rows"],
  ["interview_reports", "update", "other candidate", "0 rows"],
  // A report goes only with its candidate: no delete policy.
  ["interview_reports", "delete", "owner", "0 rows"],
  ["interview_reports", "delete", "other recruiter", "0 rows"],
  ["interview_reports", "delete", "anon", "0 rows"],
  ["interview_reports", "delete", "candidate", "0 rows"],
  ["interview_reports", "delete", "other candidate", "0 rows"],

  // interview_events and ai_events: the trail, append-only. The recruiter reads its own and
  // records its own events; a candidate records only its own moves (EXTRA below) and reads
  // nothing; no one updates or deletes a recorded event (the privileges are revoked: 42501).
  ...trailRows("interview_events", [
    "A",
    "A2",
    "A-report_version_created",
    "A-decision_recorded",
    "A-request_opened",
    "A2-request_opened",
  ], ["B", "B-report_version_created", "B-decision_recorded", "B-request_opened"]),
  ...trailRows("ai_events", ["A", "A2"], ["B"]),
  // interview_report_versions and interview_decisions: the recruiter's history, append-only too.
  ...trailRows("interview_report_versions", ["A"], ["B"]),
  ...trailRows("interview_decisions", ["A"], ["B"]),

  // candidate_requests: the candidate asks about its own interview and reads its requests; the
  // recruiter reads and answers (an answer is the only change: EXTRA below); no one deletes.
  ["candidate_requests", "select", "owner", sees("A", "A2")],
  ["candidate_requests", "select", "other recruiter", sees("B")],
  ["candidate_requests", "select", "anon", sees()],
  ["candidate_requests", "select", "candidate", sees("A")],
  ["candidate_requests", "select", "other candidate", sees("A2")],
  ["candidate_requests", "insert", "owner", "42501"],
  ["candidate_requests", "insert", "other recruiter", "42501"],
  ["candidate_requests", "insert", "anon", "42501"],
  ["candidate_requests", "insert", "candidate", "ok"],
  ["candidate_requests", "insert", "other candidate", "42501"],
  // What was asked never changes (the guard), and only an answer is an update.
  ["candidate_requests", "update", "owner", "42501"],
  ["candidate_requests", "update", "other recruiter", "0 rows"],
  ["candidate_requests", "update", "anon", "0 rows"],
  ["candidate_requests", "update", "candidate", "0 rows"],
  ["candidate_requests", "update", "other candidate", "0 rows"],
  ["candidate_requests", "delete", "owner", "42501"],
  ["candidate_requests", "delete", "other recruiter", "42501"],
  ["candidate_requests", "delete", "anon", "42501"],
  ["candidate_requests", "delete", "candidate", "42501"],
  ["candidate_requests", "delete", "other candidate", "42501"],

  // self_identifications: the candidate's own, in `private`; no recruiter reads or writes one
  // (the bias audit's aggregates come from a function); the anonymous role cannot even reach
  // the schema.
  ["self_identifications", "select", "owner", sees()],
  ["self_identifications", "select", "other recruiter", sees()],
  ["self_identifications", "select", "anon", "42501"],
  ["self_identifications", "select", "candidate", sees("A")],
  ["self_identifications", "select", "other candidate", sees()],
  ["self_identifications", "insert", "owner", "42501"],
  ["self_identifications", "insert", "other recruiter", "42501"],
  ["self_identifications", "insert", "anon", "42501"],
  // One per interview: the candidate answered already (its insert for A2 is EXTRA below).
  ["self_identifications", "insert", "candidate", "23505"],
  ["self_identifications", "insert", "other candidate", "42501"],
  ["self_identifications", "update", "owner", "0 rows"],
  ["self_identifications", "update", "other recruiter", "0 rows"],
  ["self_identifications", "update", "anon", "42501"],
  ["self_identifications", "update", "candidate", "ok"],
  ["self_identifications", "update", "other candidate", "0 rows"],
  ["self_identifications", "delete", "owner", "42501"],
  ["self_identifications", "delete", "other recruiter", "42501"],
  ["self_identifications", "delete", "anon", "42501"],
  ["self_identifications", "delete", "candidate", "42501"],
  ["self_identifications", "delete", "other candidate", "42501"],

  // candidate_erasures: tombstones, written by the erasure trigger alone; the recruiter reads
  // its own and changes none.
  ["candidate_erasures", "select", "owner", sees("A")],
  ["candidate_erasures", "select", "other recruiter", sees("B")],
  ["candidate_erasures", "select", "anon", sees()],
  ["candidate_erasures", "select", "candidate", sees()],
  ["candidate_erasures", "select", "other candidate", sees()],
  ...(["insert", "update", "delete"] as const).flatMap((command) =>
    (["owner", "other recruiter", "anon", "candidate", "other candidate"] as const).map((
      actor,
    ) => ["candidate_erasures", command, actor, "42501"] as [Table, Command, Actor, Expected])
  ),
];

function trailRows(
  table: Table,
  owner: string[],
  other: string[],
): [Table, Command, Actor, Expected][] {
  return [
    [table, "select", "owner", sees(...owner)],
    [table, "select", "other recruiter", sees(...other)],
    [table, "select", "anon", sees()],
    [table, "select", "candidate", sees()],
    [table, "select", "other candidate", sees()],
    [table, "insert", "owner", "ok"],
    [table, "insert", "other recruiter", "42501"],
    [table, "insert", "anon", "42501"],
    [table, "insert", "candidate", "42501"],
    [table, "insert", "other candidate", "42501"],
    ...(["update", "delete"] as const).flatMap((command) =>
      (["owner", "other recruiter", "anon", "candidate", "other candidate"] as const).map((
        actor,
      ) => [table, command, actor, "42501"] as [Table, Command, Actor, Expected])
    ),
  ];
}

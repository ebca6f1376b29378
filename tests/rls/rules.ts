/**
 * Cases beyond the matrix: the rules the schema keeps whoever asks (requests, decisions, a
 * candidate's status, the trail), and references across tenants and interviews.
 */
import { ACTORS, type Identity } from "./actors.ts";
import { A, B, rows as r, type Table } from "./fixture.ts";
import type { Expected } from "./matrix.ts";
import { insertInto, type Statement, updateRow } from "./statements.ts";

export const RULES: [string, Identity, Table, Statement, Expected][] = [
  [
    "a candidate gives its self-identification for the interview it takes",
    ACTORS["other candidate"],
    "self_identifications",
    insertInto("self_identifications", {
      interview_id: r.interviews.A2,
      sex: "decline",
      race_ethnicity: "decline",
    }),
    "ok",
  ],
  [
    "a candidate cannot give a self-identification for another interview",
    ACTORS.candidate,
    "self_identifications",
    insertInto("self_identifications", { interview_id: r.interviews.A2 }),
    "42501",
  ],
  [
    "a recruiter answers a request on its own interview",
    ACTORS.owner,
    "candidate_requests",
    updateRow("candidate_requests", r.candidate_requests.A, {
      status: "answered",
      answer: "Here is how it was assessed.",
      answered_by: A,
      answered_at: new Date(),
    }),
    "ok",
  ],
  // A candidate's status: rejected, offered and hired only by a decision.
  [
    "a recruiter cannot reject a candidate without a decision",
    ACTORS.owner,
    "candidates",
    updateRow("candidates", r.candidates.A, { status: "rejected" }),
    "P0409",
  ],
  [
    "a rejected candidate moves out of rejected only by a decision",
    ACTORS["other recruiter"],
    "candidates",
    async (tx) => {
      await insertInto("interview_decisions", {
        owner_id: B,
        interview_id: r.interviews.B,
        candidate_id: r.candidates.B,
        decided_by: B,
      })(tx);
      // Rejected by that decision; back to screening takes a decision that says so.
      return await tx`update public.candidates set status = 'screening' where id = ${r.candidates.B}`;
    },
    "P0409",
  ],
  [
    "a new candidate cannot start as hired",
    ACTORS.owner,
    "candidates",
    insertInto("candidates", { status: "hired" }),
    "P0409",
  ],
  [
    "a recruiter cannot decide on another recruiter's interview",
    ACTORS["other recruiter"],
    "interview_decisions",
    insertInto("interview_decisions", { owner_id: B, decided_by: B }),
    "23502",
  ],
  [
    "a version must follow the report's current one",
    ACTORS.owner,
    "interview_report_versions",
    insertInto("interview_report_versions", { version: 5 }),
    "40001",
  ],
  // The trail: a candidate records its own moves on its own interview, nothing else.
  [
    "a candidate records a question served in the interview it takes",
    ACTORS.candidate,
    "interview_events",
    insertInto("interview_events", { kind: "question_served", actor: "candidate", actor_id: null }),
    "ok",
  ],
  [
    "a candidate cannot record a move in another interview",
    ACTORS.candidate,
    "interview_events",
    insertInto("interview_events", {
      interview_id: r.interviews.A2,
      kind: "question_served",
      actor: "candidate",
      actor_id: null,
    }),
    "42501",
  ],
  [
    "a recruiter cannot record a candidate's move",
    ACTORS.owner,
    "interview_events",
    insertInto("interview_events", { kind: "answer_received" }),
    "42501",
  ],
  [
    "a recruiter cannot record an event in another recruiter's interview",
    ACTORS["other recruiter"],
    "interview_events",
    insertInto("interview_events", { owner_id: B, candidate_id: r.candidates.B, actor_id: B }),
    "23503",
  ],
  [
    "a recruiter cannot record an AI call in another recruiter's interview",
    ACTORS["other recruiter"],
    "ai_events",
    insertInto("ai_events", { owner_id: B, candidate_id: r.candidates.B }),
    "23503",
  ],
  [
    "a candidate cannot record an AI call outside the transaction that starts its interview",
    ACTORS.candidate,
    "ai_events",
    insertInto("ai_events", { task: "questions" }),
    "42501",
  ],
  [
    "a candidate records its questions' AI call in the transaction that starts its interview",
    ACTORS["other candidate"],
    "ai_events",
    async (tx) => {
      await tx`update public.interviews set status = 'in_progress', started_at = now(),
        deadline_at = now() + interval '45 minutes' where id = ${r.interviews.A2}`;
      return await insertInto("ai_events", { task: "questions", interview_id: r.interviews.A2 })(
        tx,
      );
    },
    "ok",
  ],
  // A recruiter's own owner_id does not let it point at another recruiter's rows (composite
  // foreign keys), and the same statement aimed at its own parents succeeds.
  [
    "a recruiter cannot add a CV to another recruiter's candidate",
    ACTORS["other recruiter"],
    "cvs",
    insertInto("cvs", { owner_id: B, candidate_id: r.candidates.A, storage_path: `${B}/x` }),
    "23503",
  ],
  [
    "a recruiter can add a CV to its own candidate",
    ACTORS["other recruiter"],
    "cvs",
    insertInto("cvs", { owner_id: B, candidate_id: r.candidates.B, storage_path: `${B}/x` }),
    "ok",
  ],
  [
    "a recruiter cannot issue a ticket for another recruiter's candidate",
    ACTORS["other recruiter"],
    "interview_tickets",
    insertInto("interview_tickets", {
      owner_id: B,
      candidate_id: r.candidates.A,
      job_description_id: r.job_descriptions.B,
    }),
    "23503",
  ],
  [
    "a recruiter cannot issue a ticket for another recruiter's job",
    ACTORS["other recruiter"],
    "interview_tickets",
    insertInto("interview_tickets", {
      owner_id: B,
      candidate_id: r.candidates.B,
      job_description_id: r.job_descriptions.A,
    }),
    "23503",
  ],
  [
    "a recruiter can issue a ticket for its own candidate and job",
    ACTORS["other recruiter"],
    "interview_tickets",
    insertInto("interview_tickets", {
      owner_id: B,
      candidate_id: r.candidates.B,
      job_description_id: r.job_descriptions.B,
    }),
    "ok",
  ],
  [
    "a recruiter cannot create an interview for another recruiter's candidate",
    ACTORS["other recruiter"],
    "interviews",
    insertInto("interviews", {
      owner_id: B,
      candidate_id: r.candidates.A,
      job_description_id: r.job_descriptions.B,
    }),
    "23503",
  ],
  [
    "a recruiter cannot create an interview for another recruiter's job",
    ACTORS["other recruiter"],
    "interviews",
    insertInto("interviews", {
      owner_id: B,
      candidate_id: r.candidates.B,
      job_description_id: r.job_descriptions["A-used"],
    }),
    "23503",
  ],
  [
    "a recruiter cannot create an interview from another recruiter's ticket",
    ACTORS["other recruiter"],
    "interviews",
    insertInto("interviews", {
      owner_id: B,
      candidate_id: r.candidates.B,
      job_description_id: r.job_descriptions.B,
      ticket_id: r.interview_tickets.A,
    }),
    "23503",
  ],
  [
    "a recruiter can create an interview for its own candidate, job and ticket",
    ACTORS["other recruiter"],
    "interviews",
    insertInto("interviews", {
      owner_id: B,
      candidate_id: r.candidates.B,
      job_description_id: r.job_descriptions.B,
      ticket_id: r.interview_tickets.B,
    }),
    "ok",
  ],
  [
    "a recruiter cannot add a question to another recruiter's interview",
    ACTORS["other recruiter"],
    "interview_questions",
    insertInto("interview_questions", { owner_id: B, interview_id: r.interviews.A }),
    "23503",
  ],
  [
    "a recruiter can add a question to its own interview",
    ACTORS["other recruiter"],
    "interview_questions",
    insertInto("interview_questions", { owner_id: B, interview_id: r.interviews.B }),
    "ok",
  ],
  [
    "a recruiter cannot report on another recruiter's interview",
    ACTORS["other recruiter"],
    "interview_reports",
    insertInto("interview_reports", { owner_id: B, interview_id: r.interviews.A2 }),
    "23503",
  ],
  [
    "a recruiter cannot move its own CV to another recruiter's candidate",
    ACTORS["other recruiter"],
    "cvs",
    updateRow("cvs", r.cvs.B, { candidate_id: r.candidates.A }),
    "23503",
  ],
  [
    "a recruiter cannot move its own interview to another recruiter's job",
    ACTORS["other recruiter"],
    "interviews",
    updateRow("interviews", r.interviews.B, { job_description_id: r.job_descriptions.A }),
    "23503",
  ],
  [
    "a recruiter cannot hand its candidate to another recruiter",
    ACTORS.owner,
    "candidates",
    updateRow("candidates", r.candidates.A, { owner_id: B }),
    "42501",
  ],
  [
    "a recruiter cannot create a row in another recruiter's name",
    ACTORS.owner,
    "job_descriptions",
    insertInto("job_descriptions", { owner_id: B }),
    "42501",
  ],
];

/**
 * The candidates function: the people in a recruiter's pipeline, and their data rights: a copy
 * of everything held about one (GET /candidates/:id/export) and its erasure
 * (DELETE /candidates/:id), which leaves a tombstone without personal data.
 */
import { Buffer } from "node:buffer";
import { candidateTrail } from "@shared/audit/trail.ts";
import * as routes from "@shared/contracts/candidates.ts";
import type { CandidateExport } from "@shared/contracts/candidates.ts";
import {
  columnsOf,
  deleteRow,
  getRow,
  insertRow,
  listRows,
  updateRow,
} from "@shared/db/owned_table.ts";
import { sql } from "@shared/db/statement.ts";
import {
  candidates,
  cvs,
  decisionColumns,
  interviewReports,
  interviewReportVersions,
  interviews,
  interviewTickets,
  requestDetailColumns,
} from "@shared/db/tables.ts";
import { query, withUserTransaction } from "@shared/db/transaction.ts";
import { createApp, createRouter } from "@shared/http/app.ts";
import { drainFileRemovals } from "@shared/rights/retention.ts";
import { cvStore } from "@shared/storage/cv_store.ts";
import { envelope, paged } from "@shared/http/envelope.ts";
import { NotFoundError } from "@shared/http/errors.ts";
import type { Candidate } from "@shared/schemas/candidate.ts";
import { type Cv, storedParsedCv } from "@shared/schemas/cv.ts";
import type { Interview } from "@shared/schemas/interview.ts";
import type { InterviewDecision } from "@shared/schemas/interview_decision.ts";
import type { InterviewReport, InterviewReportVersion } from "@shared/schemas/interview_report.ts";
import type { InterviewTicket } from "@shared/schemas/interview_ticket.ts";
import type { CandidateRequestDetail } from "@shared/schemas/candidate_request.ts";
import type { z } from "zod";

type CandidateErasure = z.infer<typeof routes.CandidateErasure>;
type ExportedQuestion = CandidateExport["interviews"][number]["questions"][number];

const notFound = () => new NotFoundError("Candidate not found.");
const router = createRouter();

router.openapi(routes.create, async (c) => {
  const principal = c.get("principal");
  const [candidate] = await withUserTransaction(
    principal,
    insertRow<Candidate>(candidates, { ...c.req.valid("json"), owner_id: principal.claims.sub }),
  );
  return c.json(envelope(candidate), 201);
});

router.openapi(routes.list, async (c) => {
  const { page, page_size, q, status } = c.req.valid("query");
  const [items, [{ total }]] = await withUserTransaction(
    c.get("principal"),
    listRows<Candidate>(candidates, { page, page_size, q, filters: { status } }),
  );
  return c.json(envelope(paged(items, total, page, page_size)), 200);
});

router.openapi(routes.get, async (c) => {
  const [candidate] = await withUserTransaction(
    c.get("principal"),
    getRow<Candidate>(candidates, c.req.valid("param").id),
  );
  if (!candidate) throw notFound();
  return c.json(envelope(candidate), 200);
});

router.openapi(routes.update, async (c) => {
  const [candidate] = await withUserTransaction(
    c.get("principal"),
    updateRow<Candidate>(candidates, c.req.valid("param").id, c.req.valid("json")),
  );
  if (!candidate) throw notFound();
  return c.json(envelope(candidate), 200);
});

router.openapi(routes.remove, async (c) => {
  const { id } = c.req.valid("param");
  // Erasure: deleting the row takes everything about the candidate with it (cascades), and the
  // database writes the tombstone first (20261204002500_data_rights.sql). The files are removed
  // here, in the same transaction, so a file that cannot be removed keeps everything (503, try
  // again).
  const store = cvStore();
  const erased = await withUserTransaction(c.get("principal"), async (tx) => {
    const files = await query(
      tx,
      sql<{ storage_path: string }>`select storage_path from public.cvs where candidate_id = ${id}`,
    );
    const [row] = await query(tx, deleteRow(candidates, id));
    if (!row) return null;
    // This transaction's tombstone: erased_at is the transaction's start.
    const [erasure] = await query(
      tx,
      sql<CandidateErasure>`
        select id, erased_at, erased_by, reason, rows, files from public.candidate_erasures
        where erased_at = now() order by id limit 1`,
    );
    await Promise.all(files.map((file) => store.remove(file.storage_path)));
    return { id: row.id, deleted: true as const, erasure };
  });
  if (!erased) throw notFound();
  // Files the retention purge queued (the database cannot reach storage) go as erasures happen,
  // a few at a time; a store that refuses leaves them for the next time.
  await drainFileRemovals(20).catch(() => {});
  return c.json(envelope(erased, "Erased."), 200);
});

router.openapi(routes.exportData, async (c) => {
  const { id } = c.req.valid("param");
  // Everything about the candidate, read as the recruiter in one transaction (one snapshot).
  const ofInterviews = sql`select id from public.interviews where candidate_id = ${id}`;
  const [
    [candidate],
    cvRows,
    tickets,
    interviewRows,
    questions,
    answers,
    reports,
    versions,
    decisions,
    requests,
    trail,
  ] = await withUserTransaction(c.get("principal"), [
    getRow<Candidate>(candidates, id),
    sql<
      Cv & {
        extracted_text: string | null;
        parse_error: string | null;
        sha256: string;
        storage_path: string;
      }
    >`
      select ${columnsOf(cvs)}, extracted_text, parse_error, sha256, storage_path
      from public.cvs where candidate_id = ${id} order by created_at, id`,
    sql<InterviewTicket>`
      select ${columnsOf(interviewTickets)} from public.interview_tickets
      where candidate_id = ${id} order by created_at, id`,
    sql<Interview>`
      select ${columnsOf(interviews)} from public.interviews
      where candidate_id = ${id} order by created_at, id`,
    sql<Omit<ExportedQuestion, "answer"> & { interview_id: string }>`
      select id, interview_id, position, follow_up_index, parent_question_id, text, category,
             source, difficulty, competency, expected_points, time_limit_seconds,
             rubric -> 'claim' ->> 'text' as claim, created_at
      from public.interview_questions where interview_id in (${ofInterviews})
      order by position, follow_up_index`,
    sql<NonNullable<ExportedQuestion["answer"]>>`
      select id, interview_id, question_id, answer_text, duration_seconds, score,
             score_details as evaluation, evaluated_at, created_at
      from public.interview_responses where interview_id in (${ofInterviews})`,
    sql<InterviewReport>`
      select ${columnsOf(interviewReports)} from public.interview_reports
      where interview_id in (${ofInterviews})`,
    sql<InterviewReportVersion & { interview_id: string }>`
      select ${columnsOf(interviewReportVersions)},
             (select r.interview_id from public.interview_reports r where r.id = report_id)
               as interview_id
      from public.interview_report_versions
      where report_id in (select id from public.interview_reports
                          where interview_id in (${ofInterviews}))
      order by version`,
    sql<InterviewDecision>`
      select ${decisionColumns} from public.interview_decisions d
      where d.candidate_id = ${id} order by d.seq desc`,
    sql<CandidateRequestDetail>`
      select ${requestDetailColumns} from public.candidate_requests r
      where r.candidate_id = ${id} order by r.created_at desc`,
    candidateTrail(id),
  ]);
  if (!candidate) throw notFound();

  // The files themselves, from storage (a file storage lost is said to be missing).
  const store = cvStore();
  const exportedCvs = await Promise.all(cvRows.map(async ({ storage_path, ...cv }) => {
    const bytes = await store.get(storage_path);
    return {
      ...cv,
      parsed: cv.parsed ? storedParsedCv(cv.parsed) : null,
      file: bytes
        ? { encoding: "base64" as const, content: Buffer.from(bytes).toString("base64") }
        : null,
    };
  }));
  const byInterview = <T extends { interview_id: string }>(rows: T[], interviewId: string) =>
    rows.filter((row) => row.interview_id === interviewId);
  const document: CandidateExport = {
    format: "interview-platform/candidate-export@1",
    exported_at: new Date().toISOString(),
    candidate,
    cvs: exportedCvs,
    tickets,
    interviews: interviewRows.map((interview) => {
      const answerOf = new Map(
        byInterview(answers, interview.id).map((answer) => [answer.question_id, answer]),
      );
      return {
        ...interview,
        questions: byInterview(questions, interview.id).map(({ interview_id: _, ...question }) => ({
          ...question,
          answer: answerOf.get(question.id) ?? null,
        })),
        report: reports.find((report) => report.interview_id === interview.id) ?? null,
        report_versions: byInterview(versions, interview.id).map((
          { interview_id: _, ...version },
        ) => version),
        decisions: decisions.filter((decision) => decision.interview_id === interview.id),
        requests: requests.filter((request) => request.interview_id === interview.id),
      };
    }),
    trail,
    not_included: [
      {
        what: "The voluntary self-identification (sex, race or ethnicity)",
        why:
          "No recruiter reads it, so it cannot be handed over by one: the candidate reads it with the interview's credential (GET /interviews/{id}/self-identification). It is erased with everything else.",
      },
      {
        what: "Ticket codes and credentials",
        why: "Never stored: only a hash of each ticket's code is kept.",
      },
    ],
  };
  return c.json(envelope(document), 200);
});

export const app = createApp("/candidates");
app.route("/", router);

/** The candidates function's routes (served at /functions/v1/candidates). */
import { z } from "zod";
import { createRoute } from "../http/router.ts";
import { AuditEvent } from "../schemas/audit.ts";
import {
  Candidate,
  CandidateCreate,
  CandidateStatus,
  CandidateUpdate,
} from "../schemas/candidate.ts";
import { CandidateRequestDetail } from "../schemas/candidate_request.ts";
import { Timestamp, Uuid } from "../schemas/common.ts";
import { Cv } from "../schemas/cv.ts";
import { Interview } from "../schemas/interview.ts";
import { InterviewDecision } from "../schemas/interview_decision.ts";
import { InterviewReport, InterviewReportVersion } from "../schemas/interview_report.ts";
import { InterviewTicket } from "../schemas/interview_ticket.ts";
import { InterviewQuestionDetail } from "./interviews.ts";
import { IdParams, resourceRoutes } from "./resource.ts";
import { bearerAuth, errors, ok } from "./responses.ts";

const tags = ["candidates"];

export const { create, list, get, update } = resourceRoutes({
  tag: "candidates",
  noun: "candidate",
  row: Candidate,
  create: CandidateCreate,
  update: CandidateUpdate,
  filters: { status: CandidateStatus.optional() },
  searches: "name, email, phone, location and notes",
});

/** The tombstone an erasure leaves: when, by whom, how many rows; no personal data. */
export const CandidateErasure = z.object({
  id: Uuid,
  erased_at: Timestamp,
  erased_by: Uuid.nullable().meta({ description: "The recruiter; null for the retention purge." }),
  reason: z.enum(["request", "retention"]),
  rows: z.record(z.string(), z.int().min(0)).meta({ description: "Rows removed, per table." }),
  files: z.int().min(0).meta({ description: "CV files removed from storage." }),
}).meta({ id: "CandidateErasure" });

export const CandidateErased = z.object({
  id: Uuid,
  deleted: z.literal(true),
  erasure: CandidateErasure,
}).meta({ id: "CandidateErased" });

export const remove = createRoute({
  method: "delete",
  path: "/{id}",
  tags,
  summary: "Erase a candidate and everything held about them",
  description:
    "In one transaction with the storage cleanup: the candidate, their CVs and files, tickets, interviews with questions, answers and evaluations, reports and every version, decisions, requests, self-identification, the interview trail and the AI's records. What stays is a tombstone without personal data: when, by whom, how many rows of each table.",
  security: bearerAuth,
  request: { params: IdParams },
  responses: { 200: ok(CandidateErased, "Erased."), ...errors(401, 404, 409, 422, 503) },
});

export const ExportedCv = Cv.extend({
  extracted_text: z.string().nullable(),
  parse_error: z.string().nullable(),
  sha256: z.string(),
  file: z.object({
    encoding: z.literal("base64"),
    content: z.string(),
  }).nullable().meta({ description: "The file itself; null if storage no longer has it." }),
}).meta({ id: "ExportedCv" });

export const ExportedInterview = Interview.extend({
  questions: z.array(InterviewQuestionDetail).meta({
    description: "Every question with its rubric's points and its answer with the evaluation.",
  }),
  report: InterviewReport.nullable(),
  report_versions: z.array(InterviewReportVersion),
  decisions: z.array(InterviewDecision),
  requests: z.array(CandidateRequestDetail),
}).meta({ id: "ExportedInterview" });

export const CandidateExport = z.object({
  format: z.literal("interview-platform/candidate-export@1"),
  exported_at: Timestamp,
  candidate: Candidate,
  cvs: z.array(ExportedCv),
  tickets: z.array(InterviewTicket),
  interviews: z.array(ExportedInterview),
  trail: z.array(AuditEvent.extend({ interview_id: Uuid.nullable() })).meta({
    description:
      "Every event and AI record about the candidate, oldest first: what the AI was given and answered, each step of each interview.",
  }),
  not_included: z.array(z.object({ what: z.string(), why: z.string() })),
}).meta({
  id: "CandidateExport",
  description:
    "Everything held about a candidate, as one document: for their right of access and to data portability (GDPR Art. 15, 20).",
});
export type CandidateExport = z.infer<typeof CandidateExport>;

export const exportData = createRoute({
  method: "get",
  path: "/{id}/export",
  tags,
  summary: "Everything held about a candidate, as one JSON document with the CV files",
  description:
    "The profile, CVs with what was parsed and the files (base64), tickets, interviews with questions, answers and evaluations, reports and every version, decisions, requests, and the trail with every AI record. The voluntary self-identification is not in it: no recruiter reads it; the candidate reads it with the interview's credential.",
  security: bearerAuth,
  request: { params: IdParams },
  responses: { 200: ok(CandidateExport, "The export."), ...errors(401, 404, 422, 503) },
});

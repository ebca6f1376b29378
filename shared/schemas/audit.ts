/** An interview's audit trail (public.interview_events and public.ai_events), as answered. */
import { z } from "zod";
import { Timestamp, Uuid } from "./common.ts";

export const AuditEventKind = z.enum([
  "ticket_issued",
  "ticket_redeemed",
  "notice_shown",
  "interview_started",
  "question_served",
  "answer_received",
  "interview_finished",
  "report_version_created",
  "decision_recorded",
  "request_opened",
  "request_answered",
  "ai_call",
]).meta({ id: "AuditEventKind" });

export const AiTask = z.enum([
  "questions",
  "answer_evaluation",
  "report_evaluation",
  "report_prose",
  "cv_extraction",
]).meta({ id: "AiTask" });

/** One call to the AI: what it was given, what it answered (or why it failed), and who made it. */
export const AiCallRecord = z.object({
  task: AiTask,
  provider: z.string(),
  model: z.string().nullable(),
  prompt_version: z.string(),
  input_sha256: z.string().regex(/^[0-9a-f]{64}$/).meta({
    description: "SHA-256 of `input` as canonical JSON (keys sorted, no white space).",
  }),
  input: z.unknown().meta({
    description: "Exactly what the AI was given; never the candidate's identity.",
  }),
  output: z.unknown().meta({ description: "What it answered; null when the call failed." }),
  error: z.string().nullable(),
  latency_ms: z.int().min(0),
  called_at: Timestamp,
  question_id: Uuid.nullable(),
  response_id: Uuid.nullable(),
  report_id: Uuid.nullable(),
}).meta({ id: "AiCallRecord" });

export const AuditEvent = z.object({
  id: Uuid,
  at: Timestamp.meta({ description: "When the database recorded it." }),
  kind: AuditEventKind,
  actor: z.enum(["candidate", "recruiter", "system", "ai"]),
  actor_id: Uuid.nullable().meta({ description: "The recruiter, for a recruiter's event." }),
  data: z.record(z.string(), z.unknown()),
  ai: AiCallRecord.nullable().meta({ description: "For `ai_call`: the call." }),
}).meta({ id: "AuditEvent" });

export type AuditEvent = z.infer<typeof AuditEvent>;

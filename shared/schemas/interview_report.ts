/** The report on a completed interview (public.interview_reports). */
import { z } from "zod";
import { Timestamp, Uuid } from "./common.ts";
import { AnswerFlag } from "./interview_response.ts";

export const Recommendation = z.enum(["strong_hire", "hire", "maybe", "no_hire"])
  .meta({ id: "Recommendation" });

const Score = z.number().min(0).max(100);

/** Said with every report: the AI recommends, a person decides. */
export const HUMAN_DECISION_NOTICE =
  "This is an AI assessment to support a human decision, not a decision. Check the evidence behind each score; a person decides on the candidate.";

export const Evidence = z.object({
  question_id: Uuid,
  point: z.string(),
  quote: z.string().meta({ description: "The candidate's own words, exactly as written." }),
}).meta({ id: "Evidence" });

export const CompetencyAssessment = z.object({
  name: z.string(),
  score: Score,
  reason: z.string(),
  question_ids: z.array(Uuid),
  evidence: z.array(Evidence),
  missing: z.array(z.string()),
}).meta({ id: "CompetencyAssessment" });

export const ReportFlag = z.object({
  code: AnswerFlag,
  question_id: Uuid,
  message: z.string(),
}).meta({ id: "ReportFlag" });

export const ClaimCheck = z.object({
  claim: z.string().meta({ description: "The CV's claim, word for word." }),
  company: z.string().nullable(),
  question_id: Uuid,
  status: z.enum(["supported", "unsupported", "contradicted"]),
  reason: z.string(),
  evidence: z.array(z.object({ question_id: Uuid, quote: z.string() })),
}).meta({ id: "ClaimCheck" });

/** What the report is built from beside its numbers, kept as one document. */
export const ReportDetails = z.object({
  competencies: z.array(CompetencyAssessment),
  flags: z.array(ReportFlag),
  claim_check: z.array(ClaimCheck),
  answered: z.int().min(0),
  total: z.int().min(0),
  follow_ups: z.int().min(0),
});

export const InterviewReportBase = z.object({
  overall_score: Score,
  recommendation: Recommendation,
  summary: z.string().max(10_000),
  strengths: z.array(z.string()),
  weaknesses: z.array(z.string()),
  competency_scores: z.record(z.string(), Score),
});

/** What a recruiter sends: the interview to report on. The rest comes from the evaluations. */
export const GenerateInterviewReport = z.object({ interview_id: Uuid }).strict()
  .meta({ id: "GenerateInterviewReport" });

export const InterviewReportCreate = InterviewReportBase.extend({
  interview_id: Uuid,
  job_description_id: Uuid,
  details: ReportDetails,
  provider: z.string().max(100),
  model: z.string().max(200).nullable(),
  prompt_version: z.string().max(100),
  rubric_version: z.string().max(100).nullable(),
}).strict();

export const InterviewReportUpdate = InterviewReportBase.partial().strict();

export const InterviewReport = InterviewReportBase.extend({
  id: Uuid,
  interview_id: Uuid,
  job: z.object({ id: Uuid, title: z.string() }).nullable().meta({
    description: "The job the candidate was assessed for.",
  }),
  competencies: z.array(CompetencyAssessment).meta({
    description: "Per competency: the score, a reason, and the candidate's words behind it.",
  }),
  flags: z.array(ReportFlag),
  claim_check: z.array(ClaimCheck).meta({
    description: "Each CV claim the interview probed, and whether the answers backed it up.",
  }),
  ai: z.object({
    provider: z.string(),
    model: z.string().nullable(),
    prompt_version: z.string().nullable(),
    rubric_version: z.string().nullable(),
  }).meta({ description: "Which AI produced the report, and with which prompts and rubrics." }),
  notice: z.string().meta({
    description: "That this is an AI assessment for a person to decide on.",
  }),
  created_at: Timestamp,
}).meta({ id: "InterviewReport" });

export type InterviewReportCreate = z.infer<typeof InterviewReportCreate>;
export type InterviewReportUpdate = z.infer<typeof InterviewReportUpdate>;
export type InterviewReport = z.infer<typeof InterviewReport>;

/** The report on a completed interview (public.interview_reports). */
import { z } from "zod";
import { atLeastOneField, noNul, Timestamp, Uuid } from "./common.ts";
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
  review: z.object({
    ai_score: Score.meta({ description: "The score the AI gave." }),
    reason: z.string().meta({ description: "Why the reviewer changed it." }),
  }).optional().meta({
    description:
      "Present when a person changed this competency's score; `reason` above is the AI's.",
  }),
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

export const ReportSource = z.enum(["ai", "human"]).meta({
  id: "ReportSource",
  description: "ai: the AI's report or a re-score; human: a person's review of an earlier version.",
});

/** One value a reviewer changed, from what to what, and why. */
export const ReportChange = z.object({
  field: z.enum(["overall_score", "recommendation", "competency_scores"]),
  competency: z.string().nullable().meta({ description: "For a competency score: its name." }),
  from: z.union([Score, Recommendation]),
  to: z.union([Score, Recommendation]),
  reason: z.string(),
}).meta({ id: "ReportChange" });

/** A person, as a report or a decision names them. */
export const PersonRef = z.object({
  id: Uuid,
  full_name: z.string().nullable(),
}).meta({ id: "PersonRef" });

/** The AI's own figures, beside a version a person changed. */
export const AiOriginal = z.object({
  version: z.int().min(1),
  overall_score: Score,
  recommendation: Recommendation,
  competency_scores: z.record(z.string(), Score),
}).meta({ id: "AiOriginal" });

/** Which version a report is, who made it, and what was changed from the AI's. */
const versioning = {
  version: z.int().min(0).meta({
    description: "1 for the AI's first report, then one per change.",
  }),
  source: ReportSource,
  provider: z.string().meta({ description: "The AI provider (for a human version: the AI's)." }),
  model: z.string().nullable(),
  prompt_version: z.string().nullable(),
  rubric_version: z.string().nullable(),
  reviewer: PersonRef.nullable().meta({ description: "Who made a human version." }),
  changes: z.array(ReportChange).meta({
    description: "For a human version: each value changed from the AI's version, with its reason.",
  }),
};

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
  ...versioning,
  ai_original: AiOriginal.nullable().meta({
    description: "When a person changed the report: the AI's figures it changed them from.",
  }),
  created_at: Timestamp,
  updated_at: Timestamp.meta({ description: "When the current version became current." }),
}).meta({ id: "InterviewReport" });

/** One version of a report, as it was. */
export const InterviewReportVersion = InterviewReportBase.extend({
  id: Uuid,
  report_id: Uuid,
  based_on_version: z.int().min(1).nullable().meta({
    description: "For a human version: the version reviewed.",
  }),
  competencies: z.array(CompetencyAssessment),
  flags: z.array(ReportFlag),
  claim_check: z.array(ClaimCheck),
  ...versioning,
  created_at: Timestamp,
}).meta({ id: "InterviewReportVersion" });

/** A changed value and why: every change a reviewer makes carries its reason. */
const reviewed = <T extends z.ZodType>(value: T) =>
  z.object({
    value,
    reason: z.string().trim().min(3).max(2000).refine(...noNul).meta({
      description: "Why the value is changed; shown beside it and kept in the report's history.",
    }),
  }).strict();

export const ReportReview = z.object({
  overall_score: reviewed(Score).optional(),
  recommendation: reviewed(Recommendation).optional(),
  competency_scores: z.record(z.string().min(1).max(100), reviewed(Score)).refine(
    (scores) => Object.keys(scores).length > 0,
    { message: "Name at least one competency." },
  ).optional(),
}).strict().refine(...atLeastOneField).meta({
  id: "ReportReview",
  description:
    "What a person changes in the current version, each value with its reason. The result is a new version; the AI's stays.",
});
export type ReportReview = z.infer<typeof ReportReview>;

export type InterviewReportCreate = z.infer<typeof InterviewReportCreate>;
export type InterviewReportUpdate = z.infer<typeof InterviewReportUpdate>;
export type InterviewReport = z.infer<typeof InterviewReport>;
export type InterviewReportVersion = z.infer<typeof InterviewReportVersion>;
export type ReportChange = z.infer<typeof ReportChange>;

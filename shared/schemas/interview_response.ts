/** A candidate's answer to one question (public.interview_responses), and its evaluation. */
import { z } from "zod";
import { noNul, Timestamp, Uuid } from "./common.ts";

export const InterviewResponseBase = z.object({
  question_id: Uuid,
  answer_text: z.string().trim().max(20_000).refine(...noNul),
  duration_seconds: z.int().min(0).max(86_400).nullable().optional(),
});

export const InterviewResponseCreate = InterviewResponseBase.strict().meta({
  id: "InterviewResponseCreate",
});

export const AnswerFlag = z.enum([
  "prompt_injection",
  "rubric_recital",
  "keyword_stuffing",
  "off_topic",
])
  .meta({
    id: "AnswerFlag",
    description:
      "prompt_injection: text addressed to the AI (left out, the answer scored without it); rubric_recital: what a good answer covers, restated with no experience of the candidate's own (score capped); keyword_stuffing: a list of keywords (earns nothing); off_topic: does not address the question.",
  });

/** What the evaluator found, for the recruiter: every covered point with the words that cover it. */
export const AnswerEvaluation = z.object({
  covered: z.array(z.object({
    point: z.string(),
    quote: z.string().meta({ description: "The candidate's own words, exactly as written." }),
  })),
  missing: z.array(z.string()),
  reason: z.string(),
  flags: z.array(AnswerFlag),
  excluded: z.array(z.string()).meta({
    description: "Text left out of the evaluation (addressed to the AI, or a keyword list).",
  }),
  provider: z.string(),
  model: z.string().nullable(),
  prompt_version: z.string(),
}).meta({ id: "AnswerEvaluation" });

/** Evaluating is the only change an answer takes. */
export const InterviewResponseUpdate = z.object({
  score: z.number().min(0).max(100),
  score_details: AnswerEvaluation,
  flags: z.array(AnswerFlag),
  evaluated_at: z.date(),
}).partial().strict();

/** The candidate's view of an answer: what they said, never how it scored. */
export const RecordedAnswer = InterviewResponseBase.extend({
  id: Uuid,
  interview_id: Uuid,
  duration_seconds: z.int().nullable(),
  created_at: Timestamp,
}).meta({ id: "RecordedAnswer" });

/** The recruiter's view of an answer, with its evaluation (null until it is evaluated). */
export const InterviewResponse = RecordedAnswer.extend({
  score: z.number().min(0).max(100).nullable(),
  evaluation: AnswerEvaluation.nullable(),
  evaluated_at: Timestamp.nullable(),
}).meta({ id: "InterviewResponse" });

export type InterviewResponseCreate = z.infer<typeof InterviewResponseCreate>;
export type InterviewResponseUpdate = z.infer<typeof InterviewResponseUpdate>;
export type RecordedAnswer = z.infer<typeof RecordedAnswer>;
export type InterviewResponse = z.infer<typeof InterviewResponse>;

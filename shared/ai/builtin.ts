/**
 * The built-in interviewer: the default provider, needing no network and no key. Questions come
 * from the job and the CV (builtin/questions.ts), each answer is evaluated as it arrives and may
 * get a follow-up (builtin/evaluate.ts, builtin/follow_up.ts), and the report's prose follows from
 * its figures (builtin/summary.ts). All of it is deterministic: the same inputs give the same
 * output.
 */
import type {
  AnswerAssessment,
  CandidateBrief,
  EvaluateOptions,
  GeneratedQuestion,
  InterviewAI,
  JobBrief,
  QuestionPlan,
  QuestionToEvaluate,
  ReportProse,
} from "./provider.ts";
import type { ReportFigures } from "./report.ts";
import { evaluateAnswer } from "./builtin/evaluate.ts";
import { generateQuestions, MAX_QUESTIONS } from "./builtin/questions.ts";
import { writeReport } from "./builtin/summary.ts";
import { BUILTIN_PROMPT_VERSION } from "./versions.ts";

export class BuiltinInterviewAI implements InterviewAI {
  readonly provider = "builtin";
  readonly model = null;
  readonly promptVersion = BUILTIN_PROMPT_VERSION;

  generateQuestions(
    job: JobBrief,
    candidate: CandidateBrief,
    plan: QuestionPlan,
  ): Promise<GeneratedQuestion[]> {
    return settle(() => {
      if (!Number.isInteger(plan.count) || plan.count < 1 || plan.count > MAX_QUESTIONS) {
        throw new RangeError(`count must be an integer from 1 to ${MAX_QUESTIONS}`);
      }
      return generateQuestions(job, candidate, plan);
    });
  }

  // The time taken is not an input: a slow, thoughtful answer is not worse than a quick one.
  evaluateAnswer(
    question: QuestionToEvaluate,
    answerText: string,
    options: EvaluateOptions,
  ): Promise<AnswerAssessment> {
    return settle(() => {
      const { evaluation, follow_up } = evaluateAnswer(
        question,
        answerText,
        options.followUpAllowed,
      );
      return { evaluation, follow_up };
    });
  }

  // No calls, nothing to wait for: a deadline changes nothing.
  writeReport(job: JobBrief, figures: ReportFigures): Promise<ReportProse> {
    return settle(() => writeReport(job, figures));
  }
}

/** The work is synchronous; a throw still becomes a rejection, as callers of a promise expect. */
function settle<T>(work: () => T): Promise<T> {
  return new Promise((resolve) => resolve(work()));
}

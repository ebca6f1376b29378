/**
 * The built-in interviewer: the default provider, needing no network and no key. Questions come
 * from the job and the CV (builtin/questions.ts), answers are scored against each question's
 * expected points (builtin/scoring.ts), and the report follows from the scores
 * (builtin/summary.ts). All of it is deterministic: the same inputs give the same output.
 */
import type {
  AnswerScore,
  CandidateBrief,
  GeneratedQuestion,
  InterviewAI,
  JobBrief,
  QuestionToScore,
  ReportDraft,
  ScoredAnswer,
} from "./provider.ts";
import { generateQuestions } from "./builtin/questions.ts";
import { scoreAnswer } from "./builtin/scoring.ts";
import { summarize } from "./builtin/summary.ts";

/** The most questions one interview holds (InterviewSettings.question_count). */
const MAX_QUESTIONS = 50;

export class BuiltinInterviewAI implements InterviewAI {
  readonly provider = "builtin";
  readonly model = null;

  generateQuestions(
    job: JobBrief,
    candidate: CandidateBrief,
    count: number,
  ): Promise<GeneratedQuestion[]> {
    return settle(() => {
      if (!Number.isInteger(count) || count < 1 || count > MAX_QUESTIONS) {
        throw new RangeError(`count must be an integer from 1 to ${MAX_QUESTIONS}`);
      }
      return generateQuestions(job, candidate, count);
    });
  }

  // The time taken is not scored: a slow, thoughtful answer is not worse than a quick one.
  scoreAnswer(
    question: QuestionToScore,
    answerText: string,
    _durationSeconds: number | null,
  ): Promise<AnswerScore> {
    return settle(() => scoreAnswer(question, answerText));
  }

  summarize(
    job: JobBrief,
    candidate: CandidateBrief,
    answers: ScoredAnswer[],
  ): Promise<ReportDraft> {
    return settle(() => summarize(job, candidate, answers));
  }
}

/** The work is synchronous; a throw still becomes a rejection, as callers of a promise expect. */
function settle<T>(work: () => T): Promise<T> {
  return new Promise((resolve) => resolve(work()));
}

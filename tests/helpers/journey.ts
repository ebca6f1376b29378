/**
 * An interview taken over HTTP from start to end, as a candidate and a recruiter would: a job,
 * a candidate, a ticket, the candidate's answers (a strong one, then evasive ones), and
 * optionally the report. For the tests of what comes after: decisions, versions, requests,
 * self-identification, export and erasure.
 */
import { assert } from "./assert.ts";
import { type Call, registerRecruiter, uniqueEmail } from "./http.ts";

export const STRONG =
  "At Acme Payments I led the move of our PostgreSQL orders table to partitions. I ran EXPLAIN ANALYZE on the slowest queries, found a sequential scan over 40 million rows, and added a covering index on (merchant_id, created_at) because every hot query filtered on both. p99 fell from 800 ms to 120 ms, and I added the query to our latency dashboard so a regression would show.";
export const EVASIVE = "I don't know.";

// deno-lint-ignore no-explicit-any
export type Data = any;

export async function ok(response: Promise<{ status: number; body: { data: unknown } }>) {
  const answer = await response;
  assert(answer.status === 200 || answer.status === 201, JSON.stringify(answer.body));
  return answer.body.data as Data;
}

export interface Recruiting {
  token: string;
  userId: string;
  fullName: string;
  jobId: string;
}

/** A recruiter with a job. */
export async function recruiting(
  call: Call,
  { questionCount = 2, skills = ["PostgreSQL", "TypeScript"] } = {},
): Promise<Recruiting> {
  const recruiter = await registerRecruiter(call, { full_name: "Rita Recruiter" });
  const token = recruiter.access_token;
  const job = await ok(call("/jobs", {
    token,
    json: {
      title: "Backend Engineer",
      description: "Build payment services on PostgreSQL.",
      skills,
      interview_settings: { question_count: questionCount, duration_minutes: 30 },
    },
  }));
  return { token, userId: recruiter.user.id, fullName: "Rita Recruiter", jobId: job.id };
}

export interface Taken {
  interviewId: string;
  candidateId: string;
  candidateToken: string;
  /** question id -> the answer given */
  answers: Map<string, string>;
  reportId: string | null;
}

/**
 * A candidate of `r` takes an interview: the first main question answered strongly, the rest
 * evasively (follow-ups strongly), then finished; the report generated when asked.
 */
export async function takeInterview(
  call: Call,
  r: Recruiting,
  {
    report = true,
    candidateId,
    answer = (index: number) => index === 0 ? STRONG : EVASIVE,
    beforeAnswers,
  }: {
    report?: boolean;
    candidateId?: string;
    answer?: (index: number, followUp: boolean) => string;
    /** Called with the credential once the interview is redeemed. */
    beforeAnswers?: (interviewId: string, candidateToken: string) => Promise<void>;
  } = {},
): Promise<Taken> {
  const candidate = candidateId ?? (await ok(call("/candidates", {
    token: r.token,
    json: { full_name: "Grace Hopper", email: uniqueEmail("grace") },
  }))).id;
  const ticket = await ok(call("/tickets", {
    token: r.token,
    json: { candidate_id: candidate, job_description_id: r.jobId },
  }));
  const credential = await ok(call("/interviews/redeem", { json: { code: ticket.code } }));
  const id = credential.interview_id as string;
  const token = credential.access_token as string;
  await beforeAnswers?.(id, token);
  await ok(call(`/interviews/${id}/start`, { method: "POST", token }));
  const answers = new Map<string, string>();
  let mains = 0;
  for (;;) {
    const next = await ok(call(`/interviews/${id}/next`, { token }));
    if (!next.question) break;
    const followUp = next.question.parent_question_id !== null;
    const text = followUp ? STRONG : answer(mains++, false);
    await ok(call(`/interviews/${id}/responses`, {
      token,
      json: { question_id: next.question.id, answer_text: text },
    }));
    answers.set(next.question.id, text);
  }
  await ok(call(`/interviews/${id}/finish`, { method: "POST", token }));
  const reportId = report
    ? (await ok(call("/reports", { token: r.token, json: { interview_id: id } }))).id
    : null;
  return { interviewId: id, candidateId: candidate, candidateToken: token, answers, reportId };
}

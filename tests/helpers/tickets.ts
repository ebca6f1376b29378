/**
 * A recruiter ready to issue tickets (a job, a candidate), tickets, and their redemption: the
 * steps the interviews, tickets and reports tests take before what they check.
 */
import { assertEquals } from "./assert.ts";
import { type Call, registerRecruiter, uniqueEmail } from "./http.ts";

export type Recruiter = Awaited<ReturnType<typeof registerRecruiter>>;

export async function created(
  response: Promise<{ status: number; body: { data: Record<string, unknown> } }>,
) {
  const answer = await response;
  assertEquals(answer.status, 201, JSON.stringify(answer.body));
  return answer.body.data as Record<string, string> & Record<string, unknown>;
}

/** A recruiter with a job and a candidate, ready to issue tickets. */
export async function workspace(call: Call, questionCount = 4) {
  const recruiter = await registerRecruiter(call);
  const token = recruiter.access_token;
  const job = await created(call("/jobs", {
    token,
    json: {
      title: "Senior Backend Engineer",
      description: "Design and run the APIs behind our interview platform.",
      seniority: "senior",
      skills: ["TypeScript", "PostgreSQL", "Deno"],
      requirements: ["5+ years building web services", "Experience with row-level security"],
      status: "open",
      interview_settings: {
        question_count: questionCount,
        duration_minutes: 30,
        difficulty: "medium",
      },
    },
  }));
  const candidate = await created(call("/candidates", {
    token,
    json: { full_name: "Grace Hopper", email: uniqueEmail("grace") },
  }));
  return { recruiter, token, job, candidate };
}

export async function issueTicket(
  call: Call,
  space: Awaited<ReturnType<typeof workspace>>,
  extra = {},
) {
  return await created(call("/tickets", {
    token: space.token,
    json: { candidate_id: space.candidate.id, job_description_id: space.job.id, ...extra },
  }));
}

export async function redeem(call: Call, code: string) {
  return await created(call("/interviews/redeem", { json: { code } }));
}

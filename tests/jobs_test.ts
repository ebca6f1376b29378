/**
 * Job descriptions over HTTP: the suite every recruiter-owned resource passes
 * (tests/helpers/resource_suite.ts), then their interview settings and deletion.
 */
import { assertEquals } from "./helpers/assert.ts";
import { adminSql, startStack, test } from "./helpers/stack.ts";
import { client, registerRecruiter, uniqueEmail } from "./helpers/http.ts";
import { create, resourceSuite } from "./helpers/resource_suite.ts";

const stack = await startStack();
const call = client(stack.url);
const db = adminSql();

resourceSuite(
  {
    path: "/jobs",
    table: "job_descriptions",
    valid: () => ({
      title: "Senior Backend Engineer",
      description: "Build the interview platform's APIs.",
      skills: ["TypeScript", "PostgreSQL"],
    }),
    defaults: {
      status: "draft",
      employment_type: "full_time",
      seniority: "mid",
      requirements: [],
      department: null,
      interview_settings: {
        question_count: 8,
        duration_minutes: 45,
        difficulty: "medium",
        focus_areas: [],
        max_follow_ups: 1,
        cv_claim_share: 0.25,
      },
    },
    invalid: {
      body: {
        title: "",
        description: 5,
        status: "hiring",
        interview_settings: { question_count: 0 },
        owner_id: "x",
      },
      paths: ["description", "interview_settings.question_count", "owner_id", "status", "title"],
    },
    change: { status: "open", location: "Remote" },
    searchable: (marker) => ({ title: `Engineer ${marker}`, description: "Searchable role." }),
    status: ["open", "closed"],
  },
  call,
  db,
);

test("jobs: interview settings not sent in a PATCH keep their values", async () => {
  const recruiter = await registerRecruiter(call);
  const job = await create(call, recruiter.access_token, "/jobs", {
    title: "Data Engineer",
    description: "Pipelines.",
    interview_settings: { question_count: 12, difficulty: "hard", focus_areas: ["SQL"] },
  });
  assertEquals(job.interview_settings, {
    question_count: 12,
    duration_minutes: 45,
    difficulty: "hard",
    focus_areas: ["SQL"],
    max_follow_ups: 1,
    cv_claim_share: 0.25,
  });
  const patched = await call(`/jobs/${job.id}`, {
    method: "PATCH",
    json: { interview_settings: { duration_minutes: 30, max_follow_ups: 3 } },
    token: recruiter.access_token,
  });
  assertEquals(patched.body.data.interview_settings, {
    question_count: 12,
    duration_minutes: 30,
    difficulty: "hard",
    focus_areas: ["SQL"],
    max_follow_ups: 3,
    cv_claim_share: 0.25,
  });
  for (const bad of [{ max_follow_ups: 4 }, { max_follow_ups: -1 }, { cv_claim_share: 1.5 }]) {
    const refused = await call(`/jobs/${job.id}`, {
      method: "PATCH",
      json: { interview_settings: bad },
      token: recruiter.access_token,
    });
    assertEquals(refused.status, 422, JSON.stringify(bad));
  }
});

test("jobs: a job with interviews cannot be deleted (409); archive it instead", async () => {
  const recruiter = await registerRecruiter(call);
  const job = await create(call, recruiter.access_token, "/jobs", {
    title: "Kept",
    description: "Has history.",
  });
  const candidate = await create(call, recruiter.access_token, "/candidates", {
    full_name: "Interviewed",
    email: uniqueEmail(),
  });
  await db`insert into public.interviews (owner_id, candidate_id, job_description_id, duration_minutes)
            values (${recruiter.user.id}, ${candidate.id}, ${job.id}, 30)`;
  const refused = await call(`/jobs/${job.id}`, {
    method: "DELETE",
    token: recruiter.access_token,
  });
  assertEquals(refused.status, 409);
  assertEquals(refused.body.error.code, "STILL_REFERENCED");
  const archived = await call(`/jobs/${job.id}`, {
    method: "PATCH",
    json: { status: "archived" },
    token: recruiter.access_token,
  });
  assertEquals(archived.body.data.status, "archived");
});

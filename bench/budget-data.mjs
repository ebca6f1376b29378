// The data the budgets' requests need (bench/budgets.mjs), made through the local stack as a
// recruiter would make it: a recruiter, a job whose interviews have 50 questions (the most a
// job allows), a candidate with a CV, a ticket redeemed four times; and, copied in SQL from
// those rows, a full page (100) of every list.

import { readFileSync } from "node:fs";
import { join } from "node:path";

export const PASSWORD = "budget password 2026";
export const PAGE = 100;

/** One request to a base URL; the JSON body (or the byte count of anything else). */
export async function call(base, path, { method, token, json, form } = {}) {
  const headers = {};
  if (token) headers.Authorization = `Bearer ${token}`;
  let body;
  if (json !== undefined) {
    headers["Content-Type"] = "application/json";
    body = JSON.stringify(json);
  } else if (form) body = form;
  const response = await fetch(base + path, {
    method: method ?? (body === undefined ? "GET" : "POST"),
    headers,
    body,
  });
  const type = response.headers.get("content-type") ?? "";
  const payload = type.includes("json")
    ? await response.json()
    : { bytes: (await response.arrayBuffer()).byteLength };
  return { status: response.status, body: payload };
}

export async function ok(promise) {
  const { status, body } = await promise;
  if (status !== 200 && status !== 201) throw new Error(`${status}: ${JSON.stringify(body)}`);
  return body.data;
}

export function upload(candidateId, file, name) {
  const form = new FormData();
  form.append("candidate_id", candidateId);
  form.append("file", new Blob([readFileSync(file)]), name);
  return form;
}

/** Everything the measured requests need, made through the stack at `stack` (its base URL). */
export async function prepare(stackBase, db, files) {
  const api = `${stackBase}/functions/v1`;
  const email = "budget@bench.example";
  const recruiter = await ok(call(api, "/auth/register", {
    json: { email, password: PASSWORD, full_name: "Budget Recruiter", company_name: "Bench" },
  }));
  const token = recruiter.access_token;
  const skills = Array.from({ length: 40 }, (_, i) => `Skill ${i + 1}`)
    .concat(["TypeScript", "PostgreSQL", "Kubernetes", "Kafka", "AWS", "React"]);
  const jobBody = {
    title: "Staff Backend Engineer, Payments",
    description: "Own the payments platform end to end. ".repeat(120),
    department: "Engineering",
    location: "Remote, Europe",
    employment_type: "full_time",
    seniority: "lead",
    requirements: Array.from({ length: 30 }, (_, i) => `Requirement ${i + 1}: years of practice`),
    skills,
    status: "open",
    interview_settings: {
      question_count: 50,
      duration_minutes: 240,
      difficulty: "hard",
      focus_areas: Array.from({ length: 20 }, (_, i) => `Focus area ${i + 1}`),
    },
  };
  const job = await ok(call(api, "/jobs", { token, json: jobBody }));
  const candidate = await ok(call(api, "/candidates", {
    token,
    json: { full_name: "Jane Doe", email: "jane.doe@budget.bench.example" },
  }));
  await ok(call(api, "/cvs", {
    token,
    form: upload(candidate.id, join(files, "cv.txt"), "cv.txt"),
  }));
  const ticket = await ok(call(api, "/tickets", {
    token,
    json: { candidate_id: candidate.id, job_description_id: job.id, max_uses: 4 },
  }));
  const interviews = [];
  for (let i = 0; i < 4; i++) {
    interviews.push(await ok(call(api, "/interviews/redeem", { json: { code: ticket.code } })));
  }
  // A full page of the lists that need no measured request to fill.
  await db.query(
    `insert into public.job_descriptions (owner_id, title, description, department, location,
       employment_type, seniority, requirements, skills, status, interview_settings)
     select owner_id, title || ' ' || n, description, department, location, employment_type,
       seniority, requirements, skills, status, interview_settings
     from public.job_descriptions, generate_series(1, ${PAGE}) as n where id = $1`,
    [job.id],
  );
  await db.query(
    `insert into public.candidates (owner_id, full_name, email, phone, notes)
     select owner_id, full_name || ' ' || n, n || '.' || email, phone, notes
     from public.candidates, generate_series(1, ${PAGE}) as n where id = $1`,
    [candidate.id],
  );
  await db.query(
    `insert into public.interview_tickets (owner_id, candidate_id, job_description_id, code_hash,
       expires_at, max_uses)
     select owner_id, candidate_id, job_description_id,
       encode(sha256(convert_to(code_hash || n, 'UTF8')), 'hex'), expires_at, max_uses
     from public.interview_tickets, generate_series(1, ${PAGE}) as n where id = $1`,
    [ticket.id],
  );
  return { api, email, token, userId: recruiter.user.id, job, candidate, interviews };
}

/** A full page of CVs, interviews or reports: copies of the largest row of the recruiter's. */
export async function fillPage(db, table, userId) {
  const columns = {
    cvs: "candidate_id, file_name, mime_type, size_bytes, sha256, parse_status, parsed, " +
      "extracted_text, parse_error",
    interviews: "candidate_id, job_description_id, ticket_id, status, duration_minutes, " +
      "started_at, deadline_at, completed_at",
  }[table];
  const extra = table === "cvs" ? ", storage_path" : "";
  const value = table === "cvs" ? `, owner_id || '/' || gen_random_uuid()` : "";
  await db.query(
    `insert into public.${table} (owner_id, ${columns}${extra})
     select owner_id, ${columns}${value}
     from (select * from public.${table} where owner_id = $1
           order by pg_column_size(${table}.*) desc limit 1) as largest,
          generate_series(1, ${PAGE})`,
    [userId],
  );
}

export async function fillReports(db, userId) {
  await db.query(
    `insert into public.interview_reports (owner_id, interview_id, overall_score, recommendation,
       summary, strengths, weaknesses, competency_scores, provider, model)
     select r.owner_id, i.id, r.overall_score, r.recommendation, r.summary, r.strengths,
       r.weaknesses, r.competency_scores, r.provider, r.model
     from (select * from public.interview_reports where owner_id = $1 limit 1) as r,
          (select id from public.interviews i where owner_id = $1 and not exists
             (select from public.interview_reports x where x.interview_id = i.id)
           limit ${PAGE}) as i`,
    [userId],
  );
}

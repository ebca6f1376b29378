/**
 * The recruiter's workspace over HTTP: job descriptions and candidates, each with create, list
 * (pagination, filter, search, stable order), get, update and delete, their validation, and
 * tenant isolation (another recruiter's id is 404 for every verb, and nothing changes).
 */
import { assert, assertEquals } from "./helpers/assert.ts";
import { adminSql, startStack, test } from "./helpers/stack.ts";
import { type Call, client, registerRecruiter, uniqueEmail } from "./helpers/http.ts";

const stack = await startStack();
const call = client(stack.url);
const sql = adminSql();

interface ResourceSpec {
  path: string;
  table: string;
  valid: () => Record<string, unknown>;
  /** Fields that must come back as sent, plus defaults filled in. */
  defaults: Record<string, unknown>;
  invalid: { body: Record<string, unknown>; paths: string[] };
  change: Record<string, unknown>;
  searchable: (marker: string) => Record<string, unknown>;
  status: [string, string];
}

const specs: ResourceSpec[] = [
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
  {
    path: "/candidates",
    table: "candidates",
    valid: () => ({
      full_name: "Grace Hopper",
      email: uniqueEmail("candidate"),
      phone: "+1 555 0100",
    }),
    defaults: { status: "new", notes: null, linkedin_url: null, location: null },
    invalid: {
      body: { full_name: "", email: "nope", linkedin_url: "ftp://x", status: "hired!", id: "x" },
      paths: ["email", "full_name", "id", "linkedin_url", "status"],
    },
    change: { status: "screening", notes: "Strong systems background." },
    searchable: (marker) => ({ full_name: `Ada ${marker}`, email: uniqueEmail("search") }),
    status: ["screening", "interviewing"],
  },
];

async function create(call: Call, token: string, path: string, body: Record<string, unknown>) {
  const response = await call(path, { json: body, token });
  assertEquals(response.status, 201, JSON.stringify(response.body));
  return response.body.data;
}

for (const spec of specs) {
  test(`${spec.path}: create answers 201 with defaults, get returns the same, update changes only what is sent`, async () => {
    const recruiter = await registerRecruiter(call);
    const body = spec.valid();
    const created = await create(call, recruiter.access_token, spec.path, body);
    for (const [key, value] of Object.entries({ ...body, ...spec.defaults })) {
      assertEquals(created[key], value, key);
    }
    assert(!("owner_id" in created), "answers never show owner_id");

    const fetched = await call(`${spec.path}/${created.id}`, { token: recruiter.access_token });
    assertEquals(fetched.status, 200);
    assertEquals(fetched.body.data, created);

    const updated = await call(`${spec.path}/${created.id}`, {
      method: "PATCH",
      json: spec.change,
      token: recruiter.access_token,
    });
    assertEquals(updated.status, 200);
    assertEquals(updated.body.data, {
      ...created,
      ...spec.change,
      updated_at: updated.body.data.updated_at,
    });
    assert(updated.body.data.updated_at > created.updated_at, "updated_at moves");
  });

  test(`${spec.path}: POST and PATCH validate every field and refuse unknown ones`, async () => {
    const recruiter = await registerRecruiter(call);
    const response = await call(spec.path, {
      json: spec.invalid.body,
      token: recruiter.access_token,
    });
    assertEquals(response.status, 422);
    assertEquals(
      response.body.error.details.map((d: { path: string }) => d.path).sort(),
      spec.invalid.paths,
    );

    const created = await create(call, recruiter.access_token, spec.path, spec.valid());
    const patch = await call(`${spec.path}/${created.id}`, {
      method: "PATCH",
      json: spec.invalid.body,
      token: recruiter.access_token,
    });
    assertEquals(patch.status, 422);
    assertEquals(
      patch.body.error.details.map((d: { path: string }) => d.path).sort(),
      spec.invalid.paths,
    );
    const empty = await call(`${spec.path}/${created.id}`, {
      method: "PATCH",
      json: {},
      token: recruiter.access_token,
    });
    assertEquals(empty.status, 422);
    const [row] = await sql`select updated_at from ${sql(spec.table)} where id = ${created.id}`;
    assertEquals(
      row.updated_at.toISOString(),
      created.updated_at,
      "a refused PATCH changes nothing",
    );

    const badId = await call(`${spec.path}/not-a-uuid`, { token: recruiter.access_token });
    assertEquals(badId.status, 422);
    assertEquals(badId.body.error.details[0].path, "id");
  });

  test(`${spec.path}: lists are paginated newest first, filtered, searched, and stable`, async () => {
    const recruiter = await registerRecruiter(call);
    const token = recruiter.access_token;
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) {
      const row = await create(call, token, spec.path, {
        ...spec.valid(),
        status: spec.status[i % 2],
      });
      ids.unshift(row.id);
    }
    const marker = crypto.randomUUID().slice(0, 8);
    const found = await create(call, token, spec.path, {
      ...spec.valid(),
      ...spec.searchable(marker),
    });
    ids.unshift(found.id);

    const first = await call(`${spec.path}?page=1&page_size=3`, { token });
    assertEquals(first.status, 200);
    assertEquals({ ...first.body.data, items: undefined }, {
      items: undefined,
      total: 8,
      page: 1,
      page_size: 3,
      pages: 3,
    });
    const pages = [first.body.data.items];
    for (const page of [2, 3]) {
      pages.push((await call(`${spec.path}?page=${page}&page_size=3`, { token })).body.data.items);
    }
    assertEquals(
      pages.flat().map((row: { id: string }) => row.id),
      ids,
      "every row once, newest first",
    );
    const beyond = await call(`${spec.path}?page=9&page_size=3`, { token });
    assertEquals(beyond.body.data.items, []);
    assertEquals(beyond.body.data.total, 8);

    const filtered = await call(`${spec.path}?status=${spec.status[1]}&page_size=100`, { token });
    assertEquals(filtered.body.data.total, 3);
    assert(
      filtered.body.data.items.every((row: { status: string }) => row.status === spec.status[1]),
    );

    const searched = await call(`${spec.path}?q=${marker.toUpperCase()}`, { token });
    assertEquals(searched.body.data.items.map((row: { id: string }) => row.id), [found.id]);
    const wildcard = await call(`${spec.path}?q=${encodeURIComponent("%")}`, { token });
    assertEquals(wildcard.body.data.total, 0, "LIKE wildcards in q are literal");

    const tooBig = await call(`${spec.path}?page_size=101`, { token });
    assertEquals(tooBig.status, 422);
    const unknown = await call(`${spec.path}?sort=secret`, { token });
    assertEquals(unknown.status, 422);
  });

  test(`${spec.path}: another recruiter's id is 404 for every verb, and nothing changes`, async () => {
    const owner = await registerRecruiter(call);
    const intruder = await registerRecruiter(call);
    const row = await create(call, owner.access_token, spec.path, spec.valid());
    const attempts = [
      call(`${spec.path}/${row.id}`, { token: intruder.access_token }),
      call(`${spec.path}/${row.id}`, {
        method: "PATCH",
        json: spec.change,
        token: intruder.access_token,
      }),
      call(`${spec.path}/${row.id}`, { method: "DELETE", token: intruder.access_token }),
    ];
    for (const response of await Promise.all(attempts)) {
      assertEquals(response.status, 404);
      assertEquals(response.body.error.code, "NOT_FOUND");
    }
    const list = await call(spec.path, { token: intruder.access_token });
    assertEquals(list.body.data.total, 0);
    const [stored] = await sql`select updated_at from ${sql(spec.table)} where id = ${row.id}`;
    assertEquals(stored.updated_at.toISOString(), row.updated_at);
    const unknownId = await call(`${spec.path}/${crypto.randomUUID()}`, {
      token: owner.access_token,
    });
    assertEquals(unknownId.status, 404, "another tenant's id answers like one that does not exist");
  });

  test(`${spec.path}: delete answers 200 with the id, then 404`, async () => {
    const recruiter = await registerRecruiter(call);
    const row = await create(call, recruiter.access_token, spec.path, spec.valid());
    const deleted = await call(`${spec.path}/${row.id}`, {
      method: "DELETE",
      token: recruiter.access_token,
    });
    assertEquals(deleted.status, 200);
    // A candidate's deletion is an erasure: its answer carries the tombstone (data_rights_test).
    const { erasure, ...answer } = deleted.body.data;
    assertEquals(answer, { id: row.id, deleted: true });
    assertEquals(erasure === undefined, spec.path !== "/candidates");
    const again = await call(`${spec.path}/${row.id}`, {
      method: "DELETE",
      token: recruiter.access_token,
    });
    assertEquals(again.status, 404);
  });

  test(`${spec.path}: every route needs a recruiter's token`, async () => {
    for (
      const [method, path] of [["GET", spec.path], ["POST", spec.path], [
        "GET",
        `${spec.path}/${crypto.randomUUID()}`,
      ]]
    ) {
      const response = await call(path, {
        method,
        json: method === "POST" ? spec.valid() : undefined,
      });
      assertEquals(response.status, 401, `${method} ${path}`);
    }
  });
}

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

test("candidates: one email per recruiter's pipeline (409), but two recruiters may share a candidate", async () => {
  const alice = await registerRecruiter(call);
  const bob = await registerRecruiter(call);
  const email = uniqueEmail("shared");
  await create(call, alice.access_token, "/candidates", { full_name: "Shared Person", email });
  const duplicate = await call("/candidates", {
    json: { full_name: "Same Person", email: email.toUpperCase() },
    token: alice.access_token,
  });
  assertEquals(duplicate.status, 409);
  assertEquals(duplicate.body.error.code, "CANDIDATE_EMAIL_TAKEN");
  await create(call, bob.access_token, "/candidates", { full_name: "Shared Person", email });
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
  await sql`insert into public.interviews (owner_id, candidate_id, job_description_id, duration_minutes)
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

/**
 * The suite every recruiter-owned resource passes (job descriptions, candidates): create, get
 * and update; validation; lists (pagination, filter, search, stable order); tenant isolation
 * (another recruiter's id is 404 for every verb, and nothing changes); delete; the token.
 */
import type postgres from "postgres";
import { assert, assertEquals } from "./assert.ts";
import { type Call, registerRecruiter } from "./http.ts";
import { test } from "./stack.ts";

export interface ResourceSpec {
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

export async function create(
  call: Call,
  token: string,
  path: string,
  body: Record<string, unknown>,
) {
  const response = await call(path, { json: body, token });
  assertEquals(response.status, 201, JSON.stringify(response.body));
  return response.body.data;
}

/** Registers the resource's tests: `spec` says what it takes, answers and searches. */
export function resourceSuite(spec: ResourceSpec, call: Call, db: postgres.Sql) {
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
    const [row] = await db`select updated_at from ${db(spec.table)} where id = ${created.id}`;
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
    const [stored] = await db`select updated_at from ${db(spec.table)} where id = ${row.id}`;
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

/**
 * A list's total without counting (supabase/migrations/20261202000100_owned_row_counts.sql):
 * each listed table's row count per owner follows inserts, deletes, cascades and TRUNCATE
 * exactly; the API answers a list's total from it unless a filter or a search narrows the list;
 * recruiters read their own counts and write none; a row never changes owner.
 */
import { assert, assertEquals } from "./helpers/assert.ts";
import { client } from "./helpers/http.ts";
import { asCaller } from "./helpers/as_caller.ts";
import { adminSql, startStack, test } from "./helpers/stack.ts";
import { createWorkspace } from "./helpers/workspace.ts";

const stack = await startStack({ CV_STORAGE: "local" });
const call = client(stack.url);
const db = adminSql();

/** The tables the API lists, and the route that lists each. */
const LISTS = {
  candidates: "/candidates",
  cvs: "/cvs",
  interview_reports: "/reports",
  interview_tickets: "/tickets",
  interviews: "/interviews",
  job_descriptions: "/jobs",
} as const;
type Listed = keyof typeof LISTS;
const LISTED = Object.keys(LISTS) as Listed[];

/** What the triggers kept for `owner`, beside the rows there are, per listed table. */
async function countsOf(owner: string) {
  const kept = Object.fromEntries(LISTED.map((table) => [table, 0])) as Record<Listed, number>;
  const rows = await db`select table_name, row_count::int as n from private.owned_row_counts
    where owner_id = ${owner}`;
  for (const row of rows) kept[row.table_name as Listed] = row.n;
  const real = { ...kept };
  for (const table of LISTED) {
    const [{ n }] = await db`select count(*)::int as n from ${db(`public.${table}`)}
      where owner_id = ${owner}`;
    real[table] = n;
  }
  return { kept, real };
}

async function assertCounted(owner: string, message: string) {
  const { kept, real } = await countsOf(owner);
  assertEquals(kept, real, message);
  return real;
}

test("row counts: a workspace made over the API, grown in bulk and emptied, is counted exactly", async () => {
  const workspace = await createWorkspace(call, { report: true });
  const owner = workspace.userId;
  const made = await assertCounted(owner, "after the workspace was made");
  assertEquals(Object.values(made).filter((n) => n === 0), [], "a row in every listed table");

  // One statement of many rows, for this owner and another: each owner's count moves by its own.
  const other = await createWorkspace(call);
  await db`insert into public.candidates (owner_id, full_name, email)
    select case when n % 3 = 0 then ${other.userId}::uuid else ${owner}::uuid end,
      'Bulk ' || n, 'bulk' || n || '@example.com'
    from generate_series(1, 30) as n`;
  const grown = await assertCounted(owner, "after a bulk insert");
  assertEquals(grown.candidates, made.candidates + 20);
  assertEquals((await assertCounted(other.userId, "the other owner")).candidates, 1 + 10);

  const job = await call("/jobs", {
    token: workspace.token,
    json: { title: "Short-lived", description: "Deleted again." },
  });
  await assertCounted(owner, "after a job was added");
  assertEquals(
    (await call(`/jobs/${job.body.data.id}`, { method: "DELETE", token: workspace.token })).status,
    200,
  );
  await assertCounted(owner, "after the job was deleted");

  // The candidate's CV, ticket, interviews, their questions and answers and the report cascade.
  const removed = await call(`/candidates/${workspace.candidateId}`, {
    method: "DELETE",
    token: workspace.token,
  });
  assertEquals(removed.status, 200);
  const emptied = await assertCounted(owner, "after the candidate's rows cascaded");
  assertEquals(
    [emptied.cvs, emptied.interview_tickets, emptied.interviews, emptied.interview_reports],
    [0, 0, 0, 0],
  );

  // The account itself: every row goes, and so do its counts.
  await db`delete from auth.users where id = ${owner}`;
  const [{ left }] = await db`select count(*)::int as left from private.owned_row_counts
    where owner_id = ${owner}`;
  assertEquals(left, 0);
  await assertCounted(other.userId, "the other owner, untouched");
});

test("row counts: TRUNCATE clears a table's counts", async () => {
  const workspace = await createWorkspace(call, { report: true });
  const ROLLBACK = new Error("roll back the truncate");
  await db.begin(async (tx) => {
    // Brief, and rolled back; other test files never wait long on this table.
    await tx`set local lock_timeout = '10s'`;
    // CVs: the listed table no other row refers to (a report keeps its versions, and refuses).
    await tx`truncate public.cvs`;
    const [{ n }] = await tx`select count(*)::int as n from private.owned_row_counts
      where table_name = 'cvs'`;
    assertEquals(n, 0);
    throw ROLLBACK;
  }).catch((error) => {
    if (error !== ROLLBACK) throw error;
  });
  await assertCounted(workspace.userId, "after the rollback");
});

test("row counts: an unnarrowed list's total is the kept count; a filter or a search counts", async () => {
  const workspace = await createWorkspace(call, { report: true });
  const owner = workspace.userId;
  const real = await assertCounted(owner, "the workspace");
  // A count set by hand (it never is otherwise) shows which lists read it.
  await db`update private.owned_row_counts set row_count = 40 where owner_id = ${owner}`;
  for (const table of LISTED) {
    const list = await call(`${LISTS[table]}?page_size=1`, { token: workspace.token });
    assertEquals(list.status, 200, table);
    assertEquals([list.body.data.total, list.body.data.pages], [40, 40], table);
    assertEquals(list.body.data.items.length, 1, table);
  }
  const narrowed = {
    "/jobs?status=draft": real.job_descriptions,
    "/candidates?q=Target": real.candidates,
    [`/cvs?candidate_id=${workspace.candidateId}`]: real.cvs,
    "/tickets?status=active": real.interview_tickets,
    [`/interviews?candidate_id=${workspace.candidateId}`]: real.interviews,
    [`/reports?interview_id=${workspace.finishedInterviewId}`]: real.interview_reports,
  };
  for (const [path, total] of Object.entries(narrowed)) {
    const list = await call(path, { token: workspace.token });
    assertEquals(list.status, 200, path);
    assertEquals(list.body.data.total, total, path);
    assert(total > 0, `${path} finds the workspace's rows`);
  }
  // A recruiter with no rows at all (no counts yet) lists zero.
  const empty = await createWorkspace(call);
  await db`delete from public.interview_reports where owner_id = ${empty.userId}`;
  await db`delete from private.owned_row_counts
    where owner_id = ${empty.userId} and table_name = 'interview_reports'`;
  const reports = await call("/reports", { token: empty.token });
  assertEquals([reports.body.data.total, reports.body.data.items], [0, []]);
});

/** Runs `statement` as `role` with a recruiter's claims: its rows, or its SQLSTATE. */
const as = (
  role: "authenticated" | "anon",
  sub: string,
  statement: (tx: typeof db) => Promise<unknown>,
) => asCaller(db, role, { sub, role, aud: role }, statement);

test("row counts: a recruiter reads their own counts and writes none; anon reads nothing", async () => {
  const mine = await createWorkspace(call);
  const theirs = await createWorkspace(call);
  const read = (tx: typeof db) =>
    tx`select owner_id, table_name from private.owned_row_counts order by table_name`;
  const seen = await as("authenticated", mine.userId, read) as { owner_id: string }[];
  assertEquals(seen.length, 5, "their own five listed tables with rows (no report yet)");
  assertEquals(seen.filter((row) => row.owner_id !== mine.userId), []);

  const writes = {
    insert: (tx: typeof db) =>
      tx`insert into private.owned_row_counts values (${mine.userId}, 'candidates_x', 1)`,
    update: (tx: typeof db) => tx`update private.owned_row_counts set row_count = 0`,
    delete: (tx: typeof db) => tx`delete from private.owned_row_counts`,
  };
  for (const [command, write] of Object.entries(writes)) {
    assertEquals(await as("authenticated", mine.userId, write), "42501", command);
  }
  assertEquals(await as("anon", theirs.userId, read), "42501", "anon select");
  await assertCounted(theirs.userId, "nothing changed");
});

test("row counts: a row never changes owner, not even in service-level work", async () => {
  const from = await createWorkspace(call);
  const to = await createWorkspace(call);
  const moved = await db`update public.job_descriptions set owner_id = ${to.userId}
    where id = ${from.jobId}`.catch((error) => error.code);
  assertEquals(moved, "42501");
  // Any other change is still allowed.
  const [job] = await db`update public.job_descriptions set title = 'Renamed'
    where id = ${from.jobId} returning owner_id`;
  assertEquals(job.owner_id, from.userId);
});

/**
 * The schema from nothing: a fresh database on the test server, Supabase's platform script
 * (twice), the real supabase CLI's `db push` (twice) and `db advisors`, then the facts the
 * schema promises: row-level security on all nine tables, an index under every foreign key,
 * `updated_at` kept by triggers, profiles made from auth.users, an account's deletion taking
 * everything with it. Last, a negative control: a table without row-level security makes the
 * advisors fail. The database is dropped at the end.
 */
import postgres from "postgres";
import { assert, assertEquals, assertMatch, assertNotEquals } from "./helpers/assert.ts";
import { adminSql, afterAll, test } from "./helpers/stack.ts";

const root = new URL("../", import.meta.url).pathname;
const MIGRATIONS = [...Deno.readDirSync(`${root}supabase/migrations`)]
  .map((entry) => entry.name)
  .filter((name) => name.endsWith(".sql"))
  .sort();
const NINE_TABLES = [
  "candidates",
  "cvs",
  "interview_questions",
  "interview_reports",
  "interview_responses",
  "interview_tickets",
  "interviews",
  "job_descriptions",
  "users",
];

/** Thrown to roll a transaction back once its checks ran. */
class Rollback extends Error {}

const admin = adminSql();
const dbName = `migrations_test_${crypto.randomUUID().replaceAll("-", "").slice(0, 16)}`;
const url = (() => {
  const base = new URL(Deno.env.get("SUPABASE_DB_URL") ?? Deno.env.get("DATABASE_URL")!);
  base.pathname = `/${dbName}`;
  return base.toString();
})();
await admin.unsafe(`create database ${dbName}`);
const db = postgres(url, { max: 1, prepare: false, onnotice: () => {} });
afterAll(async () => {
  await db.end();
  await admin.unsafe(`drop database ${dbName} with (force)`);
});

/** Runs the supabase CLI against the fresh database; stdout and stderr, and the exit code. */
async function supabase(...args: string[]) {
  const bin = Deno.build.os === "windows" ? "supabase.cmd" : "supabase";
  const loopback = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/.test(new URL(url).hostname);
  const { code, stdout, stderr } = await new Deno.Command(`${root}node_modules/.bin/${bin}`, {
    args: [...args, `--remote=${url}`, "--workdir", root],
    cwd: root,
    // A local server has no TLS (as scripts/with-database.mjs does for the suite's own push).
    env: { NO_COLOR: "1", ...(loopback ? { PGSSLMODE: "disable" } : {}) },
    stdout: "piped",
    stderr: "piped",
  }).output();
  const decoder = new TextDecoder();
  const out = decoder.decode(stdout);
  return { code, stdout: out, output: out + decoder.decode(stderr) };
}

/** What setup.sql makes, as a comparable picture: roles, auth objects and their grants. */
async function platformPicture() {
  const [picture] = await db`
    select
      (select jsonb_agg(jsonb_build_object('name', rolname, 'login', rolcanlogin,
          'bypassrls', rolbypassrls, 'inherit', rolinherit) order by rolname)
        from pg_roles
        where rolname in ('anon', 'authenticated', 'service_role', 'authenticator',
          'supabase_auth_admin')) as roles,
      (select jsonb_agg(format('%s.%s %s', table_name, column_name, data_type)
          order by table_name, ordinal_position)
        from information_schema.columns where table_schema = 'auth') as columns,
      (select jsonb_agg(format('%s %s', indexrelid::regclass, pg_get_indexdef(indexrelid))
          order by indexrelid::regclass::text)
        from pg_index where indrelid::regclass::text like 'auth.%') as indexes,
      (select jsonb_agg(format('%s owner=%s acl=%s', p.oid::regprocedure,
          pg_get_userbyid(p.proowner), p.proacl) order by p.oid::regprocedure::text)
        from pg_proc p where p.pronamespace = 'auth'::regnamespace) as functions,
      (select jsonb_agg(format('%s %s', n.nspname, n.nspacl) order by n.nspname)
        from pg_namespace n where n.nspname in ('public', 'auth', 'extensions')) as schemas,
      (select jsonb_agg(format('%s %s', defaclobjtype, defaclacl) order by defaclobjtype)
        from pg_default_acl where defaclnamespace = 'public'::regnamespace) as default_grants,
      (select jsonb_agg(format('%s member of %s', pg_get_userbyid(member),
          pg_get_userbyid(roleid)) order by 1)
        from pg_auth_members
        where pg_get_userbyid(roleid) in ('anon', 'authenticated', 'service_role')) as members`;
  return picture;
}

test("migrations: setup.sql creates Supabase's platform objects, and applying it twice is harmless", async () => {
  const setup = await Deno.readTextFile(`${root}supabase/platform/setup.sql`);
  const [{ before }] = await db`select to_regnamespace('auth') is not null as before`;
  assertEquals(before, false, "a fresh database has no auth schema");

  await db.unsafe(setup).simple();
  const first = await platformPicture();
  assertEquals(first.roles.map((role: { name: string }) => role.name), [
    "anon",
    "authenticated",
    "authenticator",
    "service_role",
    "supabase_auth_admin",
  ]);
  for (const column of ["users.raw_user_meta_data jsonb", "sessions.not_after timestamp"]) {
    assert(
      first.columns.some((c: string) => c.startsWith(column)),
      `auth.${column} exists`,
    );
  }
  for (const fn of ["auth.uid()", "auth.jwt()", "auth.role()", "auth.email()"]) {
    assert(first.functions.some((f: string) => f.startsWith(fn)), `${fn} exists`);
  }
  assert(first.default_grants.length > 0, "public has default grants for the API roles");

  await db.unsafe(setup).simple();
  assertEquals(await platformPicture(), first, "the second application changed nothing");

  // auth.uid() and auth.jwt() read the claims a request sets, as on Supabase.
  const sub = crypto.randomUUID();
  const [identity] = await db.begin((tx) =>
    tx`select set_config('request.jwt.claims', ${JSON.stringify({ sub, aud: "x" })}, true),
      auth.uid() as uid, auth.jwt() ->> 'aud' as aud`
  );
  assertEquals([identity.uid, identity.aud], [sub, "x"]);
});

test("migrations: supabase db push applies every migration", async () => {
  // The foundation's three, and whatever came after them.
  for (
    const name of [
      "20261124000100_schema.sql",
      "20261124000200_row_level_security.sql",
      "20261124000300_auth_support.sql",
    ]
  ) {
    assert(MIGRATIONS.includes(name), `${name} is in supabase/migrations`);
  }
  const push = await supabase("db", "push", "--yes");
  assertEquals(push.code, 0, push.output);
  const applied = push.output.split("\n")
    .filter((line) => line.startsWith("Applying migration "))
    .map((line) => line.replace(/^Applying migration |\.\.\.$/g, ""));
  assertEquals(applied, MIGRATIONS, push.output);

  const versions = await db`select version from supabase_migrations.schema_migrations
    order by version`;
  assertEquals(
    versions.map((row) => row.version),
    MIGRATIONS.map((name) => name.split("_")[0]),
  );
});

test("migrations: a second push has nothing to do", async () => {
  const push = await supabase("db", "push", "--yes");
  assertEquals(push.code, 0, push.output);
  assertMatch(push.output, /up to date/i);
  assert(!push.output.includes("Applying migration"), push.output);
});

test("migrations: supabase db advisors finds no issues", async () => {
  const advisors = await supabase("db", "advisors", "--fail-on", "warn");
  assertEquals(advisors.code, 0, advisors.output);
  assertMatch(advisors.output, /No issues found/);
});

test("migrations: row-level security is on for all nine tables, one policy per command", async () => {
  const tables = await db`
    select relname as name, relrowsecurity as rls from pg_class
    where relnamespace in ('public'::regnamespace, 'private'::regnamespace)
      and relkind in ('r', 'p')
    order by relname`;
  for (const table of NINE_TABLES) {
    assert(tables.some((t) => t.name === table), `public.${table} exists`);
  }
  assertEquals(tables.filter((t) => !t.rls).map((t) => t.name), [], "tables without RLS");

  // users: read and update only (a profile comes and goes with auth.users); the eight others:
  // one policy per command, all for `authenticated`, none for `anon`.
  const policies = await db`
    select tablename as table, cmd, roles::text[] as roles, permissive
    from pg_policies where schemaname = 'public' order by tablename, cmd`;
  for (const table of NINE_TABLES) {
    const commands = policies.filter((p) => p.table === table).map((p) => p.cmd).sort();
    // A profile comes and goes with auth.users; a report is removed only with its candidate.
    const expected = table === "users"
      ? ["SELECT", "UPDATE"]
      : table === "interview_reports"
      ? ["INSERT", "SELECT", "UPDATE"]
      : ["DELETE", "INSERT", "SELECT", "UPDATE"];
    assertEquals(commands, expected, `policies of ${table}`);
  }
  // The history tables are append-only: read and add, never update or delete.
  for (
    const table of [
      "interview_events",
      "ai_events",
      "interview_report_versions",
      "interview_decisions",
    ]
  ) {
    const commands = policies.filter((p) => p.table === table).map((p) => p.cmd).sort();
    assertEquals(commands, ["INSERT", "SELECT"], `policies of ${table}`);
  }
  assertEquals(
    policies.filter((p) => p.roles.join() !== "authenticated" || p.permissive !== "PERMISSIVE"),
    [],
  );
});

/**
 * Every foreign key, and whether an index on its table leads with its columns (in any order;
 * an index's INCLUDE columns count, as in Supabase's `unindexed_foreign_keys` lint).
 */
const UNINDEXED_FOREIGN_KEYS = `
  select c.conrelid::regclass::text as "table", c.conname as name,
    exists (
      select from pg_index i
      where i.indrelid = c.conrelid
        and i.indisvalid
        and i.indnatts >= cardinality(c.conkey)
        and (select array_agg(k order by k) from unnest((i.indkey::int2[])[0:cardinality(c.conkey) - 1]) k)
          = (select array_agg(k order by k) from unnest(c.conkey) k)
    ) as indexed
  from pg_constraint c
  where c.contype = 'f' and c.connamespace in ('public'::regnamespace, 'private'::regnamespace)
  order by 1, 2`;

test("migrations: every foreign key has an index led by its columns", async () => {
  const keys = await db.unsafe(UNINDEXED_FOREIGN_KEYS);
  // owner_id on eight tables, users.id, and the references between the tables.
  assert(keys.length >= 19, `expected the schema's foreign keys, found ${keys.length}`);
  assertEquals(keys.filter((k) => !k.indexed).map((k) => `${k.table}.${k.name}`), []);

  // The check itself tells an unindexed key from an indexed one.
  await db.begin(async (tx) => {
    await tx`create table public.fk_probe (
      id int primary key, a uuid, b uuid,
      foreign key (b, a) references public.candidates (id, owner_id))`;
    const probe = (await tx.unsafe(UNINDEXED_FOREIGN_KEYS)).filter((k) => k.table === "fk_probe");
    assertEquals(probe.map((k) => k.indexed), [false]);
    // An index led by `a` alone does not cover (b, a); one led by (a, b), in any order, does.
    await tx`create index on public.fk_probe (a)`;
    assertEquals(
      (await tx.unsafe(UNINDEXED_FOREIGN_KEYS)).find((k) => k.table === "fk_probe")
        ?.indexed,
      false,
    );
    await tx`create index on public.fk_probe (a, b)`;
    assertEquals(
      (await tx.unsafe(UNINDEXED_FOREIGN_KEYS)).find((k) => k.table === "fk_probe")
        ?.indexed,
      true,
    );
    throw new Rollback();
  }).catch((error) => {
    if (!(error instanceof Rollback)) throw error;
  });
});

// Rows in every table, for the trigger and cascade checks -------------------------------------

const owner = crypto.randomUUID();
const ids = {
  candidates: crypto.randomUUID(),
  job_descriptions: crypto.randomUUID(),
  cvs: crypto.randomUUID(),
  interview_tickets: crypto.randomUUID(),
  interviews: crypto.randomUUID(),
  interview_questions: crypto.randomUUID(),
  interview_responses: crypto.randomUUID(),
  interview_reports: crypto.randomUUID(),
};
const hex64 = () => (crypto.randomUUID() + crypto.randomUUID()).replaceAll("-", "");

test("migrations: an auth.users row makes its profile, named from raw_user_meta_data", async () => {
  await db`insert into auth.users (id, email, raw_user_meta_data) values
    (${owner}, 'ada@example.com',
    ${db.json({ full_name: "  Ada Lovelace ", company_name: "Engines" })})`;
  const [profile] = await db`select email, full_name, company_name from public.users
    where id = ${owner}`;
  assertEquals(profile, {
    email: "ada@example.com",
    full_name: "Ada Lovelace",
    company_name: "Engines",
  });

  // No name given (or a blank one): the email's local part stands in; no company.
  const nameless = crypto.randomUUID();
  await db`insert into auth.users (id, email, raw_user_meta_data) values
    (${nameless}, 'grace.hopper@example.com',
    ${db.json({ full_name: "   ", company_name: "" })})`;
  const [fallback] = await db`select full_name, company_name from public.users
    where id = ${nameless}`;
  assertEquals(fallback, { full_name: "grace.hopper", company_name: null });

  // A changed sign-in email is the profile's email too.
  await db`update auth.users set email = 'grace@example.com' where id = ${nameless}`;
  const [synced] = await db`select email from public.users where id = ${nameless}`;
  assertEquals(synced.email, "grace@example.com");
  await db`delete from auth.users where id = ${nameless}`;
});

test("migrations: fixture rows in every table", async () => {
  await db.begin(async (tx) => {
    await tx`insert into public.candidates (id, owner_id, full_name, email)
      values (${ids.candidates}, ${owner}, 'Candidate', 'candidate@example.com')`;
    await tx`insert into public.job_descriptions (id, owner_id, title, description)
      values (${ids.job_descriptions}, ${owner}, 'Job', 'A job')`;
    await tx`insert into public.cvs
        (id, owner_id, candidate_id, file_name, mime_type, size_bytes, sha256, storage_path)
      values (${ids.cvs}, ${owner}, ${ids.candidates}, 'cv.txt', 'text/plain', 5, ${hex64()},
        ${`${owner}/${ids.cvs}`})`;
    await tx`insert into public.interview_tickets
        (id, owner_id, candidate_id, job_description_id, code_hash, expires_at)
      values (${ids.interview_tickets}, ${owner}, ${ids.candidates}, ${ids.job_descriptions},
        ${hex64()}, now() + interval '1 day')`;
    await tx`insert into public.interviews
        (id, owner_id, candidate_id, job_description_id, ticket_id, duration_minutes)
      values (${ids.interviews}, ${owner}, ${ids.candidates}, ${ids.job_descriptions},
        ${ids.interview_tickets}, 45)`;
    await tx`insert into public.interview_questions
        (id, owner_id, interview_id, position, text, category, difficulty, time_limit_seconds)
      values (${ids.interview_questions}, ${owner}, ${ids.interviews}, 1, 'Why?', 'behavioral',
        'easy', 60)`;
    await tx`insert into public.interview_responses
        (id, owner_id, interview_id, question_id, answer_text)
      values (${ids.interview_responses}, ${owner}, ${ids.interviews},
        ${ids.interview_questions}, 'Because.')`;
    await tx`insert into public.interview_reports
        (id, owner_id, interview_id, overall_score, recommendation, summary, provider)
      values (${ids.interview_reports}, ${owner}, ${ids.interviews}, 50, 'maybe', 'Fine.',
        'test')`;
  });
});

const UPDATED_AT: [string, string, string][] = [
  ["users", owner, "company_name"],
  ["candidates", ids.candidates, "notes"],
  ["job_descriptions", ids.job_descriptions, "department"],
  ["cvs", ids.cvs, "parse_error"],
  ["interview_tickets", ids.interview_tickets, "max_uses"],
  ["interviews", ids.interviews, "duration_minutes"],
  ["interview_questions", ids.interview_questions, "competency"],
  ["interview_responses", ids.interview_responses, "score"],
  // A report's content changes only by a new version (20261204002100_report_versions.sql).
  ["interview_reports", ids.interview_reports, "created_at"],
];

test("migrations: the updated_at checks below cover every public table with updated_at, each with its trigger", async () => {
  const tables = await db`
    select c.table_name as table, exists (
        select from pg_trigger t
        where t.tgrelid = format('public.%I', c.table_name)::regclass
          and t.tgfoid = 'public.set_updated_at()'::regprocedure
          -- tgtype's bits: 1 for each row, 2 before, 16 on update.
          and t.tgtype & (1 | 2 | 16) = (1 | 2 | 16)
          and t.tgenabled <> 'D'
      ) as kept
    from information_schema.columns c
    join information_schema.tables using (table_schema, table_name)
    where c.table_schema = 'public' and c.column_name = 'updated_at' and table_type = 'BASE TABLE'
    order by 1`;
  assertEquals(tables.map((t) => t.table), UPDATED_AT.map(([table]) => table).sort());
  assertEquals(tables.filter((t) => !t.kept).map((t) => t.table), [], "without the trigger");
});

for (const [table, id, column] of UPDATED_AT) {
  test(`migrations: ${table}.updated_at is kept by its trigger`, async () => {
    // Set in the past, bypassing the trigger, so a change is visible whatever the clock.
    await db.begin(async (tx) => {
      await tx`set local session_replication_role = replica`;
      await tx`update ${tx(`public.${table}`)} set updated_at = '2000-01-01T00:00:00Z'
        where id = ${id}`;
    });
    const [{ old }] = await db`select updated_at as old from ${db(`public.${table}`)}
      where id = ${id}`;
    assertEquals(old.toISOString(), "2000-01-01T00:00:00.000Z");

    // An update, even one that sends its own (old) updated_at, gets the time of the update.
    const value = column === "max_uses" || column === "duration_minutes" || column === "score"
      ? 7 + Math.floor(Math.random() * 20)
      : column === "created_at"
      ? new Date("2000-06-01T00:00:00Z")
      : `changed ${crypto.randomUUID()}`;
    const [row] = await db.begin((tx) =>
      tx`update ${tx(`public.${table}`)}
        set ${tx(column)} = ${value}, updated_at = '2001-01-01T00:00:00Z'
        where id = ${id}
        returning updated_at, now() as now, created_at`
    );
    assertEquals(row.updated_at.getTime(), row.now.getTime());
    assertNotEquals(row.updated_at.getTime(), old.getTime());
    assert(row.updated_at >= row.created_at);
  });
}

test("migrations: a deleted ticket leaves its interview, without the ticket", async () => {
  await db`delete from public.interview_tickets where id = ${ids.interview_tickets}`;
  const [interview] = await db`select ticket_id, owner_id from public.interviews
    where id = ${ids.interviews}`;
  assertEquals(interview, { ticket_id: null, owner_id: owner });
});

test("migrations: deleting a recruiter's auth.users row removes all of its rows", async () => {
  const count = async () => {
    const counts: Record<string, number> = {};
    for (const table of NINE_TABLES) {
      const [{ n }] = await db`select count(*)::int as n from ${db(`public.${table}`)}
        where ${db(table === "users" ? "id" : "owner_id")} = ${owner}`;
      counts[table] = n;
    }
    return counts;
  };
  const before = await count();
  // The ticket went in the previous test; every other table has the fixture's row.
  assertEquals(
    Object.entries(before).filter(([, n]) => n !== 1).map(([table]) => table),
    ["interview_tickets"],
  );
  // The job has an interview (`on delete restrict`), yet the account's deletion goes through.
  await db`delete from auth.users where id = ${owner}`;
  assertEquals(Object.values(await count()), NINE_TABLES.map(() => 0));
});

test("migrations: advisors fail on a public table without row-level security", async () => {
  await db`create table public.leak (id int)`;
  const advisors = await supabase("db", "advisors", "--fail-on", "warn", "--output-format", "json");
  assertNotEquals(advisors.code, 0, advisors.output);
  const start = advisors.stdout.indexOf("{");
  const report = JSON.parse(advisors.stdout.slice(start)) as {
    results: { name: string; metadata: { schema: string; name: string } }[];
  };
  const leaks = report.results.filter((result) => result.name === "rls_disabled_in_public");
  assertEquals(leaks.map((result) => `${result.metadata.schema}.${result.metadata.name}`), [
    "public.leak",
  ]);
});

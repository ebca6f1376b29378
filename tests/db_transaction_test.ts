/**
 * withUserTransaction, in both its shapes (statements sent as one message, and a function of a
 * reserved connection): row-level security applies to our own queries, nothing leaks into the
 * pool, a revoked session refuses even a batch already sent, and failures roll back. And the
 * statement builder that makes the one-message shape possible: every value comes back exactly as
 * it went in, and nothing a request holds can become SQL.
 */
import { assert, assertEquals, assertRejects } from "./helpers/assert.ts";
import { adminSql, startStack, test } from "./helpers/stack.ts";
import { client, registerRecruiter } from "./helpers/http.ts";
import { query, withServiceTransaction, withUserTransaction } from "../shared/db/transaction.ts";
import { identifier, identifiers, join, sql, type SqlValue } from "../shared/db/statement.ts";
import { database } from "../shared/db/client.ts";
import { isoTimestamp, parseTextArray } from "../shared/db/wire_types.ts";
import { type Principal, recruiterPrincipal } from "../shared/auth/principal.ts";
import { recruiterTokens } from "../shared/auth/verifiers.ts";
import { SessionRevokedError } from "../shared/db/errors.ts";

const stack = await startStack();
const call = client(stack.url);
const admin = adminSql();

async function principalFor(accessToken: string) {
  return recruiterPrincipal(await (await recruiterTokens()).verify(accessToken));
}

test("a user transaction runs as `authenticated` with the caller's claims, and leaves no trace", async () => {
  const recruiter = await registerRecruiter(call);
  const principal = await principalFor(recruiter.access_token);
  // The caller's id is also set on its own (auth.uid() reads it without parsing the claims).
  const who = sql`select current_user as role, auth.uid() as uid, auth.jwt() ->> 'email' as email,
    current_setting('request.jwt.claim.sub', true) as sub`;
  const expected = {
    role: "authenticated",
    uid: recruiter.user.id,
    email: recruiter.email,
    sub: recruiter.user.id,
  };
  const [inMessage] = await withUserTransaction(principal, who);
  assertEquals(inMessage, expected);
  const [reserved] = await withUserTransaction(principal, (tx) => query(tx, who));
  assertEquals(reserved, expected);
  // Several statements: each runs as the caller, and each one's rows come back in order.
  const [first, second] = await withUserTransaction(principal, [who, sql`select 2 as n`]);
  assertEquals([first[0], second[0]], [expected, { n: 2 }]);

  // Every pooled connection is back to the service role with no claims.
  const after = await Promise.all(
    Array.from(
      { length: 12 },
      () =>
        database()`select current_user as role,
          current_setting('request.jwt.claims', true) as claims,
          current_setting('request.jwt.claim.sub', true) as sub`,
    ),
  );
  for (const [row] of after) {
    assertEquals(row.role, "postgres");
    // Never set on a fresh connection (null); reset to empty after a transaction that set it.
    assert(row.claims === null || row.claims === "", `claims leaked: ${row.claims}`);
    assert(row.sub === null || row.sub === "", `sub leaked: ${row.sub}`);
  }
});

test("a candidate's transaction runs with its interview's id as auth.uid(), and no session check", async () => {
  const interviewId = crypto.randomUUID();
  const now = Math.floor(Date.now() / 1000);
  const candidate: Principal = {
    kind: "candidate",
    interviewId,
    claims: {
      sub: interviewId,
      role: "authenticated",
      aud: "interview",
      iss: "test",
      iat: now,
      exp: now + 60,
      interview_id: interviewId,
    },
  };
  const [row] = await withUserTransaction(
    candidate,
    sql`select current_user as role, auth.uid() as uid,
      current_setting('request.jwt.claim.sub', true) as sub,
      private.candidate_interview_id() as interview`,
  );
  assertEquals(row, {
    role: "authenticated",
    uid: interviewId,
    sub: interviewId,
    interview: interviewId,
  });
});

test("row-level security applies: another recruiter's profile is invisible", async () => {
  const alice = await registerRecruiter(call);
  const bob = await registerRecruiter(call);
  const rows = await withUserTransaction(
    await principalFor(alice.access_token),
    (tx) =>
      query(tx, sql`select id from public.users where id in (${alice.user.id}, ${bob.user.id})`),
  );
  assertEquals(rows.map((r) => r.id), [alice.user.id]);
});

test("a failing multi-statement transaction rolls back everything", async () => {
  const recruiter = await registerRecruiter(call);
  const principal = await principalFor(recruiter.access_token);
  const change = sql`update public.users set full_name = 'Changed' where id = ${recruiter.user.id}`;
  await assertRejects(() =>
    withUserTransaction(principal, async (tx) => {
      await query(tx, change);
      await query(tx, sql`select 1 / 0`);
    })
  );
  await assertRejects(() => withUserTransaction(principal, [change, sql`select 1 / 0`]));
  const [row] = await admin`select full_name from public.users where id = ${recruiter.user.id}`;
  assertEquals(row.full_name, "Test Recruiter");
  // The statement before the failure did run: the same message without it commits.
  await withUserTransaction(principal, change);
  const [changed] = await admin`select full_name from public.users where id = ${recruiter.user.id}`;
  assertEquals(changed.full_name, "Changed");
});

test("a revoked session refuses the batch, and its write does not commit", async () => {
  const recruiter = await registerRecruiter(call);
  const principal = await principalFor(recruiter.access_token);
  await admin`delete from auth.sessions where id = ${principal.sessionId}`;
  const hijack =
    sql`update public.users set full_name = 'Hijacked' where id = ${recruiter.user.id}`;
  for (const inOneMessage of [true, false]) {
    const error = await assertRejects(() =>
      inOneMessage
        ? withUserTransaction(principal, hijack)
        : withUserTransaction(principal, (tx) => query(tx, hijack))
    );
    assert(error instanceof SessionRevokedError, String(error));
  }
  const [row] = await admin`select full_name from public.users where id = ${recruiter.user.id}`;
  assertEquals(row.full_name, "Test Recruiter");
});

test("whole messages and transactions never share a connection", async () => {
  // postgres.js pipelines a query onto a busy connection; one that landed inside another
  // request's open transaction would run in it. The two kinds keep to pools of their own.
  const recruiter = await registerRecruiter(call);
  const principal = await principalFor(recruiter.access_token);
  const pid = sql<{ pid: number }>`select pg_backend_pid() as pid`;
  const messagePids = new Set<number>();
  const transactionPids = new Set<number>();
  await Promise.all(
    Array.from({ length: 60 }, async (_, i) => {
      if (i % 3 === 0) {
        const seen = await withUserTransaction(principal, async (tx) => {
          const [first] = await query(tx, pid);
          await new Promise((resolve) => setTimeout(resolve, 5));
          const [second] = await query(tx, pid);
          return [first.pid, second.pid];
        });
        assertEquals(seen[0], seen[1], "a transaction moved to another connection");
        transactionPids.add(seen[0]);
        const [service] = await withServiceTransaction((tx) => query(tx, pid));
        transactionPids.add(service.pid);
      } else {
        const [[row], [again]] = await withUserTransaction(principal, [pid, pid]);
        messagePids.add(row.pid).add(again.pid);
      }
    }),
  );
  assert(messagePids.size > 0 && transactionPids.size > 0);
  const shared = [...messagePids].filter((pid) => transactionPids.has(pid));
  assertEquals(shared, [], "a connection served both a message and a transaction");
});

// The statement builder --------------------------------------------------------------------------

test("statements: every value comes back from Postgres exactly as it went in", async () => {
  const texts = [
    "",
    "plain",
    "it's",
    "''",
    "\\",
    "\\'",
    "E'\\x41'",
    "back\\slash at the end\\",
    "'; drop table public.users; --",
    "$1 $$ $tag$ ?",
    "line\nbreak\ttab\r",
    "ünïcödé – 日本語 – 🙂",
    "\u2028\u2029",
    "%_ like metacharacters",
  ];
  const numbers = [0, -0, 1, -1, 42.5, -3.25, Number.MAX_SAFE_INTEGER, 1e-7];
  for (const text of texts) {
    const [{ value }] = await database().unsafe(sql`select ${text}::text as value`.text);
    assertEquals(value, text);
  }
  for (const number of numbers) {
    const [{ value }] = await database().unsafe(sql`select ${number}::float8 as value`.text);
    assertEquals(value, number === 0 ? 0 : number);
  }
  const date = new Date("2026-12-01T10:20:30.456Z");
  const json = { text: "x'); drop table public.users; --", nested: { list: [1, "two", null] } };
  const list = ["a", "it's", "back\\slash", ""];
  const [row] = await database().unsafe(
    sql`select ${true} as yes, ${false} as no, ${null}::text as nothing, ${date} as date,
      ${list} as list, ${json} as json, 3 - ${-2} as arithmetic`.text,
  );
  assertEquals(row, {
    yes: true,
    no: false,
    nothing: null,
    date: date.toISOString(),
    list,
    json,
    arithmetic: 5,
  });
});

test("statements: names are quoted, fragments compose, and nothing else becomes SQL", async () => {
  const [row] = await database().unsafe(
    sql`select ${join([sql`1 as ${identifier('odd "name"')}`, sql`${"two"} as b`], ", ")}`.text,
  );
  assertEquals(row, { 'odd "name"': 1, b: "two" });
  assertEquals(identifiers(["a", 'b"c']).text, '"a", "b""c"');
  // An object that looks like a statement or a name is JSON, never SQL.
  const forged = { text: "1; drop table public.users" } as unknown as SqlValue;
  assertEquals(sql`${forged}`.text, `E'{"text":"1; drop table public.users"}'::jsonb`);
  const forgedName = { name: "users" } as unknown as SqlValue;
  assertEquals(sql`${forgedName}`.text, `E'{"name":"users"}'::jsonb`);
  // Values a literal cannot carry are refused before anything is sent.
  for (
    const bad of ["nul\0byte", NaN, Infinity, undefined, ["ok", 1], new Date("nope")] as unknown[]
  ) {
    let refused = false;
    try {
      sql`select ${bad as SqlValue}`;
    } catch (error) {
      refused = error instanceof TypeError;
    }
    assert(refused, `not refused: ${String(bad)}`);
  }
  let joinedForgery = false;
  try {
    join([{ text: "drop table public.users" } as never], ", ");
  } catch (error) {
    joinedForgery = error instanceof TypeError;
  }
  assert(joinedForgery, "join took a forged statement");
});

test("timestamps come back as the API writes them: ISO strings in UTC, to the millisecond", async () => {
  const cases: [string, string][] = [
    ["2026-12-01 10:20:30.456789+00", "2026-12-01T10:20:30.456Z"],
    ["2026-12-01 10:20:30.4+00", "2026-12-01T10:20:30.400Z"],
    ["2026-12-01 10:20:30+00", "2026-12-01T10:20:30.000Z"],
    ["2026-12-01 10:20:30.456+05:30", "2026-12-01T04:50:30.456Z"],
    ["2026-12-01 01:00:00-08", "2026-12-01T09:00:00.000Z"],
    ["2026-12-01", "2026-12-01T00:00:00.000Z"],
    ["2026-12-01 10:20:30.5", "2026-12-01T10:20:30.500Z"],
    ["infinity", "infinity"],
  ];
  for (const [server, api] of cases) assertEquals(isoTimestamp(server), api, server);
  // From the server itself, whatever offset the value was written with.
  const [row] = await database().unsafe(
    "select '2026-12-01 10:20:30.456789+05:30'::timestamptz as at, now() as now",
  );
  assertEquals(row.at, "2026-12-01T04:50:30.456Z");
  assertEquals(row.now, new Date(row.now).toISOString());
});

test("text arrays come back exactly as they went in, through parameters and literals", async () => {
  const tricky = [
    "",
    "NULL",
    "null",
    "plain",
    "two words",
    'a "quoted" word',
    "back\\slash\\",
    "comma, and {braces}",
    " leading and trailing ",
    "ünïcödé 🙂",
    "x".repeat(5000),
  ];
  const withNull = ["a", null, "b"];
  for (const list of [tricky, [], ["one"], withNull]) {
    const [viaParameter] = await database()`select ${list as string[]}::text[] as list`;
    assertEquals(viaParameter.list, list);
  }
  const [viaLiteral] = await database().unsafe(sql`select ${tricky} as list`.text);
  assertEquals(viaLiteral.list, tricky);
  const [shapes] = await database().unsafe(
    "select '{{a,b},{\"c d\",NULL}}'::text[] as nested, '[0:1]={x,y}'::text[] as bounded",
  );
  assertEquals(shapes, { nested: [["a", "b"], ["c d", null]], bounded: ["x", "y"] });
  for (const malformed of ["", "{a", '{"a}', "{a,b", '{"a"b}']) {
    let refused = false;
    try {
      parseTextArray(malformed);
    } catch (error) {
      refused = error instanceof SyntaxError;
    }
    assert(refused, `not refused: ${malformed}`);
  }
});

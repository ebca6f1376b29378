/**
 * Row-level security, as a matrix: every table, every command, every kind of caller.
 *
 * Each case runs the way the functions run a query for someone (shared/db/transaction.ts):
 * `private.assume_caller` on a superuser connection, then the statement, then a read-back of
 * every fixture row (tests/rls/runner.ts). The fixture is tests/rls/fixture.ts, the actors
 * tests/rls/actors.ts, the matrix tests/rls/matrix.ts, and the cases beyond it
 * tests/rls/rules.ts and tests/rls/credentials.ts.
 *
 * The fixture: two recruiters, A (the owner) and B (another recruiter), each with a full set of
 * rows. A has two interviews: `A` (the one the candidate credential is for) and `A2` (another
 * candidate's interview, same recruiter). Every matrix case aims at A's row labelled `A`; the
 * owner's row of the same statement is the positive control for everyone else's refusal.
 */
import { assert, assertEquals } from "./helpers/assert.ts";
import { adminSql, test } from "./helpers/stack.ts";
import { ACTORS } from "./rls/actors.ts";
import { CREDENTIALS } from "./rls/credentials.ts";
import { A, B, createFixture, rows, TABLES } from "./rls/fixture.ts";
import { type Command, MATRIX } from "./rls/matrix.ts";
import { RULES } from "./rls/rules.ts";
import { describe, matrixCase, runCase, snapshot } from "./rls/runner.ts";

const admin = adminSql();

test("rls: fixture", async () => {
  await createFixture(admin);
  // Every table holds the rows the matrix expects, and the trigger made both profiles.
  const all = await snapshot(admin);
  for (const table of TABLES) {
    assertEquals(
      all[table].map((row) => row.id).sort(),
      Object.values(rows[table]).sort(),
      `fixture rows of ${table}`,
    );
  }
});

test("rls: the matrix covers every table, command and actor exactly once", () => {
  const keys = MATRIX.map(([table, command, actor]) => `${table}/${command}/${actor}`);
  assertEquals(new Set(keys).size, keys.length, "no duplicate rows");
  const commands: Command[] = ["select", "insert", "update", "delete"];
  for (const table of TABLES) {
    for (const command of commands) {
      for (const actor of Object.keys(ACTORS)) {
        assert(keys.includes(`${table}/${command}/${actor}`), `${table}/${command}/${actor}`);
      }
    }
  }
  assertEquals(keys.length, TABLES.length * commands.length * Object.keys(ACTORS).length);
});

for (const [table, command, actor, expected] of MATRIX) {
  test(`rls: ${table} · ${command} · ${actor} → ${describe(expected)}`, async () => {
    await runCase(admin, matrixCase(table, command, actor, expected));
  });
}

for (const [name, identity, table, statement, expected] of [...RULES, ...CREDENTIALS]) {
  test(`rls: ${name}`, async () => {
    await runCase(admin, {
      identity,
      table,
      statement,
      expected,
      // An insert adds one row to its table; an update (an answer) changes one of its rows.
      verify: (_tx, before, after) => {
        const added = after[table].length === before[table].length + 1;
        const changed = after[table].length === before[table].length &&
          JSON.stringify(after[table]) !== JSON.stringify(before[table]);
        assert(added || changed, `one more row, or one changed, in ${table}`);
        return Promise.resolve();
      },
    });
  });
}

test("rls: the fixture's recruiters go, profiles and all, with their auth.users rows", async () => {
  await admin`delete from auth.users where id in (${A}, ${B})`;
  const [{ n }] = await admin`select count(*)::int as n from public.users where id in (${A}, ${B})`;
  assertEquals(n, 0);
});

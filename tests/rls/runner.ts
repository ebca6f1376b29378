/**
 * How a case runs: in a transaction on the superuser connection, the caller is assumed as every
 * request assumes it (tests/helpers/as_caller.ts: private.assume_caller), then the statement runs
 * in a savepoint, so a refused write leaves the transaction usable; then, as superuser again, the
 * case reads back every fixture row of every table and checks what the statement changed: the
 * expected change when it was allowed, nothing at all when it was refused. Everything is rolled
 * back, so the cases are independent of each other and of their order.
 */
import type postgres from "postgres";
import { assumeCaller } from "../helpers/as_caller.ts";
import { assert, assertEquals, assertNotEquals } from "../helpers/assert.ts";
import { type Actor, ACTORS, type Identity } from "./actors.ts";
import { A, B, labelOf, qualified, rows, type Table, TABLES } from "./fixture.ts";
import type { Command, Expected } from "./matrix.ts";
import { CHANGE, NEW_ROW, selectAll, type Statement, updateRow } from "./statements.ts";

type Tx = postgres.TransactionSql;

/** Every fixture row of all nine tables, as the superuser sees them. */
const SNAPSHOT = `select jsonb_build_object(${
  TABLES.map((table) =>
    `'${table}', (select coalesce(jsonb_agg(to_jsonb(t) order by t.id), '[]')
      from ${qualified(table)} t where t.${table === "users" ? "id" : "owner_id"} in ($1, $2))`
  ).join(",\n")
}) as snapshot`;
export type Snapshot = Record<Table, Record<string, unknown>[]>;
export const snapshot = async (db: Pick<postgres.Sql, "unsafe">): Promise<Snapshot> =>
  (await db.unsafe(SNAPSHOT, [A, B]))[0].snapshot;

/** Thrown to end a case's transaction with a rollback once its checks ran. */
class RolledBack extends Error {}

/** Runs `work` in a transaction on the superuser connection, then rolls it back. */
async function rolledBack(db: postgres.Sql, work: (tx: Tx) => Promise<void>) {
  try {
    await db.begin(async (tx) => {
      await work(tx);
      throw new RolledBack();
    });
  } catch (error) {
    if (!(error instanceof RolledBack)) throw error;
  }
}

export interface Case {
  identity: Identity;
  table: Table;
  statement: Statement;
  expected: Expected;
  /** For "ok": checks, as superuser in the same transaction, that the write took effect. */
  verify?: (tx: Tx, before: Snapshot, after: Snapshot) => Promise<void>;
}

export async function runCase(
  db: postgres.Sql,
  { identity, table, statement, expected, verify }: Case,
) {
  await rolledBack(db, async (tx) => {
    const before = await snapshot(tx);
    await assumeCaller(tx, identity.role, identity.claims);
    // The switch took: the statement runs as the role the case names.
    const [{ role }] = await tx`select current_user as role`;
    assertEquals(role, identity.role);

    let result: postgres.RowList<postgres.Row[]> | undefined;
    let error: (Error & { code?: string }) | undefined;
    try {
      result = await tx.savepoint((sp) => statement(sp));
    } catch (caught) {
      error = caught as Error & { code?: string };
    }
    await tx`reset role`;
    await tx`select set_config('request.jwt.claims', '', true),
      set_config('request.jwt.claim.sub', '', true)`;
    const [{ superuser }] = await tx`select rolsuper as superuser from pg_roles
      where rolname = current_user`;
    assertEquals(superuser, true, "the checks run as superuser");
    const after = await snapshot(tx);

    if (typeof expected === "object") {
      assertEquals(error, undefined, `select failed: ${error?.message}`);
      const seen = (result ?? []).map((row) => labelOf.get(row.id) ?? "a row not in the fixture");
      assertEquals(seen.sort(), [...expected.sees].sort(), `rows of ${table} seen`);
      assertEquals(after, before, "a select changes nothing");
    } else if (expected === "ok") {
      assertEquals(error, undefined, `the write was refused: ${error?.code} ${error?.message}`);
      assertEquals(result?.count, 1, "one row written");
      assertNotEquals(after, before, "the write changed something");
      assert(verify, "an allowed write needs a check of its effect");
      await verify(tx, before, after);
    } else {
      if (expected === "0 rows") {
        assertEquals(error, undefined, `expected no error, got ${error?.code} ${error?.message}`);
        assertEquals(result?.count, 0, "no row affected");
      } else {
        assertEquals(error?.code, expected, `expected SQLSTATE ${expected}: ${error?.message}`);
      }
      assertEquals(after, before, "a refused write changes nothing");
    }
  });
}

export function matrixCase(table: Table, command: Command, actor: Actor, expected: Expected): Case {
  const target = rows[table].A;
  const identity = ACTORS[actor];
  switch (command) {
    case "select":
      return { identity, table, expected, statement: selectAll(table) };
    case "insert": {
      const row = NEW_ROW[table]();
      return {
        identity,
        table,
        expected,
        // No `returning`: that would add the SELECT policy's check to the INSERT policy's.
        statement: (tx) => tx`insert into ${tx(qualified(table))} ${tx(row)}`,
        verify: async (tx) => {
          const [{ n }] = await tx`select count(*)::int as n from ${tx(qualified(table))}
            where id = ${row.id as string} and owner_id = ${A}`;
          assertEquals(n, 1, "the new row is stored, owned by A");
        },
      };
    }
    case "update": {
      const [column, value] = CHANGE[table];
      return {
        identity,
        table,
        expected,
        statement: updateRow(table, target, { [column]: value }),
        verify: async (tx) => {
          const [{ n }] = await tx`select count(*)::int as n from ${tx(qualified(table))}
            where id = ${target} and ${tx(column)} = ${value}`;
          assertEquals(n, 1, `${column} changed`);
        },
      };
    }
    case "delete":
      return {
        identity,
        table,
        expected,
        statement: (tx) => tx`delete from ${tx(qualified(table))} where id = ${target}`,
        verify: async (tx) => {
          const [{ n }] = await tx`select count(*)::int as n from ${tx(qualified(table))}
            where id = ${target}`;
          assertEquals(n, 0, "the row is gone");
        },
      };
  }
}

export const describe = (expected: Expected) =>
  typeof expected === "object"
    ? `sees [${expected.sees.join(", ")}]`
    : expected === "ok"
    ? "allowed"
    : expected === "0 rows"
    ? "0 rows"
    : `refused (${expected})`;

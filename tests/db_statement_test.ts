/**
 * The statement builder's blocks for what postgres.js's own helpers used to write (several rows
 * at once, any JSON value as jsonb), round-tripped through Postgres inside a reserved
 * transaction, and the transaction handle itself: it runs statements the builder made and
 * nothing else, and only while its transaction lasts.
 */
import { assert, assertEquals, assertRejects } from "./helpers/assert.ts";
import { JWT_SECRET } from "./helpers/stack.ts";
import { parseConfig, setConfig } from "../shared/config.ts";
import { closeDatabase } from "../shared/db/client.ts";
import { jsonb, sql, type SqlValue, type Statement, values } from "../shared/db/statement.ts";
import { query, type Transaction, withServiceTransaction } from "../shared/db/transaction.ts";

setConfig(parseConfig({ ...Deno.env.toObject(), SUPABASE_JWT_SECRET: JWT_SECRET }));

function refused(build: () => unknown): boolean {
  try {
    build();
  } catch (error) {
    return error instanceof TypeError;
  }
  return false;
}

Deno.test({
  name: "statements: rows and jsonb round-trip, and a transaction runs only what `sql` made",
  sanitizeOps: false,
  sanitizeResources: false,
  async fn(t) {
    try {
      await t.step("several rows in one insert come back as they went in", async () => {
        const tricky = "it's \\ a 'quoted' \"word\"; drop table public.users; --";
        const rows: Record<string, SqlValue>[] = [
          { n: 1, label: tricky, tags: ["a", "it's", ""], doc: jsonb([{ x: tricky }, null]) },
          { n: -2.5, label: null, tags: [], doc: jsonb({ nested: { list: [1, "two"] } }) },
          // Another key order: each row is read by name.
          { doc: jsonb("text"), tags: ["ünïcödé 🙂"], label: "", n: 3 },
        ];
        const back = await withServiceTransaction(async (tx) => {
          await query(
            tx,
            sql`create temporary table probe_rows
              (n numeric, label text, tags text[], doc jsonb) on commit drop`,
          );
          await query(tx, sql`insert into probe_rows ${values(rows)}`);
          return [...await query(tx, sql`select n, label, tags, doc from probe_rows order by n`)];
        });
        assertEquals(back, [
          { n: -2.5, label: null, tags: [], doc: { nested: { list: [1, "two"] } } },
          { n: 1, label: tricky, tags: ["a", "it's", ""], doc: [{ x: tricky }, null] },
          { n: 3, label: "", tags: ["ünïcödé 🙂"], doc: "text" },
        ]);
      });

      await t.step("rows that do not line up, and values JSON cannot hold, are refused", () => {
        assert(refused(() => values([])), "no rows");
        assert(refused(() => values([{}])), "no columns");
        assert(refused(() => values([{ a: 1 }, { b: 1 }])), "another column");
        assert(refused(() => values([{ a: 1 }, { a: 1, b: 2 }])), "an extra column");
        assert(refused(() => values([{ a: undefined as unknown as SqlValue }])), "undefined");
        assert(refused(() => values([{ a: [1] as unknown as SqlValue }])), "a number array");
        assert(refused(() => jsonb(undefined as unknown as null)), "undefined as jsonb");
        assert(refused(() => jsonb((() => 1) as unknown as object)), "a function as jsonb");
        // A NUL inside JSON is an escape, which jsonb itself refuses; the text carries none.
        assertEquals(jsonb("a\0b").text, `E'"a\\\\u0000b"'::jsonb`);
      });

      await t.step("a forged statement is refused before anything is sent", async () => {
        const forged = { text: "select 1; drop table public.users" } as Statement;
        const error = await assertRejects(() => withServiceTransaction((tx) => query(tx, forged)));
        assert(error instanceof TypeError, String(error));
      });

      await t.step(
        "a transaction's handle runs nothing once the transaction has ended",
        async () => {
          let kept: Transaction | undefined;
          await withServiceTransaction((tx) => {
            kept = tx;
            return query(tx, sql`select 1`);
          });
          const error = await assertRejects(() => query(kept!, sql`select 1`));
          assert(error instanceof TypeError, String(error));
        },
      );
    } finally {
      await closeDatabase();
    }
  },
});

/**
 * Never run: it type-checks only while a transaction's handle is not postgres.js's connection
 * (`deno check` fails on an unused `@ts-expect-error`).
 */
export function driverTemplateDoesNotTypeCheck(tx: Transaction) {
  // @ts-expect-error: no template on a transaction, only `query(tx, sql...)`
  tx`select 1`;
  // @ts-expect-error: nor the driver's escape hatch
  tx.unsafe("select 1");
}

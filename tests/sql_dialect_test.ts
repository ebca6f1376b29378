/**
 * One SQL dialect: outside shared/db, SQL is written only as shared/db/statement.ts's
 * statements. The lint rule that says so (scripts/lint/sql_dialect.ts) is registered with
 * `deno lint`, finds nothing in the source tree, and finds every form it refuses in planted
 * code: the postgres.js client, its pools, `.unsafe(` and a foreign template tag.
 */
import { assert, assertEquals } from "./helpers/assert.ts";
import plugin from "../scripts/lint/sql_dialect.ts";

const ROOT = new URL("../", import.meta.url);
const CODE = /\.(ts|tsx|js|mjs)$/;

function findings(path: string, source: string): string[] {
  return Deno.lint.runPlugin(plugin, new URL(path, ROOT).pathname, source)
    .map((diagnostic) => diagnostic.message);
}

async function* codeFiles(folder: string): AsyncGenerator<string> {
  for await (const entry of Deno.readDir(new URL(folder, ROOT))) {
    const path = `${folder}${entry.name}`;
    if (entry.isDirectory && entry.name !== "node_modules" && !entry.name.startsWith(".")) {
      yield* codeFiles(`${path}/`);
    } else if (entry.isFile && CODE.test(entry.name)) {
      yield path;
    }
  }
}

Deno.test("sql dialect: `deno lint` runs the rule", async () => {
  const config = JSON.parse(await Deno.readTextFile(new URL("deno.json", ROOT)));
  assert(
    config.lint?.plugins?.includes("./scripts/lint/sql_dialect.ts"),
    "deno.json does not register the rule",
  );
});

Deno.test("sql dialect: no code outside shared/db speaks SQL but through its statements", async () => {
  const broken: string[] = [];
  let checked = 0;
  for (const folder of ["shared/", "supabase/", "local/", "scripts/", "eval/"]) {
    for await (const path of codeFiles(folder)) {
      checked++;
      const source = await Deno.readTextFile(new URL(path, ROOT));
      broken.push(...findings(path, source).map((message) => `${path}: ${message}`));
    }
  }
  assert(checked > 100, `only ${checked} files read`);
  assertEquals(broken, []);
});

/** Each form the rule refuses, as a handler could write it. */
const PLANTED: Record<string, string> = {
  "the driver imported": `import postgres from "postgres";`,
  "the driver imported by its npm name": `import postgres from "npm:postgres@3.4.9";`,
  "the driver loaded on demand": `const driver = await import("postgres");`,
  "a pool imported": `import { database } from "@shared/db/client.ts";`,
  "a connection type imported": `import type { TransactionSql } from "../db/client.ts";`,
  "a pool loaded on demand": `const { database } = await import("@shared/db/client.ts");`,
  "raw text sent": `await tx.unsafe("select 1");`,
  "raw text sent, computed": `await tx["unsafe"]("select 1");`,
  "the driver's template": `await tx\`select \${id}\`;`,
  "the driver's template with a row type": `await tx<{ id: string }[]>\`select \${id}\`;`,
  "the driver's template on a call": `await database()\`select 1\`;`,
  "a client named like the tag": `const sql = postgres(); await sql\`select 1\`;`,
};

Deno.test("sql dialect: every refused form planted in a handler is found", () => {
  for (const [name, code] of Object.entries(PLANTED)) {
    const found = findings("supabase/functions/tickets/app.ts", code);
    assert(found.length > 0, `not found: ${name}`);
  }
  // Beside what the handlers rightly write, the plant is still found.
  const handler = `
    import { sql } from "@shared/db/statement.ts";
    import { query, withUserTransaction } from "@shared/db/transaction.ts";
    await withUserTransaction(principal, (tx) => query(tx, sql\`select 1\`));
    await tx\`select 1\`;`;
  assertEquals(findings("supabase/functions/tickets/app.ts", handler).length, 1);
});

Deno.test("sql dialect: the statements, and the places exempt, pass", () => {
  const allowed = `
    import { sql as statement } from "@shared/db/statement.ts";
    import { closeDatabase, serverVersion } from "@shared/db/client.ts";
    const text = String.raw\`a\\b\`;
    const page = statement<{ id: string }>\`select id from public.jobs where id = \${id}\`;`;
  assertEquals(findings("shared/audit/trail.ts", allowed), []);
  for (const path of ["shared/db/client.ts", "tests/rls_test.ts", "bench/servers/plain.ts"]) {
    for (const [name, code] of Object.entries(PLANTED)) {
      assertEquals(findings(path, code), [], `${name} in ${path}`);
    }
  }
});

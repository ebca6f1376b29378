/**
 * Canaries for the workarounds of driver behaviour (listed in the README, "Driver workarounds"):
 * each checks that the behaviour worked around is still there, so an upgrade that fixes or
 * changes it fails here, and the workaround is then removed or redone rather than left to rot.
 */
import postgres from "postgres";
import { assert, assertEquals } from "./helpers/assert.ts";
import { test } from "./helpers/stack.ts";

const root = new URL("../", import.meta.url);
const imports = JSON.parse(await Deno.readTextFile(new URL("deno.json", root))).imports;

test("the drivers are the versions the workarounds were made for", () => {
  // An upgrade fails here until each workaround of the README's list is checked against it.
  assertEquals(imports["postgres"], "npm:postgres@3.4.9");
  assertEquals(imports["@hono/zod-openapi"], "npm:@hono/zod-openapi@1.6.3");
});

test("postgres.js still flushes small writes from a setImmediate callback named nextWrite", async () => {
  // shared/db/client.ts guards exactly those callbacks (a write to a dropped socket throws
  // from the timer, where nothing can catch it): if the driver stops scheduling them, or renames
  // them, the guard no longer covers anything.
  const url = Deno.env.get("SUPABASE_DB_URL") ?? Deno.env.get("DATABASE_URL");
  assert(url, "run under npm test");
  const names: string[] = [];
  const schedule = globalThis.setImmediate;
  const db = postgres(url, { max: 1, prepare: false, onnotice: () => {} });
  try {
    await db`select 1`;
    Object.assign(globalThis, {
      setImmediate: Object.assign((callback: (...args: unknown[]) => void, ...args: unknown[]) => {
        names.push(callback?.name);
        return schedule(callback, ...args);
      }, schedule),
    });
    await Promise.all([db`select 1`, db`select 2`]);
  } finally {
    Object.assign(globalThis, { setImmediate: schedule });
    await db.end();
  }
  assert(names.includes("nextWrite"), `setImmediate callbacks: ${names.join(", ") || "none"}`);
});

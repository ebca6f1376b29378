/**
 * Starts an entry point that calls `Deno.serve(handler)` as Supabase's edge runtime expects (an
 * edge function's index.ts, or the hello-world baseline) on the port the benchmark chose:
 *
 *   PORT=8123 deno run --allow-all bench/entry.ts ./supabase/functions/jobs/index.ts
 *
 * `Deno.serve` is given PORT and 127.0.0.1 (Deno itself ignores PORT); the handler is passed on
 * untouched. The entry is imported dynamically, after the patch, and every entry measured goes
 * through this same file, so the cold-start comparison stays fair.
 */
const port = Number(Deno.env.get("PORT"));
if (!Number.isInteger(port) || port <= 0) throw new Error("PORT must be set");
const entry = Deno.args[0];
if (!entry) throw new Error("usage: bench/entry.ts <entry point>");

const serve = Deno.serve;
const where = { port, hostname: "127.0.0.1", onListen() {} };
// deno-lint-ignore no-explicit-any
(Deno as any).serve = (first: any, second?: any) =>
  typeof first === "function" ? serve(where, first) : serve({ ...first, ...where }, second);

await import(new URL(entry, `file://${Deno.cwd()}/`).href);

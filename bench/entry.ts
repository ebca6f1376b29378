/**
 * Starts an entry point that calls `Deno.serve(handler)` as Supabase's edge runtime expects (an
 * edge function's index.ts, or the hello-world baseline) on the port the benchmark chose:
 *
 *   PORT=8123 deno run --allow-all bench/entry.ts ./supabase/functions/jobs/index.ts
 *
 * `Deno.serve` is given PORT and 127.0.0.1 (Deno itself ignores PORT); the handler is passed on
 * untouched. The entry is imported dynamically, after the patch, and every entry measured goes
 * through this same file, so the cold-start comparison stays fair.
 *
 * With WORKER_MEMORY=1 (the budgets section) it also keeps the peak of the isolate's memory as
 * Supabase's edge runtime counts a worker's (V8's used heap plus external memory, checked as its
 * event loop turns: supabase/edge-runtime, crates/base/src/runtime/mod.rs, MemCheck), sampled
 * every 2 ms and as each answer is made, and answers `GET /__worker-memory` with that peak in
 * MB, counting anew from there.
 */
const port = Number(Deno.env.get("PORT"));
if (!Number.isInteger(port) || port <= 0) throw new Error("PORT must be set");
const entry = Deno.args[0];
if (!entry) throw new Error("usage: bench/entry.ts <entry point>");

type Handler = (request: Request, info: Deno.ServeHandlerInfo) => Response | Promise<Response>;

// node:v8's statistics are V8's own (about 1 µs a call); Deno.memoryUsage() also reads the
// resident size from the system (about 18 µs), which every 2 ms would add 1 % to the CPU measured.
const heapStatistics = Deno.env.get("WORKER_MEMORY") === "1"
  ? (await import("node:v8")).getHeapStatistics
  : null;
let peak = 0;
const sample = () => {
  const { used_heap_size, external_memory } = heapStatistics!();
  peak = Math.max(peak, used_heap_size + external_memory);
};
function counted(handler: Handler): Handler {
  if (!heapStatistics) return handler;
  setInterval(sample, 2);
  return async (request, info) => {
    if (new URL(request.url).pathname === "/__worker-memory") {
      sample();
      const mb = Math.round((peak / 2 ** 20) * 100) / 100;
      peak = 0;
      return Response.json({ peak_mb: mb });
    }
    try {
      return await handler(request, info);
    } finally {
      sample();
    }
  };
}

const serve = Deno.serve;
const where = { port, hostname: "127.0.0.1", onListen() {} };
// deno-lint-ignore no-explicit-any
(Deno as any).serve = (first: any, second?: any) =>
  typeof first === "function"
    ? serve(where, counted(first))
    : serve({ ...first, ...where }, second);

await import(new URL(entry, `file://${Deno.cwd()}/`).href);

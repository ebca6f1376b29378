// Baseline: a bare Hono hello-world on the same Deno, as the issue gives it. bench/entry.ts
// chooses its port.
import { Hono } from "hono";

Deno.serve(new Hono().get("/", (c) => c.text("ok")).fetch);

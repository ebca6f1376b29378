/**
 * A canary for shared/http/router.ts, which re-implements @hono/zod-openapi's
 * `OpenAPIHono.openapi()` so that the functions need not load that package (see its header).
 * The same contracts are registered on both, behind the same app, and the same requests (good
 * and bad bodies, media types, queries and path parameters) must get the same answers: an
 * upgrade of @hono/zod-openapi that changes how a route validates fails here first.
 *
 * Not compared: multipart forms, which the router reads itself (shared/http/multipart.ts, held
 * against the platform's parser in multipart_test.ts), and guards, which OpenAPIHono leaves to
 * the app (authorization_test.ts).
 */
import { OpenAPIHono, type RouteConfig } from "@hono/zod-openapi";
import type { Context, MiddlewareHandler } from "hono";
import { assertEquals } from "./helpers/assert.ts";
import * as auth from "../shared/contracts/auth.ts";
import * as interviews from "../shared/contracts/interviews.ts";
import * as jobs from "../shared/contracts/jobs.ts";
import { type AppEnv, createApp, validationHook } from "../shared/http/app.ts";
import { ContractRouter } from "../shared/http/router.ts";

const ROUTES: RouteConfig[] = [
  jobs.create,
  jobs.list,
  jobs.get,
  jobs.update,
  jobs.remove,
  auth.login,
  interviews.respond,
];

/** What a route validated, as its answer. */
function echo(c: Context) {
  const valid = (target: string) => (c.req.valid as (t: string) => unknown)(target) ?? null;
  return c.json({ query: valid("query"), param: valid("param"), json: valid("json") }, 200);
}

function served(router: { openapi(route: RouteConfig, handler: typeof echo): unknown }) {
  for (const route of ROUTES) router.openapi(route, echo);
  const app = createApp("/x");
  app.route("/", router as never);
  return app;
}

const pass: MiddlewareHandler = (_c, next) => next();
const ours = served(
  new ContractRouter<AppEnv>({
    hook: validationHook,
    guards: { bearerAuth: pass, interviewCredential: pass },
  }) as never,
);
const theirs = served(new OpenAPIHono<AppEnv>({ defaultHook: validationHook as never }) as never);

const ID = "7c9e6679-7425-40de-944b-e07fc1f99ae7";
const JSON_TYPE = { "Content-Type": "application/json" };
const job = { title: "Backend engineer", description: "Builds the platform." };

const REQUESTS: [string, RequestInit?][] = [
  ["/x", { method: "POST", headers: JSON_TYPE, body: JSON.stringify(job) }],
  ["/x", { method: "POST", headers: JSON_TYPE, body: JSON.stringify({ ...job, extra: 1 }) }],
  ["/x", { method: "POST", headers: JSON_TYPE, body: JSON.stringify({ title: 7 }) }],
  ["/x", { method: "POST", headers: JSON_TYPE, body: "{not json" }],
  ["/x", { method: "POST", headers: JSON_TYPE, body: "" }],
  ["/x", { method: "POST", headers: JSON_TYPE }],
  ["/x", { method: "POST", headers: { "Content-Type": "text/plain" }, body: JSON.stringify(job) }],
  ["/x", { method: "POST", body: new TextEncoder().encode(JSON.stringify(job)) }],
  ["/x", { method: "POST" }],
  ["/x", {
    method: "POST",
    headers: { "Content-Type": "application/vnd.api+json" },
    body: JSON.stringify(job),
  }],
  ["/x", {
    method: "POST",
    headers: { "Content-Type": "application/json; charset=utf-8" },
    body: JSON.stringify(job),
  }],
  ["/x?page=2&page_size=5&status=open&q=engineer"],
  ["/x"],
  ["/x?page=0"],
  ["/x?page_size=1000"],
  ["/x?status=bogus&unknown=1"],
  ["/x?page=1&page=2"],
  [`/x/${ID}`],
  ["/x/not-a-uuid"],
  [`/x/${ID}`, { method: "PATCH", headers: JSON_TYPE, body: JSON.stringify({ title: "Lead" }) }],
  [`/x/${ID}`, { method: "PATCH", headers: JSON_TYPE, body: "{}" }],
  ["/x/not-a-uuid", { method: "PATCH", headers: JSON_TYPE, body: "{}" }],
  [`/x/${ID}`, { method: "DELETE" }],
  ["/x/login", {
    method: "POST",
    headers: JSON_TYPE,
    body: JSON.stringify({ email: "A@Example.com ", password: "x" }),
  }],
  ["/x/login", { method: "POST", headers: JSON_TYPE, body: JSON.stringify({ email: "no" }) }],
  [`/x/${ID}/responses`, {
    method: "POST",
    headers: JSON_TYPE,
    body: JSON.stringify({ question_id: ID, answer_text: "An answer.", duration_seconds: 30 }),
  }],
  [`/x/${ID}/responses`, { method: "POST", headers: JSON_TYPE, body: "[]" }],
];

/** An answer without what differs by design from one request to the next. */
async function answer(app: ReturnType<typeof served>, path: string, init?: RequestInit) {
  const response = await app.request(path, init);
  const body = await response.json();
  delete body.request_id;
  return { status: response.status, body };
}

Deno.test("router: every request is answered as @hono/zod-openapi's OpenAPIHono answers it", async () => {
  for (const [path, init] of REQUESTS) {
    const label = `${init?.method ?? "GET"} ${path} ${String(init?.body ?? "").slice(0, 40)}`;
    assertEquals(await answer(ours, path, init), await answer(theirs, path, init), label);
  }
});

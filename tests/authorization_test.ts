/**
 * Who may call each route comes from its contract's declared security, in one place
 * (shared/http/router.ts): every guarded route refuses a caller without the credential with 401,
 * before it reads the path, the query or the body; a route that declares no security, or a
 * scheme nobody guards, cannot be registered.
 */
import { z } from "zod";
import { assert, assertEquals, assertMatch } from "./helpers/assert.ts";
import { routesOf } from "./helpers/fuzz.ts";
import { client } from "./helpers/http.ts";
import { startStack, test } from "./helpers/stack.ts";
import { contracts } from "../shared/contracts/index.ts";
import { createRouter } from "../shared/http/app.ts";
import { createRoute } from "../shared/http/router.ts";

const stack = await startStack();
const call = client(stack.url);
const routes = routesOf(contracts);

/** A path of the route with every parameter invalid, and a body no schema accepts. */
function badRequest(route: (typeof routes)[number]) {
  const path = `/${route.fn}${route.path === "/" ? "" : route.path}`.replaceAll(
    /{[^}]+}/g,
    "not-a-uuid",
  );
  return {
    path: `${path}?page=-1&page_size=nope`,
    method: route.method,
    body: route.method === "GET" || route.method === "DELETE" ? undefined : "{not json",
    headers: { "Content-Type": "application/json" },
  };
}

test("every guarded route refuses a caller without its credential (401) before validating", async () => {
  const guarded = routes.filter((route) => route.credential !== "none");
  assert(guarded.length >= 40, `only ${guarded.length} guarded routes`);
  for (const route of guarded) {
    const { path, ...options } = badRequest(route);
    for (const token of [undefined, "not.a.token"]) {
      const answer = await call(path, { ...options, token });
      assertEquals(answer.status, 401, `${route.id} ${token ? "bad token" : "no token"}`);
      assertMatch(answer.body.error.code, /^(UNAUTHORIZED|INVALID_TOKEN)$/, route.id);
    }
  }
});

test("a recruiter's token does not open a candidate's route, nor the reverse (401)", async () => {
  const registered = await call("/auth/register", {
    json: {
      email: `guards-${crypto.randomUUID()}@example.com`,
      password: "correct horse battery staple",
      full_name: "Guard Test",
    },
  });
  assertEquals(registered.status, 201, JSON.stringify(registered.body));
  const token = registered.body.data.access_token;
  for (const route of routes.filter((r) => r.credential === "candidate")) {
    const { path, ...options } = badRequest(route);
    assertEquals((await call(path, { ...options, token })).status, 401, route.id);
  }
});

test("public routes need no credential: none of them answers 401 without one", async () => {
  const open = routes.filter((route) => route.credential === "none");
  assertEquals(
    open.map((route) => route.id).sort(),
    [
      "auth.login",
      "auth.refresh",
      "auth.register",
      "health.databaseHealth",
      "health.health",
      "interviews.redeem",
    ],
  );
  for (const route of open) {
    const { path, ...options } = badRequest(route);
    const answer = await call(path, options);
    assert(answer.status !== 401, `${route.id}: ${answer.status}`);
  }
});

test("a route without declared security, or with a scheme nobody guards, is not registered", () => {
  const route = (security?: Record<string, string[]>[]) =>
    createRoute({
      method: "get",
      path: "/x",
      ...(security ? { security } : {}),
      responses: {
        200: { description: "ok", content: { "application/json": { schema: z.object({}) } } },
      },
    });
  const refusal = (security?: Record<string, string[]>[]) => {
    try {
      createRouter().openapi(route(security), (c) => c.json({}, 200));
      return "";
    } catch (error) {
      return (error as Error).message;
    }
  };
  assertMatch(refusal(), /must declare its security/);
  assertMatch(refusal([{ apiKey: [] }]), /no guard for the security scheme apiKey/);
  assertMatch(refusal([{ bearerAuth: [] }, { interviewCredential: [] }]), /one security scheme/);
  assertEquals(refusal([]), "");
  assertEquals(refusal([{ bearerAuth: [] }]), "");
});

/**
 * Rate limits on sign-in and registration, kept in the database: 429 with Retry-After, no
 * password check at all while limited, counted per email and per client address.
 */
import { assert, assertEquals } from "./helpers/assert.ts";
import { adminSql, afterAll, startStack, test } from "./helpers/stack.ts";
import { client, registerRecruiter, uniqueEmail } from "./helpers/http.ts";
import { gateway } from "../local/gateway.ts";

await startStack({
  RATE_LIMIT_LOGIN_PER_ADDRESS: "15",
  RATE_LIMIT_REGISTER_PER_ADDRESS: "3",
});
// This file's own client address, so other test files' traffic from 127.0.0.1 does not count
// against its per-address limits (Linux answers on, and sends from, all of 127.0.0.0/8).
const address = `127.${1 + Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${
  2 + Math.floor(Math.random() * 250)
}`;
const server = Deno.serve({ hostname: "127.0.0.1", port: 0, onListen: () => {} }, gateway);
const httpClient = Deno.createHttpClient({ localAddress: address });
const call = client(`http://127.0.0.1:${server.addr.port}/functions/v1`, httpClient);
afterAll(async () => {
  httpClient.close();
  await server.shutdown();
});
const db = adminSql();

test("10 failed logins for one email, then 429 with Retry-After, even with the right password", async () => {
  // Registration from this address is limited to 3 an hour; this is the first.
  const recruiter = await registerRecruiter(call);
  const [seen] =
    await db`select count(*)::int as n from private.rate_limit_events where key = ${`register-ip:${address}`}`;
  assertEquals(seen.n, 1, "the gateway saw this file's own client address");
  for (let attempt = 1; attempt <= 10; attempt++) {
    const response = await call("/auth/login", {
      json: { email: recruiter.email, password: `wrong ${attempt}` },
    });
    assertEquals(response.status, 401, `attempt ${attempt}`);
  }
  const limited = await call("/auth/login", {
    json: { email: recruiter.email, password: recruiter.password },
  });
  assertEquals(limited.status, 429);
  assertEquals(limited.body.error.code, "RATE_LIMITED");
  const retryAfter = Number(limited.headers.get("retry-after"));
  assert(retryAfter > 14 * 60 && retryAfter <= 15 * 60, `Retry-After ${retryAfter}`);

  const [{ n }] =
    await db`select count(*)::int as n from private.rate_limit_events where key = ${`login:${recruiter.email}`}`;
  assertEquals(n, 10, "the limit lives in the database; the refused attempt was not recorded");

  // Once the window has passed (moved back here), the right password works again.
  await db`update private.rate_limit_events set occurred_at = occurred_at - interval '16 minutes'
            where key = ${`login:${recruiter.email}`}`;
  const later = await call("/auth/login", {
    json: { email: recruiter.email, password: recruiter.password },
  });
  assertEquals(later.status, 200);
});

test("a successful login does not count against the limit", async () => {
  const recruiter = await registerRecruiter(call);
  for (let i = 0; i < 12; i++) {
    const response = await call("/auth/login", {
      json: { email: recruiter.email, password: recruiter.password },
    });
    assertEquals(response.status, 200, `login ${i + 1}`);
  }
});

test("failed logins from one address across many emails hit the per-address limit", async () => {
  let status = 0;
  let attempts = 0;
  while (attempts < 20) {
    attempts++;
    const response = await call("/auth/login", {
      json: { email: uniqueEmail("spray"), password: "guess1234" },
    });
    status = response.status;
    if (status === 429) break;
    assertEquals(status, 401);
  }
  assertEquals(status, 429);
  // The first test's 10 failures count too: the address allowed 15 in all.
  assertEquals(attempts, 6);
});

test("registrations per address are limited", async () => {
  // Two were used above; the third is allowed, the fourth refused.
  await registerRecruiter(call);
  const refused = await call("/auth/register", {
    json: { email: uniqueEmail(), password: "password123", full_name: "Fourth" },
  });
  assertEquals(refused.status, 429);
  assert(Number(refused.headers.get("retry-after")) > 0);
});

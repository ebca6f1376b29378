/**
 * Tickets over HTTP: issued to a candidate for a job, redeemed for an interview (once per use,
 * atomically), expired, revoked or unknown refused with their own codes.
 */
import { assert, assertEquals } from "./helpers/assert.ts";
import { adminSql, startStack, test } from "./helpers/stack.ts";
import { client } from "./helpers/http.ts";
import { issueTicket, redeem, workspace } from "./helpers/tickets.ts";

const stack = await startStack();
const call = client(stack.url);
const db = adminSql();

test("redeeming a single-use ticket concurrently creates exactly one interview", async () => {
  const space = await workspace(call);
  const ticket = await issueTicket(call, space);
  const answers = await Promise.all(
    Array.from({ length: 12 }, () => call("/interviews/redeem", { json: { code: ticket.code } })),
  );
  assertEquals(answers.filter((a) => a.status === 201).length, 1);
  for (const answer of answers.filter((a) => a.status !== 201)) {
    assertEquals(answer.status, 409);
    assertEquals(answer.body.error.code, "TICKET_USED");
  }
  const [{ n }] =
    await db`select count(*)::int as n from public.interviews where ticket_id = ${ticket.id}`;
  assertEquals(n, 1);
  const [row] = await db`select uses, status from public.interview_tickets where id = ${ticket.id}`;
  assertEquals(row, { uses: 1, status: "used" });
});

test("a multi-use ticket gives one interview per use, then refuses", async () => {
  const space = await workspace(call);
  const ticket = await issueTicket(call, space, { max_uses: 2 });
  const first = await redeem(call, ticket.code);
  const second = await redeem(call, ticket.code);
  assert(first.interview_id !== second.interview_id);
  const third = await call("/interviews/redeem", { json: { code: ticket.code } });
  assertEquals(third.status, 409);
});

test("expired, revoked and unknown tickets are refused with clear codes", async () => {
  const space = await workspace(call);
  const expired = await issueTicket(call, space);
  await db`update public.interview_tickets set created_at = now() - interval '2 days', expires_at = now() - interval '1 day'
            where id = ${expired.id}`;
  const gone = await call("/interviews/redeem", { json: { code: expired.code } });
  assertEquals(gone.status, 410);
  assertEquals(gone.body.error.code, "TICKET_EXPIRED");
  const listed = await call(`/tickets?status=expired`, { token: space.token });
  assertEquals(listed.body.data.items.map((t: { id: string }) => t.id), [expired.id]);

  const revoked = await issueTicket(call, space);
  const revocation = await call(`/tickets/${revoked.id}/revoke`, {
    method: "POST",
    token: space.token,
  });
  assertEquals(revocation.status, 200);
  assertEquals(revocation.body.data.status, "revoked");
  const twice = await call(`/tickets/${revoked.id}/revoke`, { method: "POST", token: space.token });
  assertEquals(twice.status, 409);
  const refused = await call("/interviews/redeem", { json: { code: revoked.code } });
  assertEquals(refused.status, 409);
  assertEquals(refused.body.error.code, "TICKET_REVOKED");

  const unknown = await call("/interviews/redeem", { json: { code: "x".repeat(43) } });
  assertEquals(unknown.status, 404);
  assertEquals(unknown.body.error.code, "TICKET_NOT_FOUND");
  assertEquals((await call("/interviews/redeem", { json: { code: "short" } })).status, 422);
});

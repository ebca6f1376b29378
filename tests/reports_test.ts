/** Reports over HTTP: made only for a finished interview. */
import { assertEquals } from "./helpers/assert.ts";
import { adminSql, startStack, test } from "./helpers/stack.ts";
import { client } from "./helpers/http.ts";
import { issueTicket, redeem, workspace } from "./helpers/tickets.ts";

const stack = await startStack();
const call = client(stack.url);
const db = adminSql();

test("a report needs a finished interview", async () => {
  const space = await workspace(call, 1);
  const { interview_id: id } = await redeem(call, (await issueTicket(call, space)).code);
  const early = await call("/reports", { token: space.token, json: { interview_id: id } });
  assertEquals([early.status, early.body.error.code], [409, "INTERVIEW_NOT_FINISHED"]);
  const [{ n }] =
    await db`select count(*)::int as n from public.interview_reports where interview_id = ${id}`;
  assertEquals(n, 0);
});

/**
 * withUserTransaction: row-level security applies to our own queries, nothing leaks into the
 * pool, a revoked session refuses even a batch already sent, and failures roll back.
 */
import { assert, assertEquals, assertRejects } from "./helpers/assert.ts";
import { adminSql, startStack, test } from "./helpers/stack.ts";
import { client, registerRecruiter } from "./helpers/http.ts";
import { withUserTransaction } from "../shared/db/transaction.ts";
import { database } from "../shared/db/client.ts";
import { recruiterPrincipal } from "../shared/auth/principal.ts";
import { recruiterTokens } from "../shared/auth/verifiers.ts";
import { AppError } from "../shared/http/errors.ts";

const stack = await startStack();
const call = client(stack.url);
const sql = adminSql();

async function principalFor(accessToken: string) {
  return recruiterPrincipal(await (await recruiterTokens()).verify(accessToken));
}

test("a user transaction runs as `authenticated` with the caller's claims, and leaves no trace", async () => {
  const recruiter = await registerRecruiter(call);
  const principal = await principalFor(recruiter.access_token);
  const [inside] = await withUserTransaction(
    principal,
    (tx) => tx`select current_user as role, auth.uid() as uid, auth.jwt() ->> 'email' as email`,
  );
  assertEquals(inside, { role: "authenticated", uid: recruiter.user.id, email: recruiter.email });

  // Every pooled connection is back to the service role with no claims.
  const after = await Promise.all(
    Array.from(
      { length: 12 },
      () =>
        database()`select current_user as role, current_setting('request.jwt.claims', true) as claims`,
    ),
  );
  for (const [row] of after) {
    assertEquals(row.role, "postgres");
    // Never set on a fresh connection (null); reset to empty after a transaction that set it.
    assert(row.claims === null || row.claims === "", `claims leaked: ${row.claims}`);
  }
});

test("row-level security applies: another recruiter's profile is invisible", async () => {
  const alice = await registerRecruiter(call);
  const bob = await registerRecruiter(call);
  const rows = await withUserTransaction(
    await principalFor(alice.access_token),
    (tx) => tx`select id from public.users where id in (${alice.user.id}, ${bob.user.id})`,
  );
  assertEquals(rows.map((r) => r.id), [alice.user.id]);
});

test("a failing multi-statement transaction rolls back everything", async () => {
  const recruiter = await registerRecruiter(call);
  const principal = await principalFor(recruiter.access_token);
  await assertRejects(() =>
    withUserTransaction(principal, async (tx) => {
      await tx`update public.users set full_name = 'Changed' where id = ${recruiter.user.id}`;
      await tx`select 1 / 0`;
    })
  );
  const [row] = await sql`select full_name from public.users where id = ${recruiter.user.id}`;
  assertEquals(row.full_name, "Test Recruiter");
});

test("a revoked session refuses the batch, and its write does not commit", async () => {
  const recruiter = await registerRecruiter(call);
  const principal = await principalFor(recruiter.access_token);
  await sql`delete from auth.sessions where id = ${principal.sessionId}`;
  for (const single of [true, false]) {
    const error = await assertRejects(() =>
      single
        ? withUserTransaction(
          principal,
          (tx) =>
            tx`update public.users set full_name = 'Hijacked' where id = ${recruiter.user.id}`,
        )
        : withUserTransaction(
          principal,
          async (tx) =>
            await tx`update public.users set full_name = 'Hijacked' where id = ${recruiter.user.id}`,
        )
    );
    assert(
      error instanceof AppError || (error as { code?: string }).code === "P0401",
      String(error),
    );
  }
  const [row] = await sql`select full_name from public.users where id = ${recruiter.user.id}`;
  assertEquals(row.full_name, "Test Recruiter");
});

test("teardown", async () => {
  await sql.end();
  await stack.stop();
});

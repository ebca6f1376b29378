/**
 * A statement run the way the functions run one for someone (shared/db/transaction.ts): in a
 * transaction on a superuser connection that switches to `role` and sets `request.jwt.claims`.
 * The transaction is always rolled back, so cases are independent of each other.
 */
import type postgres from "postgres";

const ROLLBACK = new Error("roll back the statement under test");

/** The statement's result, or the SQLSTATE it failed with. */
export async function asCaller(
  sql: postgres.Sql,
  role: "authenticated" | "anon",
  claims: Record<string, unknown>,
  statement: (tx: postgres.Sql) => Promise<unknown>,
): Promise<unknown> {
  let result: unknown;
  try {
    await sql.begin(async (tx) => {
      await tx`select set_config('role', ${role}, true),
        set_config('request.jwt.claims', ${JSON.stringify(claims)}, true)`;
      result = await statement(tx as unknown as postgres.Sql);
      throw ROLLBACK;
    });
  } catch (error) {
    if (error === ROLLBACK) return result;
    const code = (error as { code?: string }).code;
    if (!code) throw error;
    return code;
  }
  throw new Error("unreachable: the transaction always rolls back");
}

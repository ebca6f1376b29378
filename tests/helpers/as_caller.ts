/**
 * A statement run the way the functions run one for someone (shared/db/transaction.ts): in a
 * transaction on the service (superuser) connection that first calls `private.assume_caller`,
 * the caller setup every request sends, so these checks hold for the role, claims and session
 * check production takes. The transaction is always rolled back, so cases are independent.
 */
import type postgres from "postgres";

/**
 * `authenticated` is every caller of the functions. `anon` and `service_role` are the Data
 * API's roles (a client with the anon or service key, through PostgREST): no function takes them,
 * so they are set as PostgREST sets them, to show the schema holds against them too.
 */
export type CallerRole = "authenticated" | "anon" | "service_role";

/** Switches the transaction to the caller: the claims' `session_id`, when given, must be live. */
export async function assumeCaller(
  tx: postgres.TransactionSql,
  role: CallerRole,
  claims: Record<string, unknown> | null,
): Promise<void> {
  const claimsText = claims ? JSON.stringify(claims) : "";
  if (role === "authenticated") {
    const text = (value: unknown) => typeof value === "string" ? value : null;
    await tx`select private.assume_caller(${text(claims?.session_id)}, ${text(claims?.sub)},
      ${claimsText})`;
  } else {
    await tx`select set_config('role', ${role}, true),
      set_config('request.jwt.claims', ${claimsText}, true)`;
  }
}

const ROLLBACK = new Error("roll back the statement under test");

/** The statement's result, or the SQLSTATE it failed with. */
export async function asCaller(
  db: postgres.Sql,
  role: CallerRole,
  claims: Record<string, unknown>,
  statement: (tx: postgres.Sql) => Promise<unknown>,
): Promise<unknown> {
  let result: unknown;
  try {
    await db.begin(async (tx) => {
      await assumeCaller(tx, role, claims);
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

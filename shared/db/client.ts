/**
 * The one Postgres client: connections from DATABASE_URL, or SUPABASE_DB_URL (which the platform
 * sets). Hosted, set DATABASE_URL (a secret) to Supabase's pooler in transaction mode: nothing
 * here outlives a transaction (no prepared statements, no session state), as that mode requires.
 */
import postgres from "postgres";
import { config } from "../config.ts";

/** Custom type parsers (numeric as number): part of every query helper's type. */
type Types = { numeric: number };
export type Sql = postgres.Sql<Types>;
/** A connection reserved for one user transaction (shared/db/transaction.ts). */
export type TransactionSql = postgres.ReservedSql<Types>;
/** The handle inside a service-level transaction. */
export type ServiceTransactionSql = postgres.TransactionSql<Types>;

let client: Sql | undefined;

export function database(): Sql {
  if (!client) {
    const { databaseUrl, db } = config();
    client = postgres(databaseUrl, {
      max: db.poolMax,
      prepare: false,
      connect_timeout: db.connectTimeoutSeconds,
      idle_timeout: 30,
      max_lifetime: 60 * 30,
      connection: {
        application_name: "interview-functions",
        statement_timeout: db.statementTimeoutMs,
        idle_in_transaction_session_timeout: 15_000,
      },
      types: {
        // Scores are numeric(5,2): small enough to be JavaScript numbers.
        numeric: {
          to: 1700,
          from: [1700],
          serialize: (value: number) => String(value),
          parse: (value: string) => Number(value),
        },
      },
      onnotice: () => {},
    });
  }
  return client;
}

/** Closes the pool (tests and the local stack on shutdown). */
export async function closeDatabase(): Promise<void> {
  const current = client;
  client = undefined;
  await current?.end({ timeout: 5 });
}

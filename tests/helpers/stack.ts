/**
 * The test stack: every function behind the local gateway on a real HTTP port, over the real
 * Postgres server `npm test` prepared (TEST_DATABASE_URL, or the embedded one). Each test file
 * runs in its own isolate, so each gets its own configuration and server.
 */
import postgres from "postgres";
import { parseConfig, setConfig } from "../../shared/config.ts";
import { randomToken } from "../../shared/auth/tokens.ts";

export const JWT_SECRET = randomToken(48);

export interface Stack {
  /** `http://127.0.0.1:<port>/functions/v1` */
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts the gateway with the test configuration (plus `overrides`); it stops after the file's
 * last test. An override of "" unsets a
 * variable (parseConfig treats "" as absent): `SUPABASE_JWT_SECRET: ""` leaves Supabase Auth's
 * JWKS as the only way to verify tokens.
 */
export async function startStack(overrides: Record<string, string> = {}): Promise<Stack> {
  setConfig(parseConfig({
    ...Deno.env.toObject(),
    SUPABASE_JWT_SECRET: JWT_SECRET,
    LOCAL_DATA_DIR: await Deno.makeTempDir({ prefix: "interview-test-" }),
    AUTH_BACKEND: "builtin",
    // Every test registers from 127.0.0.1; the rate-limit tests set their own, small, limits.
    RATE_LIMIT_REGISTER_PER_ADDRESS: "100000",
    RATE_LIMIT_LOGIN_PER_ADDRESS: "100000",
    ...overrides,
  }));
  const { gateway } = await import("../../local/gateway.ts");
  const server = Deno.serve({ hostname: "127.0.0.1", port: 0, onListen: () => {} }, gateway);
  let stopped: Promise<void> | undefined;
  const stop = () =>
    stopped ??= (async () => {
      await server.shutdown();
      const { closeDatabase } = await import("../../shared/db/client.ts");
      const { closePasswordWorkers } = await import("../../shared/auth/password.ts");
      closePasswordWorkers();
      await closeDatabase();
    })();
  afterAll(stop);
  return { url: `http://127.0.0.1:${server.addr.port}/functions/v1`, stop };
}

/**
 * A superuser connection for setting up and inspecting rows behind the API's back, closed after
 * the file's last test.
 */
export function adminSql() {
  const url = Deno.env.get("SUPABASE_DB_URL") ?? Deno.env.get("DATABASE_URL");
  if (!url) {
    throw new Error(
      "Run the tests with `npm test` (it starts PostgreSQL and sets SUPABASE_DB_URL).",
    );
  }
  const db = postgres(url, { max: 2, prepare: false, onnotice: () => {} });
  afterAll(() => db.end());
  return db;
}

/**
 * Deno.test without the op and resource sanitizers: the server and pool outlive each test. The
 * last of a file's tests to end runs the file's `afterAll` work, so no test is spent on it.
 */
export function test(
  name: string,
  fn: (t: Deno.TestContext) => Promise<void> | void,
  options: { ignore?: boolean } = {},
) {
  if (!options.ignore) remaining++;
  Deno.test({
    name,
    ignore: options.ignore,
    sanitizeOps: false,
    sanitizeResources: false,
    async fn(t) {
      try {
        await fn(t);
      } finally {
        if (--remaining === 0) await runAfterAll();
      }
    },
  });
}

let remaining = 0;
const afterAllWork: (() => unknown)[] = [];

/**
 * `work` once every test of this file has ended, after work registered later (a stack stopped
 * after the connections that use it). A run filtered to some of the file's tests skips it; the
 * process ends anyway, and the servers and connections with it.
 */
export function afterAll(work: () => unknown) {
  afterAllWork.unshift(work);
}

async function runAfterAll() {
  const failures: unknown[] = [];
  for (const work of afterAllWork.splice(0)) {
    try {
      await work();
    } catch (error) {
      failures.push(error);
    }
  }
  if (failures.length > 0) throw new AggregateError(failures, "afterAll work failed");
}

/**
 * The local stack's entry points as `npm run dev` runs them, as separate processes: the function
 * server (scripts/serve.ts), and the same behind scripts/with-database.mjs (which prepares the
 * database, then runs it). Each must print its banner, answer over HTTP, and on Ctrl-C (SIGINT)
 * stop promptly with exit code 0, leaving its port closed.
 *
 * Both run against the test database (SUPABASE_DB_URL, set by `npm test`), so no second
 * PostgreSQL server is started; with-database.mjs is given it through --url-env, as the dev task
 * gives it SUPABASE_DB_URL or DATABASE_URL.
 */
import { fileURLToPath } from "node:url";
import { assert, assertEquals, assertMatch } from "./helpers/assert.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const databaseUrl = Deno.env.get("SUPABASE_DB_URL") ?? Deno.env.get("DATABASE_URL");
const posix = Deno.build.os !== "windows";

/** Data folders made for the processes, removed after each test. */
const dataDirs: string[] = [];

/** What the stack's processes see: the test database, a private data folder, no Supabase. */
async function stackEnv(): Promise<Record<string, string>> {
  const env = Deno.env.toObject();
  for (const name of ["SUPABASE_URL", "SUPABASE_ANON_KEY", "SUPABASE_SERVICE_ROLE_KEY"]) {
    delete env[name];
  }
  const dataDir = await Deno.makeTempDir({ prefix: "interview-dev-" });
  dataDirs.push(dataDir);
  return { ...env, NO_COLOR: "1", PORT: "0", AUTH_BACKEND: "builtin", LOCAL_DATA_DIR: dataDir };
}

async function removeDataDirs() {
  for (const dir of dataDirs.splice(0)) await Deno.remove(dir, { recursive: true });
}

interface Running {
  process: Deno.ChildProcess;
  exited: () => boolean;
  /** Everything the process printed so far (stdout and stderr). */
  output: () => string;
  /** Resolves once both of its output streams have ended. */
  drained: Promise<void>;
}

function start(command: string, args: string[], env: Record<string, string>): Running {
  const process = new Deno.Command(command, {
    args,
    cwd: root,
    env,
    clearEnv: true,
    stdin: "null",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  let text = "";
  const collect = async (stream: ReadableStream<Uint8Array>) => {
    for await (const chunk of stream.pipeThrough(new TextDecoderStream())) text += chunk;
  };
  let exited = false;
  process.status.then(() => exited = true);
  return {
    process,
    exited: () => exited,
    output: () => text,
    drained: Promise.all([collect(process.stdout), collect(process.stderr)]).then(() => {}),
  };
}

/** Waits for the banner and returns the functions' base URL from it. */
async function banner(running: Running, seconds: number): Promise<string> {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    const match = running.output().match(/http:\/\/localhost:(\d+)\/functions\/v1\/health/);
    if (running.output().includes("local stack is running") && match) {
      return `http://127.0.0.1:${match[1]}/functions/v1`;
    }
    if (running.exited()) {
      await running.drained;
      throw new Error(`ended before its banner:\n${running.output()}`);
    }
    if (Date.now() > deadline) {
      running.process.kill("SIGKILL");
      await running.process.status;
      throw new Error(`no banner within ${seconds} s:\n${running.output()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Sends SIGINT, as a terminal's Ctrl-C does, and returns the exit status and how long it took. */
async function interrupt(running: Running, seconds: number) {
  const started = performance.now();
  running.process.kill("SIGINT");
  let timer: ReturnType<typeof setTimeout> | undefined;
  const status = await Promise.race([
    running.process.status,
    new Promise<null>((resolve) => timer = setTimeout(() => resolve(null), seconds * 1000)),
  ]);
  clearTimeout(timer);
  if (!status) {
    running.process.kill("SIGKILL");
    await running.process.status;
    throw new Error(`still running ${seconds} s after SIGINT:\n${running.output()}`);
  }
  await running.drained;
  return { status, ms: performance.now() - started };
}

async function portClosed(base: string): Promise<boolean> {
  const { hostname, port } = new URL(base);
  try {
    const connection = await Deno.connect({ hostname, port: Number(port) });
    connection.close();
    return false;
  } catch (error) {
    return error instanceof Deno.errors.ConnectionRefused;
  }
}

async function health(base: string) {
  const response = await fetch(`${base}/health`);
  const body = await response.json();
  assertEquals(response.status, 200);
  assertEquals(body.success, true);
  assertEquals(body.data.status, "ok");
  const database = await fetch(`${base}/health/db`);
  assertEquals(database.status, 200, await database.clone().text());
  assertEquals((await database.json()).data.database, "reachable");
}

/** A test of a spawned process: POSIX signals, the test database; its data folders go after. */
function stackTest(name: string, fn: () => Promise<void>) {
  Deno.test({
    name,
    ignore: !posix || !databaseUrl,
    async fn() {
      try {
        await fn();
      } finally {
        await removeDataDirs();
      }
    },
  });
}

async function stops(running: Running, base: string) {
  const { status, ms } = await interrupt(running, 5);
  assertEquals(status.code, 0, running.output());
  assert(ms < 3000, `took ${Math.round(ms)} ms to stop`);
  assert(await portClosed(base), "the port still accepts connections");
}

stackTest(
  "scripts/serve.ts: banner, /health over HTTP, and Ctrl-C stops it with exit code 0",
  async () => {
    const running = start(Deno.execPath(), ["run", "--allow-all", "scripts/serve.ts"], {
      ...await stackEnv(),
      SUPABASE_DB_URL: databaseUrl!,
    });
    const base = await banner(running, 30);
    const text = running.output();
    assertMatch(text, /API docs +http:\/\/localhost:\d+\/functions\/v1\/docs/);
    assertMatch(text, /OpenAPI +http:\/\/localhost:\d+\/functions\/v1\/docs\/openapi\.json/);
    const password = new URL(databaseUrl!).password;
    if (password) assert(!text.includes(`:${password}@`), "the banner shows the database password");
    await health(base);
    await stops(running, base);
  },
);

stackTest(
  "with-database.mjs on a given server: prepares it, runs the server, Ctrl-C ends both",
  async () => {
    const running = start("node", [
      "scripts/with-database.mjs",
      "--url-env",
      "DEV_STACK_TEST_DATABASE_URL",
      "--",
      Deno.execPath(),
      "run",
      "--allow-all",
      "scripts/serve.ts",
    ], { ...await stackEnv(), DEV_STACK_TEST_DATABASE_URL: databaseUrl! });
    const base = await banner(running, 30);
    const text = running.output();
    // The test database was prepared before the tests: no platform script, nothing to push.
    assertMatch(text, /Platform +the auth schema exists: platform script skipped/);
    assertMatch(text, /Migrations +supabase db push: up to date/);
    await health(base);
    await stops(running, base);
  },
);

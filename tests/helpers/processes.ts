/**
 * The local stack's function server (scripts/serve.ts) as a separate process: a second function
 * instance beside a test's in-process one, or one a test can restart, or run against a database
 * it stops. Always stopped by the test that started it (`stop()`, SIGINT then SIGKILL).
 */
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));

export interface ServeProcess {
  /** `http://127.0.0.1:<port>/functions/v1` */
  url: string;
  pid: number;
  /** Everything it printed so far, stdout and stderr. */
  output(): string;
  stop(): Promise<Deno.CommandStatus>;
}

/**
 * Starts scripts/serve.ts on a free port with the environment `env` (on top of this process's,
 * without Supabase's variables, with builtin identity and its own data folder unless given).
 */
export async function startServe(env: Record<string, string>, seconds = 20): Promise<ServeProcess> {
  const base = Deno.env.toObject();
  for (const name of ["SUPABASE_URL", "SUPABASE_ANON_KEY", "SUPABASE_SERVICE_ROLE_KEY"]) {
    delete base[name];
  }
  const dataDir = env.LOCAL_DATA_DIR ?? await Deno.makeTempDir({ prefix: "interview-serve-" });
  const child = new Deno.Command(Deno.execPath(), {
    args: ["run", "--allow-all", "scripts/serve.ts"],
    cwd: root,
    env: {
      ...base,
      NO_COLOR: "1",
      PORT: "0",
      AUTH_BACKEND: "builtin",
      CV_STORAGE: "local",
      ...env,
      LOCAL_DATA_DIR: dataDir,
    },
    clearEnv: true,
    stdin: "null",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  let text = "";
  const collect = async (stream: ReadableStream<Uint8Array>) => {
    for await (const chunk of stream.pipeThrough(new TextDecoderStream())) text += chunk;
  };
  const drained = Promise.all([collect(child.stdout), collect(child.stderr)]);
  let exited = false;
  const status = child.status.then((s) => {
    exited = true;
    return s;
  });
  const stop = async () => {
    if (!exited) {
      try {
        child.kill("SIGINT");
      } catch {
        // Already gone.
      }
      const timer = setTimeout(() => {
        try {
          child.kill("SIGKILL");
        } catch {
          // Already gone.
        }
      }, 8000);
      await status.finally(() => clearTimeout(timer));
    }
    await drained;
    if (!env.LOCAL_DATA_DIR) await Deno.remove(dataDir, { recursive: true }).catch(() => {});
    return await status;
  };
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    const match = text.match(/http:\/\/localhost:(\d+)\/functions\/v1\/health/);
    if (text.includes("local stack is running") && match) {
      return {
        url: `http://127.0.0.1:${match[1]}/functions/v1`,
        pid: child.pid,
        output: () => text,
        stop,
      };
    }
    if (exited || Date.now() > deadline) {
      await stop();
      throw new Error(`scripts/serve.ts did not start:\n${text}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

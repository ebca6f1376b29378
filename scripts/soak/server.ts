/**
 * The soak test's function server: scripts/serve.ts as a process of its own on a free loopback
 * port, over the soak's database, with a data folder of its own (removed when it stops).
 */
import { fileURLToPath } from "node:url";
import { escapeRegExp } from "../../shared/cv/regexp.ts";
import { FUNCTIONS_PREFIX, functionsUrl } from "../../shared/http/functions_url.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));
/** The health function's URL in the banner scripts/serve.ts prints. */
const BANNER_HEALTH = new RegExp(`http://localhost:(\\d+)${escapeRegExp(FUNCTIONS_PREFIX)}/health`);

export interface SoakServer {
  /** `http://127.0.0.1:<port>/functions/v1` */
  base: string;
  pid: number;
  /** Everything it printed so far, stdout and stderr. */
  output(): string;
  exited(): boolean;
  /** Its resident memory now (0 where /proc cannot tell). */
  rssBytes(): number;
  stop(): Promise<void>;
}

/** Starts the server; exits the process when it does not start within 30 s. */
export async function startServer(databaseUrl: string): Promise<SoakServer> {
  const dataDir = await Deno.makeTempDir({ prefix: "interview-soak-" });
  const server = new Deno.Command(Deno.execPath(), {
    args: ["run", "--allow-all", "scripts/serve.ts"],
    cwd: root,
    env: {
      SUPABASE_DB_URL: databaseUrl,
      PORT: "0",
      HOST: "127.0.0.1",
      AUTH_BACKEND: "builtin",
      CV_STORAGE: "local",
      LOCAL_DATA_DIR: dataDir,
      NO_COLOR: "1",
      // Everything comes from one address here: only the per-email limit applies.
      RATE_LIMIT_LOGIN_PER_ADDRESS: "1000000",
      RATE_LIMIT_REGISTER_PER_ADDRESS: "1000000",
    },
    stdin: "null",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  let serverOutput = "";
  const drained = Promise.all([server.stdout, server.stderr].map(async (stream) => {
    for await (const chunk of stream.pipeThrough(new TextDecoderStream())) serverOutput += chunk;
  }));
  let serverExited = false;
  server.status.then(() => serverExited = true);

  async function stopServer() {
    if (!serverExited) {
      try {
        server.kill("SIGINT");
      } catch {
        // Gone already.
      }
      const timer = setTimeout(() => !serverExited && server.kill("SIGKILL"), 8000);
      await server.status;
      clearTimeout(timer);
    }
    await drained;
    await Deno.remove(dataDir, { recursive: true }).catch(() => {});
  }
  let base = "";
  for (const deadline = Date.now() + 30_000;;) {
    const match = serverOutput.match(BANNER_HEALTH);
    if (serverOutput.includes("local stack is running") && match) {
      base = functionsUrl(`http://127.0.0.1:${match[1]}`);
      break;
    }
    if (serverExited || Date.now() > deadline) {
      await stopServer();
      console.error(`soak: the server did not start:\n${serverOutput}`);
      Deno.exit(1);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }

  function rssBytes(): number {
    try {
      const status = Deno.readTextFileSync(`/proc/${server.pid}/status`);
      return Number(status.match(/VmRSS:\s+(\d+) kB/)?.[1] ?? 0) * 1024;
    } catch {
      return 0;
    }
  }

  return {
    base,
    pid: server.pid,
    output: () => serverOutput,
    exited: () => serverExited,
    rssBytes,
    stop: stopServer,
  };
}

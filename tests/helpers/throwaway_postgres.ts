/**
 * Drives scripts/throwaway-postgres.mjs: a PostgreSQL server of a test's own, prepared like the
 * test server, that the test may stop, start, freeze and thaw. (The shared test server must never
 * be stopped: every test file runs against it at once.)
 */
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));

export interface ThrowawayPostgres {
  url: string;
  /** A fast shutdown: sessions are ended, new connections refused. */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Every server process frozen (SIGSTOP): nothing answers, connections hang. */
  pause(): Promise<void>;
  resume(): Promise<void>;
  /** Stops the server and removes its folder. */
  close(): Promise<void>;
}

export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const child = new Deno.Command("node", {
    args: ["scripts/throwaway-postgres.mjs"],
    cwd: root,
    stdin: "piped",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  const writer = child.stdin.getWriter();
  const events: { event: string; url?: string; message?: string }[] = [];
  let stderr = "";
  const readEvents = (async () => {
    let buffer = "";
    for await (const chunk of child.stdout.pipeThrough(new TextDecoderStream())) {
      buffer += chunk;
      let newline;
      while ((newline = buffer.indexOf("\n")) >= 0) {
        events.push(JSON.parse(buffer.slice(0, newline)));
        buffer = buffer.slice(newline + 1);
      }
    }
  })();
  const readErrors = (async () => {
    for await (const chunk of child.stderr.pipeThrough(new TextDecoderStream())) stderr += chunk;
  })();
  let exited = false;
  child.status.then(() => exited = true);

  const next = async (expected: string, seconds: number) => {
    const deadline = Date.now() + seconds * 1000;
    for (;;) {
      const event = events.shift();
      if (event?.event === expected) return event;
      if (event?.event === "error") {
        throw new Error(`throwaway PostgreSQL: ${event.message}\n${stderr}`);
      }
      if (event) continue;
      if (exited) throw new Error(`throwaway PostgreSQL exited:\n${stderr}`);
      if (Date.now() > deadline) {
        throw new Error(`throwaway PostgreSQL: no "${expected}" in ${seconds} s\n${stderr}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  const command = async (name: string, expected: string, seconds = 20) => {
    await writer.write(new TextEncoder().encode(`${name}\n`));
    await next(expected, seconds);
  };
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await writer.close().catch(() => {});
    const timer = setTimeout(() => {
      try {
        child.kill("SIGKILL");
      } catch {
        // Gone already.
      }
    }, 20_000);
    await child.status.finally(() => clearTimeout(timer));
    await Promise.all([readEvents, readErrors]);
  };
  try {
    const ready = await next("ready", 90);
    return {
      url: ready.url!,
      stop: () => command("stop", "stopped"),
      start: () => command("start", "started"),
      pause: () => command("pause", "paused"),
      resume: () => command("resume", "resumed"),
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

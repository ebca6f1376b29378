/**
 * The embedded PostgreSQL of `npm run dev` (scripts/with-database.mjs over
 * scripts/local-postgres.mjs) with its data folder inside a private folder (`mktemp -d`, mode
 * 0700), as in a clone under /root or in a fresh temporary folder: the data is kept between
 * runs, deleting the data folder starts from an empty database, and each run leaves no server
 * and no folder of its own behind. As root the server runs as the `postgres` user, who cannot
 * enter the private folder, so this is the case that once failed (initdb: EACCES); as anyone
 * else the server runs as that user, in the folder itself.
 *
 * `.ci/run` runs the whole suite from a clone in such a folder, which covers the throwaway
 * servers (`npm test`'s, the fault tests') the same way.
 */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { freePort } from "../scripts/free-port.mjs";
import { assert, assertEquals, assertMatch } from "./helpers/assert.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const posix = Deno.build.os !== "windows";

/**
 * One run of the dev stack's database around a short command: a row is added to a table, and
 * the command prints how many rows the table has.
 */
async function runOnce(data: string, port: number) {
  const env = Deno.env.toObject();
  for (const name of ["SUPABASE_DB_URL", "DATABASE_URL", "LOCAL_DB_PORT"]) delete env[name];
  const output = await new Deno.Command("node", {
    args: [
      "scripts/with-database.mjs",
      "--port",
      String(port),
      "--data",
      data,
      "--",
      Deno.execPath(),
      "eval",
      `import postgres from "postgres";
       const sql = postgres(Deno.env.get("DATABASE_URL"), { max: 1, onnotice: () => {} });
       await sql\`create table if not exists public.kept_check (n int)\`;
       await sql\`insert into public.kept_check values (1)\`;
       const [{ rows }] = await sql\`select count(*)::int as rows from public.kept_check\`;
       console.log("ROWS " + rows);
       await sql.end();`,
    ],
    cwd: root,
    env,
    clearEnv: true,
    stdin: "null",
    stdout: "piped",
    stderr: "piped",
  }).output();
  const text = new TextDecoder().decode(output.stdout) + new TextDecoder().decode(output.stderr);
  assertEquals(output.code, 0, text);
  return { rows: Number(/ROWS (\d+)/.exec(text)?.[1]), text };
}

/** The PIDs of PostgreSQL servers whose command line names `path`. */
async function serversOn(path: string): Promise<number[]> {
  const pids: number[] = [];
  for await (const entry of Deno.readDir("/proc")) {
    if (!/^\d+$/.test(entry.name)) continue;
    try {
      const command = await Deno.readTextFile(`/proc/${entry.name}/cmdline`);
      if (command.includes(path) && command.includes("postgres")) pids.push(Number(entry.name));
    } catch {
      // Gone meanwhile.
    }
  }
  return pids;
}

Deno.test({
  name: "npm run dev's database in a private folder: kept between runs, started over when deleted",
  ignore: !posix,
  async fn() {
    const privateDir = await Deno.makeTempDir({ prefix: "interview-private-" });
    await Deno.chmod(privateDir, 0o700);
    const data = join(privateDir, "project", ".supabase-local", "postgres");
    const port = await freePort();
    let linkTarget: string | null = null;
    try {
      const first = await runOnce(data, port);
      assertEquals(first.rows, 1, first.text);
      assertMatch(first.text, /\(new, kept between runs\)/);
      const link = await Deno.lstat(data);
      if (Deno.uid() === 0) {
        // The postgres user cannot enter the private folder: the cluster lives where it can.
        assert(link.isSymlink, `as root, ${data} should be a link:\n${first.text}`);
        linkTarget = await Deno.readLink(data);
        assertMatch(first.text, /run as the postgres user/);
      } else {
        assert(link.isDirectory, first.text);
      }
      const real = await Deno.realPath(data);
      assertEquals(await serversOn(real), [], "a server still runs after the first run");

      const second = await runOnce(data, port);
      assertEquals(second.rows, 2, `the row of the first run is gone:\n${second.text}`);
      assertMatch(second.text, /\(kept\)/);

      // Deleting the data folder (the README: delete .supabase-local/) starts over.
      await Deno.remove(join(privateDir, "project", ".supabase-local"), { recursive: true });
      const third = await runOnce(data, port);
      assertEquals(third.rows, 1, `the database was not started over:\n${third.text}`);
      assertEquals(await serversOn(real), [], "a server still runs after the last run");
    } finally {
      await Deno.remove(privateDir, { recursive: true });
      if (linkTarget) await Deno.remove(dirname(linkTarget), { recursive: true }).catch(() => {});
    }
  },
});

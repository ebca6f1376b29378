/**
 * Proves each edge function deploys on its own: copies what Supabase bundles for it (its folder
 * and the top-level shared/ its import map points at) into an empty directory, then type-checks
 * its entry point and resolves its whole module graph with that function's deno.json alone, so
 * nothing leans on the root deno.json.
 *
 *   deno run --allow-all scripts/check-functions.ts [name...]
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const functionsDir = join(root, "supabase/functions");

const names = Deno.args.length > 0 ? Deno.args : [...Deno.readDirSync(functionsDir)]
  .filter((entry) => entry.isDirectory && !entry.name.startsWith("_"))
  .map((entry) => entry.name)
  .sort();

async function copyTree(from: string, to: string) {
  await Deno.mkdir(to, { recursive: true });
  for await (const entry of Deno.readDir(from)) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory) await copyTree(source, target);
    else if (entry.isFile) await Deno.copyFile(source, target);
  }
}

async function deno(args: string[], cwd: string) {
  const env = { ...Deno.env.toObject(), NO_COLOR: "1" };
  const output = await new Deno.Command(Deno.execPath(), { args, cwd, env }).output();
  return {
    ok: output.success,
    text: new TextDecoder().decode(output.stdout) + new TextDecoder().decode(output.stderr),
  };
}

let failed = 0;
for (const name of names) {
  const isolated = await Deno.makeTempDir({ prefix: `function-${name}-` });
  try {
    await copyTree(join(root, "shared"), join(isolated, "shared"));
    await copyTree(join(functionsDir, name), join(isolated, "supabase/functions", name));
    const config = `supabase/functions/${name}/deno.json`;
    const entry = `supabase/functions/${name}/index.ts`;
    const check = await deno(["check", "--no-lock", "--config", config, entry], isolated);
    const info = await deno(["info", "--no-lock", "--config", config, "--json", entry], isolated);
    const graph = info.ok ? JSON.parse(info.text) : null;
    const missing = graph?.modules?.filter((m: { error?: string }) => m.error) ?? [];
    const local = graph?.modules?.filter((m: { specifier: string }) =>
      m.specifier.startsWith("file:")
    ).length ?? 0;
    if (check.ok && info.ok && missing.length === 0) {
      console.log(`ok   ${name}: type-checks and resolves alone (${local} local modules)`);
    } else {
      failed++;
      console.log(
        `FAIL ${name}\n${check.text}\n${missing.map((m: { error: string }) => m.error).join("\n")}`,
      );
    }
  } finally {
    await Deno.remove(isolated, { recursive: true });
  }
}
if (failed > 0) Deno.exit(1);

/**
 * Writes each function's deno.json import map from the root deno.json: the same packages at the
 * same versions, with `@shared/` pointing at the top-level shared/ module from the function's
 * folder. Run after adding or upgrading a dependency: `deno task sync-imports`.
 * (tests/function_config_test.ts fails while they disagree.)
 */
const root = new URL("../", import.meta.url);
const { imports } = JSON.parse(await Deno.readTextFile(new URL("deno.json", root)));
const functionsDir = new URL("supabase/functions/", root);

for (const entry of Deno.readDirSync(functionsDir)) {
  if (!entry.isDirectory || entry.name.startsWith("_")) continue;
  const file = new URL(`${entry.name}/deno.json`, functionsDir);
  let config: Record<string, unknown> = {};
  try {
    config = JSON.parse(await Deno.readTextFile(file));
  } catch (error) {
    if (!(error instanceof Deno.errors.NotFound)) throw error;
  }
  config.imports = { ...imports, "@shared/": "../../../shared/" };
  await Deno.writeTextFile(file, JSON.stringify(config, null, 2) + "\n");
  console.log(`synced supabase/functions/${entry.name}/deno.json`);
}

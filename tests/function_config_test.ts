/**
 * Each edge function deploys on its own: its deno.json maps the same packages, at the same
 * versions, as the root deno.json (what the tests and the local stack resolve), with `@shared/`
 * pointing at the top-level shared/ module; supabase/config.toml configures it; the local
 * gateway serves it. (scripts/check-functions.ts, run by `deno task check`, type-checks each
 * one in isolation.)
 */
import { assert, assertEquals } from "./helpers/assert.ts";
import { functions } from "../local/gateway.ts";
import { test } from "./helpers/stack.ts";

const root = new URL("../", import.meta.url);
const rootImports: Record<string, string> =
  JSON.parse(await Deno.readTextFile(new URL("deno.json", root))).imports;
const functionNames = [...Deno.readDirSync(new URL("supabase/functions/", root))]
  .filter((entry) => entry.isDirectory && !entry.name.startsWith("_"))
  .map((entry) => entry.name)
  .sort();
const configToml = await Deno.readTextFile(new URL("supabase/config.toml", root));

test("every function folder has an entry point, an app and its own import map", () => {
  assert(functionNames.length >= 2);
  for (const name of functionNames) {
    const dir = new URL(`supabase/functions/${name}/`, root);
    const index = Deno.readTextFileSync(new URL("index.ts", dir));
    assert(index.includes("Deno.serve(app.fetch)"), `${name}/index.ts serves its app`);
    const imports: Record<string, string> =
      JSON.parse(Deno.readTextFileSync(new URL("deno.json", dir))).imports;
    assertEquals(
      imports["@shared/"],
      "../../../shared/",
      `${name}: @shared/ points at the top-level module`,
    );
    const { "@shared/": _ownShared, ...own } = imports;
    const { "@shared/": _rootShared, ...expected } = rootImports;
    assertEquals(own, expected, `${name}/deno.json maps the same packages as deno.json`);
  }
});

test("supabase/config.toml configures every function, and the gateway serves each", () => {
  for (const name of functionNames) {
    assert(configToml.includes(`[functions.${name}]`), `config.toml has [functions.${name}]`);
    assert(
      configToml.includes(`import_map = "./functions/${name}/deno.json"`),
      `${name} import map`,
    );
    assert(name in functions, `local/gateway.ts serves ${name}`);
  }
  assertEquals(Object.keys(functions).sort(), functionNames);
});

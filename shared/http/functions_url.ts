/**
 * Where Supabase serves edge functions: `<project URL>/functions/v1/<name>/...`, hosted and
 * locally alike. The one module that spells the prefix; everything else asks it.
 */
export const FUNCTIONS_PREFIX = "/functions/v1";

/** The functions' base URL on a server: `http://localhost:54321` → `.../functions/v1`. */
export function functionsUrl(origin: string): string {
  return `${origin}${FUNCTIONS_PREFIX}`;
}

/** `/functions/v1/<name>/...` as `/<name>/...`, or null for a path not under the prefix. */
export function withoutFunctionsPrefix(path: string): string | null {
  return path.startsWith(`${FUNCTIONS_PREFIX}/`) ? path.slice(FUNCTIONS_PREFIX.length) : null;
}

/** The identity backend the configuration names, created once. */
import { config } from "../config.ts";
import { BuiltinIdentityStore } from "./builtin_store.ts";
import type { IdentityBackend } from "./identity.ts";
import { SupabaseAuthBackend } from "./supabase_auth.ts";

let backend: IdentityBackend | undefined;

export function identityBackend(): IdentityBackend {
  if (!backend) {
    const { authBackend, supabase } = config();
    backend = authBackend === "supabase" && supabase
      ? new SupabaseAuthBackend(supabase)
      : new BuiltinIdentityStore();
  }
  return backend;
}

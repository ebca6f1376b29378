/** The identity backend the configuration names. */
import { perConfig } from "../per_config.ts";
import { BuiltinIdentityStore } from "./builtin_store.ts";
import type { IdentityBackend } from "./identity.ts";
import { SupabaseAuthBackend } from "./supabase_auth.ts";

export const identityBackend = perConfig<IdentityBackend>(({ authBackend, supabase }) =>
  authBackend === "supabase" && supabase
    ? new SupabaseAuthBackend(supabase)
    : new BuiltinIdentityStore()
);

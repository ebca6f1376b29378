/**
 * The built-in identity store's signing secret: SUPABASE_JWT_SECRET when given, otherwise one
 * generated at random on first start and kept in the local data folder (mode 0600), so tokens
 * survive restarts of the local stack. Never a published demo secret.
 */
import type { Config } from "../config.ts";
import { perConfig } from "../per_config.ts";

export const signingSecret = perConfig(load);

async function load({ jwt, localDataDir }: Config): Promise<Uint8Array> {
  if (jwt.secret) return new TextEncoder().encode(jwt.secret);
  const path = `${localDataDir}/jwt-secret`;
  try {
    const kept = (await Deno.readTextFile(path)).trim();
    if (kept.length >= 32) return new TextEncoder().encode(kept);
  } catch (error) {
    if (!(error instanceof Deno.errors.NotFound)) throw error;
  }
  const bytes = crypto.getRandomValues(new Uint8Array(48));
  const generated = btoa(String.fromCharCode(...bytes)).replace(/[+/=]/g, "");
  await Deno.mkdir(localDataDir, { recursive: true });
  try {
    // createNew: when two processes start at once, the first one's secret wins.
    await Deno.writeTextFile(path, generated + "\n", { createNew: true, mode: 0o600 });
    return new TextEncoder().encode(generated);
  } catch (error) {
    if (!(error instanceof Deno.errors.AlreadyExists)) throw error;
    return new TextEncoder().encode((await Deno.readTextFile(path)).trim());
  }
}

/**
 * The key of candidates' interview credentials: INTERVIEW_TOKEN_SECRET, or one derived from the
 * signing secret (so it is never the key recruiters' tokens are signed with). A hosted project
 * that signs with asymmetric keys has no signing secret here, and must set INTERVIEW_TOKEN_SECRET.
 */
export const interviewCredentialSecret = perConfig(
  async ({ interviewTokenSecret: given }): Promise<Uint8Array> => {
    if (given) return new TextEncoder().encode(given);
    const base = await signingSecret();
    const label = new TextEncoder().encode(":interview-credentials");
    const material = new Uint8Array(base.length + label.length);
    material.set(base);
    material.set(label, base.length);
    return new Uint8Array(await crypto.subtle.digest("SHA-256", material));
  },
);

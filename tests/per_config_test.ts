/**
 * What is built from the configuration follows it (shared/per_config.ts): a verifier built under
 * one configuration is never what another configuration gets, whichever was used first.
 */
import { assert, assertEquals } from "./helpers/assert.ts";
import { test } from "./helpers/stack.ts";
import { signToken } from "../shared/auth/jwt.ts";
import { recruiterTokens } from "../shared/auth/verifiers.ts";
import { config, parseConfig, setConfig } from "../shared/config.ts";
import { perConfig } from "../shared/per_config.ts";

const env = (secret: string) =>
  parseConfig({
    SUPABASE_DB_URL: "postgresql://postgres:pw@127.0.0.1:54322/postgres",
    SUPABASE_JWT_SECRET: secret,
  });

test("one instance per configuration, built on first use, and again after setConfig", () => {
  const previous = config();
  try {
    let builds = 0;
    const made = perConfig((c) => ({ build: ++builds, secret: c.jwt.secret }));
    const first = env("a".repeat(40));
    const second = env("b".repeat(40));
    setConfig(first);
    assert(made() === made(), "built once per configuration");
    setConfig(second);
    assertEquals(made(), { build: 2, secret: "b".repeat(40) });
    setConfig(first);
    assertEquals(made().build, 1, "the first configuration's instance, not a third");
    made.replace({ build: 0, secret: undefined });
    assertEquals(made().build, 0);
    setConfig(second);
    assertEquals(made().build, 2, "a replacement is the current configuration's alone");
    made.forget();
    assertEquals(made.peek(), undefined, "forgotten, and not built by looking");
    assertEquals(made().build, 3, "built anew after being forgotten");
    assertEquals(made.peek()?.build, 3);
  } finally {
    setConfig(previous);
  }
});

test("a token verifier follows the configuration's secret, whichever was used first", async () => {
  const previous = config();
  try {
    const token = async (secret: string) => {
      const { jwt } = env(secret);
      const signed = await signToken(
        { sub: crypto.randomUUID(), role: "authenticated" },
        new TextEncoder().encode(secret),
        { issuer: jwt.issuer, audience: jwt.audience, expiresInSeconds: 60 },
      );
      return signed.token;
    };
    setConfig(env("a".repeat(40)));
    await (await recruiterTokens()).verify(await token("a".repeat(40)));
    setConfig(env("b".repeat(40)));
    const verifier = await recruiterTokens();
    await verifier.verify(await token("b".repeat(40)));
    const refused = await verifier.verify(await token("a".repeat(40))).then(() => null, (e) => e);
    assert(refused, "a token of the first configuration's secret passed under the second");
  } finally {
    setConfig(previous);
  }
});

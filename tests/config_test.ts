/** The configuration is parsed once, from the environment, with errors that name the variable. */
import { assert, assertEquals } from "./helpers/assert.ts";
import { test } from "./helpers/stack.ts";
import { ConfigError, parseConfig } from "../shared/config.ts";

const base = { SUPABASE_DB_URL: "postgresql://postgres:pw@127.0.0.1:54322/postgres" };

function refusal(env: Record<string, string>): string {
  try {
    parseConfig(env);
  } catch (error) {
    assert(error instanceof ConfigError, String(error));
    return error.message;
  }
  throw new Error("expected a ConfigError");
}

test("the local defaults: built-in identity, the local issuer, any origin", () => {
  const config = parseConfig(base);
  assertEquals(config.authBackend, "builtin");
  assertEquals(config.jwt.acceptedIssuers, ["http://localhost:54321/auth/v1"]);
  assertEquals(config.corsAllowedOrigins, ["*"]);
  assertEquals(config.jwt.expirySeconds, 86400);
});

test("a Supabase project: Supabase Auth, its issuer and JWKS", () => {
  const config = parseConfig({
    ...base,
    SUPABASE_URL: "https://abc.supabase.co/",
    SUPABASE_ANON_KEY: "anon",
    SUPABASE_SERVICE_ROLE_KEY: "service",
  });
  assertEquals(config.authBackend, "supabase");
  assertEquals(config.jwt.issuer, "https://abc.supabase.co/auth/v1");
  assertEquals(config.jwt.jwksUrl, "https://abc.supabase.co/auth/v1/.well-known/jwks.json");
});

test("JWT_ISSUER takes several issuers; the first is the one this code signs with", () => {
  const config = parseConfig({
    ...base,
    JWT_ISSUER: "http://127.0.0.1:54321/auth/v1, http://kong:8000/auth/v1",
  });
  assertEquals(config.jwt.issuer, "http://127.0.0.1:54321/auth/v1");
  assertEquals(config.jwt.acceptedIssuers, [
    "http://127.0.0.1:54321/auth/v1",
    "http://kong:8000/auth/v1",
  ]);
});

test("DATABASE_URL wins over the platform's SUPABASE_DB_URL (the pooler, set as a secret)", () => {
  const pooler = "postgresql://postgres.abc:pw@aws-0-eu-west-1.pooler.supabase.com:6543/postgres";
  assertEquals(parseConfig({ ...base, DATABASE_URL: pooler }).databaseUrl, pooler);
  assertEquals(parseConfig(base).databaseUrl, base.SUPABASE_DB_URL);
});

test("bad settings stop the start with a message naming each variable", () => {
  assert(refusal({}).includes("SUPABASE_DB_URL"));
  const message = refusal({
    ...base,
    SUPABASE_JWT_SECRET: "short",
    DB_POOL_MAX: "many",
    CORS_ALLOWED_ORIGINS: "" + "",
  });
  assert(message.includes("SUPABASE_JWT_SECRET"), message);
  assert(message.includes("DB_POOL_MAX"), message);
  assert(refusal({ ...base, AUTH_BACKEND: "supabase" }).includes("SUPABASE_URL"));
  assert(
    !refusal({ ...base, SUPABASE_JWT_SECRET: "short" }).includes("short"),
    "values are never echoed",
  );
});

test("CV_PARSER: the heuristics by default; `ai` only with an AI provider", () => {
  assertEquals(parseConfig(base).cvParser, "heuristic");
  assert(refusal({ ...base, CV_PARSER: "ai" }).includes("CV_PARSER=ai needs an AI provider"));
  assert(refusal({ ...base, CV_PARSER: "model" }).includes("CV_PARSER"));
  const ai = parseConfig({
    ...base,
    AI_BASE_URL: "http://127.0.0.1:11434/v1",
    AI_MODEL: "llama3",
    CV_PARSER: "ai",
  });
  assertEquals([ai.cvParser, ai.ai.provider], ["ai", "openai"]);
});

test("retention: a year for inactive candidates and six months for AI records by default; never under six months", () => {
  assertEquals(parseConfig(base).retention, { candidateDays: 365, aiLogDays: 183 });
  assertEquals(
    parseConfig({ ...base, CANDIDATE_RETENTION_DAYS: "90", AI_LOG_RETENTION_DAYS: "400" })
      .retention,
    { candidateDays: 90, aiLogDays: 400 },
  );
  assert(refusal({ ...base, AI_LOG_RETENTION_DAYS: "182" }).includes("AI_LOG_RETENTION_DAYS"));
  assert(refusal({ ...base, CANDIDATE_RETENTION_DAYS: "0" }).includes("CANDIDATE_RETENTION_DAYS"));
});

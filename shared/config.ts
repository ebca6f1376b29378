/**
 * Configuration, read from the environment once and validated with Zod.
 *
 * Two ways to run (see README): on Supabase (hosted or `supabase start`), where the platform
 * provides SUPABASE_URL, SUPABASE_ANON_KEY, SUPABASE_SERVICE_ROLE_KEY and SUPABASE_DB_URL, and
 * identity is Supabase Auth; or the embedded local stack, where identity is the built-in store
 * in the same database. A missing or malformed variable stops the function at start with a
 * message naming it, never later in a request.
 */
import { z } from "zod";

const csv = z.string().transform((value) =>
  value.split(",").map((item) => item.trim()).filter(Boolean)
);
const flag = z.enum(["true", "false", "1", "0"]).transform((value) =>
  value === "true" || value === "1"
);

const EnvSchema = z.object({
  SUPABASE_DB_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  SUPABASE_URL: z.url().optional(),
  SUPABASE_ANON_KEY: z.string().min(1).optional(),
  SUPABASE_SERVICE_ROLE_KEY: z.string().min(1).optional(),
  /** How long one call to Supabase Auth may take before the answer is 503 AUTH_UNAVAILABLE. */
  SUPABASE_AUTH_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
  /** Supabase's legacy HS256 JWT secret, or the built-in store's signing secret. */
  SUPABASE_JWT_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  /** Where the built-in store keeps a generated signing secret when none is given. */
  LOCAL_DATA_DIR: z.string().min(1).default(".supabase-local"),
  /** Which identity backend answers /auth: `supabase` (Supabase Auth) or `builtin`. */
  AUTH_BACKEND: z.enum(["supabase", "builtin"]).optional(),
  JWT_EXPIRY_SECONDS: z.coerce.number().int().min(60).max(7 * 24 * 3600).default(24 * 3600),
  /**
   * The `iss` tokens carry: comma-separated, the first is what this code signs with, all are
   * accepted (under `supabase functions serve`, SUPABASE_URL is the internal gateway while
   * tokens name the public URL).
   */
  JWT_ISSUER: csv.pipe(z.array(z.string().min(1)).min(1)).optional(),
  CORS_ALLOWED_ORIGINS: csv.default(["*"]),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  DB_CONNECT_TIMEOUT_SECONDS: z.coerce.number().min(0.1).max(60).default(2),
  DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(8_000),
  LOG_REQUESTS: flag.default(false),
  /** The frontend, where a ticket's link sends the candidate. */
  APP_URL: z.url().default("http://localhost:3000"),
  /** Signs candidates' interview credentials; derived from the JWT signing secret when absent. */
  INTERVIEW_TOKEN_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  /** Failed sign-ins allowed per email, and per client address, in 15 minutes. */
  RATE_LIMIT_LOGIN_PER_EMAIL: z.coerce.number().int().min(1).default(10),
  RATE_LIMIT_LOGIN_PER_ADDRESS: z.coerce.number().int().min(1).default(50),
  /** Registrations allowed per client address in an hour. */
  RATE_LIMIT_REGISTER_PER_ADDRESS: z.coerce.number().int().min(1).default(20),
  /**
   * Where CV files are kept: `supabase` (a private Storage bucket, through the service role key)
   * or `local` (files under LOCAL_DATA_DIR/storage/cvs). Supabase when SUPABASE_URL and
   * SUPABASE_SERVICE_ROLE_KEY are set, local otherwise.
   */
  CV_STORAGE: z.enum(["supabase", "local"]).optional(),
  /** The Storage bucket for CVs; created private on first upload when missing. */
  CV_STORAGE_BUCKET: z.string().regex(/^[a-z0-9][a-z0-9_-]{1,62}$/, "a bucket id").default("cvs"),
  /**
   * The interviewer: `builtin` (deterministic, needs no network) or `openai` (any OpenAI-compatible
   * chat-completions endpoint: OpenAI, Azure OpenAI, Groq, Ollama, vLLM). `openai` when
   * AI_BASE_URL is set, `builtin` otherwise.
   */
  AI_PROVIDER: z.enum(["builtin", "openai"]).optional(),
  /** The API root, e.g. https://api.openai.com/v1 or http://localhost:11434/v1 (Ollama). */
  AI_BASE_URL: z.url({ protocol: /^https?$/ }).optional(),
  AI_MODEL: z.string().trim().min(1).max(200).optional(),
  /** Optional: local servers such as Ollama need none. */
  AI_API_KEY: z.string().min(1).optional(),
  /** How the key is sent: `Authorization: Bearer` (most), or Azure OpenAI's `api-key` header. */
  AI_API_KEY_HEADER: z.enum(["authorization", "api-key"]).default("authorization"),
  /** How long one call may take; a slow answer is retried, then refused with 503 AI_UNAVAILABLE. */
  AI_TIMEOUT_MS: z.coerce.number().int().min(100).max(300_000).default(20_000),
  /** Retries after a failed call (timeout, 429, 5xx, a malformed or off-schema reply). */
  AI_MAX_RETRIES: z.coerce.number().int().min(0).max(10).default(2),
  /**
   * How a CV's structure is read: `heuristic` (the layout-aware parser alone) or `ai` (the
   * parser, then the AI provider's model, every string it returns checked against the text).
   * `ai` needs AI_PROVIDER=openai.
   */
  CV_PARSER: z.enum(["heuristic", "ai"]).default("heuristic"),
  /** Days without activity after which the retention purge erases a candidate. */
  CANDIDATE_RETENTION_DAYS: z.coerce.number().int().min(1).max(36_500).default(365),
  /**
   * Days the AI's records (public.ai_events) are kept. Never under 183: the EU AI Act keeps a
   * high-risk system's logs for at least six months (Art. 19, 26(6)).
   */
  AI_LOG_RETENTION_DAYS: z.coerce.number().int().min(183, "at least 183 days (six months)")
    .max(36_500).default(183),
});

export type Env = z.input<typeof EnvSchema>;

export interface Config {
  databaseUrl: string;
  supabase: { url: string; anonKey?: string; serviceRoleKey?: string; timeoutMs: number } | null;
  authBackend: "supabase" | "builtin";
  jwt: {
    secret?: string;
    /** What the built-in store and candidate credentials are signed with. */
    issuer: string;
    /** What verification accepts: `issuer` and any others configured. */
    acceptedIssuers: string[];
    audience: string;
    expirySeconds: number;
    /** Supabase's JWKS, for projects that sign with asymmetric keys. */
    jwksUrl?: string;
  };
  localDataDir: string;
  corsAllowedOrigins: string[];
  db: { poolMax: number; connectTimeoutSeconds: number; statementTimeoutMs: number };
  logRequests: boolean;
  appUrl: string;
  interviewTokenSecret?: string;
  rateLimits: { loginPerEmail: number; loginPerAddress: number; registerPerAddress: number };
  cvStorage: { backend: "supabase" | "local"; bucket: string };
  ai: AiConfig;
  cvParser: "heuristic" | "ai";
  /** The retention purge's periods (shared/rights/retention.ts). */
  retention: { candidateDays: number; aiLogDays: number };
  version: string;
}

/** Which interviewer serves, and how to reach it. */
export type AiConfig = { provider: "builtin" } | {
  provider: "openai";
  baseUrl: string;
  model: string;
  apiKey?: string;
  apiKeyHeader: "authorization" | "api-key";
  timeoutMs: number;
  maxRetries: number;
};

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Parses an environment into a Config; throws a ConfigError naming every bad variable. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const parsed = EnvSchema.safeParse(
    Object.fromEntries(
      Object.entries(env).filter(([, value]) => value !== undefined && value !== ""),
    ),
    // Parsed once per process: Zod's compiled fast path (code generated and compiled on an
    // object's first parse, for the parses after it) would only add to every cold start.
    { jitless: true },
  );
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) =>
      `${issue.path.join(".")}: ${issue.message}`
    );
    throw new ConfigError(`Invalid configuration:\n  ${problems.join("\n  ")}`);
  }
  const e = parsed.data;
  // DATABASE_URL first: hosted, SUPABASE_DB_URL is the platform's, and a project can only
  // choose another (the transaction pooler) through a secret without the SUPABASE_ prefix.
  const databaseUrl = e.DATABASE_URL ?? e.SUPABASE_DB_URL;
  if (!databaseUrl) {
    throw new ConfigError(
      "Invalid configuration:\n  SUPABASE_DB_URL (or DATABASE_URL): required, the Postgres connection string",
    );
  }
  const supabaseUrl = e.SUPABASE_URL?.replace(/\/+$/, "");
  // Supabase Auth issues tokens with iss = <project url>/auth/v1.
  const issuers = e.JWT_ISSUER ??
    [supabaseUrl ? `${supabaseUrl}/auth/v1` : "http://localhost:54321/auth/v1"];
  const authBackend = e.AUTH_BACKEND ??
    (supabaseUrl && e.SUPABASE_SERVICE_ROLE_KEY ? "supabase" : "builtin");
  if (authBackend === "supabase" && !(supabaseUrl && e.SUPABASE_ANON_KEY)) {
    throw new ConfigError(
      "Invalid configuration:\n  AUTH_BACKEND=supabase needs SUPABASE_URL and SUPABASE_ANON_KEY",
    );
  }
  const cvStorage = e.CV_STORAGE ??
    (supabaseUrl && e.SUPABASE_SERVICE_ROLE_KEY ? "supabase" : "local");
  if (cvStorage === "supabase" && !(supabaseUrl && e.SUPABASE_SERVICE_ROLE_KEY)) {
    throw new ConfigError(
      "Invalid configuration:\n  CV_STORAGE=supabase needs SUPABASE_URL and SUPABASE_SERVICE_ROLE_KEY",
    );
  }
  return {
    databaseUrl,
    supabase: supabaseUrl
      ? {
        url: supabaseUrl,
        anonKey: e.SUPABASE_ANON_KEY,
        serviceRoleKey: e.SUPABASE_SERVICE_ROLE_KEY,
        timeoutMs: e.SUPABASE_AUTH_TIMEOUT_MS,
      }
      : null,
    authBackend,
    jwt: {
      secret: e.SUPABASE_JWT_SECRET,
      issuer: issuers[0],
      acceptedIssuers: issuers,
      audience: "authenticated",
      expirySeconds: e.JWT_EXPIRY_SECONDS,
      jwksUrl: authBackend === "supabase" && supabaseUrl
        ? `${supabaseUrl}/auth/v1/.well-known/jwks.json`
        : undefined,
    },
    localDataDir: e.LOCAL_DATA_DIR,
    corsAllowedOrigins: e.CORS_ALLOWED_ORIGINS,
    db: {
      poolMax: e.DB_POOL_MAX,
      connectTimeoutSeconds: e.DB_CONNECT_TIMEOUT_SECONDS,
      statementTimeoutMs: e.DB_STATEMENT_TIMEOUT_MS,
    },
    logRequests: e.LOG_REQUESTS,
    appUrl: e.APP_URL.replace(/\/+$/, ""),
    interviewTokenSecret: e.INTERVIEW_TOKEN_SECRET,
    rateLimits: {
      loginPerEmail: e.RATE_LIMIT_LOGIN_PER_EMAIL,
      loginPerAddress: e.RATE_LIMIT_LOGIN_PER_ADDRESS,
      registerPerAddress: e.RATE_LIMIT_REGISTER_PER_ADDRESS,
    },
    cvStorage: { backend: cvStorage, bucket: e.CV_STORAGE_BUCKET },
    ai: aiConfig(e),
    cvParser: cvParser(e),
    retention: {
      candidateDays: e.CANDIDATE_RETENTION_DAYS,
      aiLogDays: e.AI_LOG_RETENTION_DAYS,
    },
    version: APP_VERSION,
  };
}

function aiConfig(e: z.output<typeof EnvSchema>): AiConfig {
  const provider = e.AI_PROVIDER ?? (e.AI_BASE_URL ? "openai" : "builtin");
  if (provider === "builtin") return { provider };
  if (!e.AI_BASE_URL || !e.AI_MODEL) {
    throw new ConfigError(
      "Invalid configuration:\n  AI_PROVIDER=openai needs AI_BASE_URL and AI_MODEL",
    );
  }
  return {
    provider,
    baseUrl: e.AI_BASE_URL,
    model: e.AI_MODEL,
    apiKey: e.AI_API_KEY,
    apiKeyHeader: e.AI_API_KEY_HEADER,
    timeoutMs: e.AI_TIMEOUT_MS,
    maxRetries: e.AI_MAX_RETRIES,
  };
}

function cvParser(e: z.output<typeof EnvSchema>): Config["cvParser"] {
  if (e.CV_PARSER === "ai" && aiConfig(e).provider !== "openai") {
    throw new ConfigError(
      "Invalid configuration:\n  CV_PARSER=ai needs an AI provider (AI_PROVIDER=openai)",
    );
  }
  return e.CV_PARSER;
}

export const APP_VERSION = "0.1.0";

let current: Config | undefined;

/** The process's configuration, parsed from Deno.env on first use. */
export function config(): Config {
  current ??= parseConfig(Deno.env.toObject());
  return current;
}

/** Replaces the process's configuration (the local stack and tests set it explicitly). */
export function setConfig(next: Config): void {
  current = next;
}

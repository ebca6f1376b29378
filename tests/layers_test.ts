/**
 * Layers point one way. shared/db raises its own errors and never an HTTP one; the one error
 * handler (shared/http/app.ts) answers each exactly as before, and knows shared/db only by
 * those errors (which load no driver). A token whose user or session is not a UUID is refused
 * where the principal is made, not again in the database layer. And one module spells the
 * functions' `/functions/v1` prefix.
 */
import postgres from "postgres";
import { assert, assertEquals } from "./helpers/assert.ts";
import { JWT_SECRET } from "./helpers/stack.ts";
import { parseConfig, setConfig } from "../shared/config.ts";
import { candidatePrincipal, recruiterPrincipal } from "../shared/auth/principal.ts";
import type { AccessClaims, CandidateClaims } from "../shared/auth/principal.ts";
import { asDatabaseError } from "../shared/db/driver_errors.ts";
import { createApp } from "../shared/http/app.ts";
import { AppError } from "../shared/http/errors.ts";

setConfig(parseConfig({ ...Deno.env.toObject(), SUPABASE_JWT_SECRET: JWT_SECRET }));

const ROOT = new URL("../", import.meta.url);

function postgresError(fields: Record<string, string>): Error {
  const error = new postgres.PostgresError(fields.message ?? "failed");
  return Object.assign(error, fields);
}

/** What the handler answered for each database failure before the layers were parted. */
// deno-fmt-ignore
const ANSWERS: [string, Error, number, string, string, string?][] = [
  ["deadlock", postgresError({ code: "40P01" }), 503, "DATABASE_BUSY", "The database is busy; try again."],
  ["refused", Object.assign(new Error("refused"), { code: "ECONNREFUSED" }), 503, "DATABASE_UNAVAILABLE", "The database is unavailable; try again shortly."],
  ["connection gone", Object.assign(new Error("gone"), { code: "CONNECTION_DESTROYED" }), 503, "DATABASE_UNAVAILABLE", "The database is unavailable; try again shortly."],
  ["connection failure", postgresError({ code: "08006" }), 503, "DATABASE_UNAVAILABLE", "The database is unavailable; try again shortly."],
  ["statement timeout", postgresError({ code: "57014" }), 503, "DATABASE_UNAVAILABLE", "The database is unavailable; try again shortly."],
  ["session ended", postgresError({ code: "P0401" }), 401, "SESSION_REVOKED", "This session has ended; sign in again."],
  ["decision required", postgresError({ code: "P0409" }), 409, "DECISION_REQUIRED", "A candidate is rejected, offered or hired (or moved out of those) only by a decision: POST /interviews/{id}/decision."],
  ["answered twice", postgresError({ code: "23505", constraint_name: "interview_responses_question_id_key" }), 409, "ALREADY_ANSWERED", "This question has already been answered."],
  ["email taken", postgresError({ code: "23505", constraint_name: "candidates_owner_email_key" }), 409, "CANDIDATE_EMAIL_TAKEN", "A candidate with this email is already in your pipeline."],
  ["request open", postgresError({ code: "23505", constraint_name: "candidate_requests_one_open_idx" }), 409, "REQUEST_OPEN", "You have asked for this already; the request is open and will be answered."],
  ["another unique key", postgresError({ code: "23505", constraint_name: "other_key" }), 409, "CONFLICT", "A record with these values already exists."],
  ["a missing reference", postgresError({ code: "23503", message: 'insert or update on table "cvs" violates foreign key constraint' }), 404, "NOT_FOUND", "A record this request refers to was not found."],
  ["still referenced", postgresError({ code: "23503", message: 'update or delete on table "jobs" violates foreign key constraint' }), 409, "STILL_REFERENCED", "Other records still depend on this one."],
  ["refused by row-level security", postgresError({ code: "42501" }), 404, "NOT_FOUND", "Not found."],
  ["out of range", postgresError({ code: "23514" }), 422, "VALIDATION_ERROR", "The request is invalid.", "A value is out of its allowed range."],
  ["not storable", postgresError({ code: "22P05" }), 422, "VALIDATION_ERROR", "The request is invalid.", "A value cannot be stored as sent."],
  ["a bug", postgresError({ code: "XX000" }), 500, "INTERNAL_ERROR", "Something went wrong on our side."],
];

Deno.test("layers: each database failure answers as it did, from the one error handler", async () => {
  const app = createApp("/layers");
  let failure: unknown;
  app.get("/fail", () => {
    throw failure;
  });
  const original = console.error;
  console.error = () => {};
  try {
    for (const [name, error, status, code, message, detail] of ANSWERS) {
      failure = asDatabaseError(error);
      assert(!(failure instanceof AppError), `${name}: the database layer raised an HTTP error`);
      const response = await app.request("/layers/fail");
      const body = await response.json();
      assertEquals(response.status, status, name);
      assertEquals(body.error.code, code, name);
      assertEquals(body.error.message, message, name);
      assertEquals(body.error.details, detail ? [{ path: "", message: detail }] : undefined, name);
      if (status === 503) assertEquals(response.headers.get("retry-after"), "5", name);
      if (status === 401) assert(response.headers.has("www-authenticate"), name);
    }
  } finally {
    console.error = original;
  }
});

Deno.test("layers: a token naming a user, session or interview that is not a UUID is refused", () => {
  const id = crypto.randomUUID();
  const recruiter = (claims: Partial<AccessClaims>) =>
    ({
      sub: id,
      role: "authenticated",
      aud: "authenticated",
      iss: "x",
      exp: 0,
      iat: 0,
      ...claims,
    }) as AccessClaims;
  const candidate = (claims: Partial<CandidateClaims>) =>
    ({
      sub: id,
      interview_id: id,
      role: "authenticated",
      aud: "interview",
      iss: "x",
      exp: 0,
      iat: 0,
      ...claims,
    }) as CandidateClaims;
  assertEquals(recruiterPrincipal(recruiter({ session_id: id })).sessionId, id);
  assertEquals(candidatePrincipal(candidate({})).kind, "candidate");
  const refusals: [string, () => unknown][] = [
    ["user", () => recruiterPrincipal(recruiter({ sub: "1'); drop table public.users; --" }))],
    ["session", () => recruiterPrincipal(recruiter({ session_id: "not-a-uuid" }))],
    ["interview", () => candidatePrincipal(candidate({ sub: "x", interview_id: "x" }))],
    [
      "interview not its subject",
      () => candidatePrincipal(candidate({ interview_id: crypto.randomUUID() })),
    ],
  ];
  for (const [name, make] of refusals) {
    let code: string | undefined;
    try {
      make();
    } catch (error) {
      code = error instanceof AppError ? `${error.status} ${error.code}` : String(error);
    }
    assertEquals(code, "401 INVALID_TOKEN", name);
  }
});

/** What a file imports, and the strings and templates it writes (comments are not read). */
async function anatomy(path: string) {
  const imports: string[] = [];
  const strings: string[] = [];
  const plugin: Deno.lint.Plugin = {
    name: "anatomy",
    rules: {
      read: {
        create: () => ({
          ImportDeclaration: (node) => void imports.push(node.source.value),
          ExportNamedDeclaration: (node) => void (node.source && imports.push(node.source.value)),
          ExportAllDeclaration: (node) => void imports.push(node.source.value),
          ImportExpression: (node) => {
            if (node.source.type === "Literal") imports.push(String(node.source.value));
          },
          Literal: (node) => {
            if (typeof node.value === "string") strings.push(node.value);
          },
          TemplateElement: (node) => void strings.push(node.cooked),
        }),
      },
    },
  };
  Deno.lint.runPlugin(plugin, path, await Deno.readTextFile(new URL(path, ROOT)));
  return { imports, strings };
}

async function* codeFiles(folder: string): AsyncGenerator<string> {
  for await (const entry of Deno.readDir(new URL(folder, ROOT))) {
    const path = `${folder}${entry.name}`;
    if (entry.isDirectory) yield* codeFiles(`${path}/`);
    else if (/\.(ts|mjs)$/.test(entry.name)) yield path;
  }
}

Deno.test("layers: shared/db imports nothing of shared/http, which knows it only by its errors", async () => {
  const crossings: string[] = [];
  for await (const path of codeFiles("shared/db/")) {
    for (const source of (await anatomy(path)).imports) {
      if (/(^|\/)http\//.test(source)) crossings.push(`${path} imports ${source}`);
    }
  }
  for await (const path of codeFiles("shared/http/")) {
    for (const source of (await anatomy(path)).imports) {
      if (/(^|\/)db\//.test(source) && source !== "../db/errors.ts") {
        crossings.push(`${path} imports ${source}`);
      }
    }
  }
  assertEquals(crossings, []);
  // The errors the handler knows load nothing: not the driver, not the rest of shared/db.
  assertEquals((await anatomy("shared/db/errors.ts")).imports, []);
});

Deno.test("layers: one module spells the functions' prefix", async () => {
  const spelled: string[] = [];
  for (const folder of ["shared/", "supabase/", "local/", "scripts/"]) {
    for await (const path of codeFiles(folder)) {
      const { strings } = await anatomy(path);
      if (strings.some((text) => text.includes("/functions/v1"))) spelled.push(path);
    }
  }
  assertEquals(spelled, ["shared/http/functions_url.ts"]);
});

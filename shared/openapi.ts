/**
 * The OpenAPI 3.1 document of the whole API, generated from the route contracts of every
 * function (shared/contracts/index.ts) with @hono/zod-openapi's generator, so the document
 * and the validation the functions run come from the same Zod schemas. Built from the
 * contracts, not from the functions' apps: a function never imports another.
 */
import { OpenAPIHono } from "@hono/zod-openapi";
import { APP_VERSION } from "./config.ts";
import { contracts } from "./contracts/index.ts";
import { FUNCTIONS_PREFIX, functionsUrl } from "./http/functions_url.ts";

export const LOCAL_SERVER = functionsUrl("http://localhost:54321");
const HOSTED_SERVER = functionsUrl("https://{project_ref}.supabase.co");

/** A function's route as the document lists it: `/<function><route>`, `/health` for "/". */
export function documentedPath(functionName: string, routePath: string): string {
  return `/${functionName}${routePath === "/" ? "" : routePath}`;
}

const DESCRIPTION = `
The interview platform's API: one Supabase Edge Function per endpoint group, each served at
\`${FUNCTIONS_PREFIX}/<function>/<route>\`.

- Locally (the embedded stack, \`supabase start\` or \`supabase functions serve\`):
  \`${LOCAL_SERVER}\`.
- Hosted: \`${functionsUrl("https://<project-ref>.supabase.co")}\` (pick the second server and fill
  in the project ref).

Every answer is JSON in one envelope: \`{"success": true, "data", "message"?}\`, or
\`{"success": false, "error": {"code", "message", "details"?}, "request_id"}\`. Routes marked
with a lock take \`Authorization: Bearer <access_token>\` (from register, login or refresh).

This document is \`GET /docs/openapi.json\`; the interactive page is \`GET /docs\`.
`.trim();

/** The document: every route of every function, with the shared schemas as components. */
export function openApiDocument() {
  const generator = new OpenAPIHono();
  const registry = generator.openAPIRegistry;
  registry.registerComponent("securitySchemes", "bearerAuth", {
    type: "http",
    scheme: "bearer",
    bearerFormat: "JWT",
    description: "The `access_token` from /auth/register, /auth/login or /auth/refresh.",
  });
  registry.registerComponent("securitySchemes", "interviewCredential", {
    type: "http",
    scheme: "bearer",
    bearerFormat: "JWT",
    description:
      "A candidate's credential for one interview: the `access_token` from /interviews/redeem.",
  });
  const tags = new Set<string>();
  for (const [functionName, routes] of Object.entries(contracts)) {
    for (const [name, route] of Object.entries(routes)) {
      route.tags?.forEach((tag) => tags.add(tag));
      registry.registerPath({
        // `authRegister`: unique across functions, stable for generated clients and deep links.
        operationId: functionName + name[0].toUpperCase() + name.slice(1),
        ...route,
        path: documentedPath(functionName, route.path),
      });
    }
  }
  return generator.getOpenAPI31Document({
    openapi: "3.1.0",
    info: { title: "Interview platform API", version: APP_VERSION, description: DESCRIPTION },
    servers: [
      { url: LOCAL_SERVER, description: "The local stack" },
      {
        url: HOSTED_SERVER,
        description: "A hosted Supabase project",
        variables: { project_ref: { default: "your-project-ref" } },
      },
    ],
    // The tags the routes use, in the order the functions are listed (Swagger UI's sections).
    tags: [...tags].map((name) => ({ name })),
  });
}

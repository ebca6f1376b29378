/**
 * The docs function: the OpenAPI 3.1 document of every function's routes (generated from the
 * route contracts, shared/openapi.ts) at /docs/openapi.json, and an interactive page (Swagger
 * UI) at /docs that works offline: its script and stylesheet come from the npm package
 * swagger-ui-dist and are served by this function, never a CDN.
 */
import { createApp } from "@shared/http/app.ts";
import { NotFoundError } from "@shared/http/errors.ts";
// Nothing is used from this module: importing it puts swagger-ui-dist in the function's module
// graph, so `supabase functions deploy` bundles the package (all its files, the assets below
// included) and `deno info` resolves it. (index.js would evaluate the 1.7 MB browser bundle.)
import "swagger-ui-dist/absolute-path.js";

/**
 * The package files the page loads. Read at run time from the package itself:
 * `import.meta.resolve` maps the bare specifier, through this function's import map, to the
 * file in Deno's npm cache (the Deno CLI, `deno task dev`, the tests) or in the bundle's
 * virtual file system (Supabase's edge runtime, whose own test "fetch-local-npm-file" reads an
 * npm package's file this way); `fetch` reads that file: URL in either. Text imports
 * (`with { type: "text" }`, stable since Deno 2.8) would be neater, but the edge runtime is on
 * an older Deno; vendoring the 1.7 MB bundle into the repo is what this avoids.
 */
const PACKAGE_ASSETS: Record<string, string> = {
  "swagger-ui.css": "text/css; charset=utf-8",
  "swagger-ui-bundle.js": "text/javascript; charset=utf-8",
};

/** Starts Swagger UI on the document; a file, not an inline script, so the CSP needs no hash. */
const INIT_SCRIPT = `window.addEventListener("load", function () {
  window.ui = SwaggerUIBundle({
    url: new URL("docs/openapi.json", document.baseURI).href,
    dom_id: "#swagger-ui",
    deepLinking: true,
    // Otherwise Swagger UI shows a badge from validator.swagger.io: no third party, ever.
    validatorUrl: null,
  });
});
`;

// Asset and document URLs are relative to the page, /functions/v1/docs, so one page works
// under any origin and prefix (local stack, `supabase functions serve`, a custom domain).
const PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Interview platform API</title>
  <link rel="stylesheet" href="docs/assets/swagger-ui.css">
</head>
<body>
  <noscript>This page needs JavaScript; the document itself is at docs/openapi.json.</noscript>
  <div id="swagger-ui"></div>
  <script src="docs/assets/swagger-ui-bundle.js"></script>
  <script src="docs/assets/init.js"></script>
</body>
</html>
`;

/**
 * Scripts and styles from this function only (Swagger UI sets its styles through the DOM,
 * which style-src does not govern); its icons are data: images; "Try it out" calls the API on
 * this origin, the local stack or a hosted project. tests/docs_test.ts loads the page in a
 * real browser and fails on any violation.
 */
const PAGE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self' http://localhost:54321 http://127.0.0.1:54321 https://*.supabase.co",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

/** The assets change only with a deployment: an hour in any cache is fine. */
const ASSET_CACHE = "public, max-age=3600";

let documentJson: string | undefined;
const assets = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();

function readPackageAsset(name: string): Promise<Uint8Array<ArrayBuffer>> {
  let pending = assets.get(name);
  if (!pending) {
    pending = fetch(import.meta.resolve(`swagger-ui-dist/${name}`)).then(async (response) => {
      if (!response.ok) throw new Error(`swagger-ui-dist/${name}: ${response.status}`);
      return await response.bytes();
    });
    // A failed read is retried on the next request rather than remembered.
    pending.catch(() => assets.delete(name));
    assets.set(name, pending);
  }
  return pending;
}

export const app = createApp("/docs");

app.get("/", (c) => {
  c.header("Content-Security-Policy", PAGE_CSP);
  return c.html(PAGE);
});

// `/docs/` (the empty segment after the slash, which "/" does not match) would resolve the
// page's relative URLs one level too deep: send it to `/docs`, relative to wherever it is served.
app.get("/:trailingSlash{$}", (c) => c.redirect("../docs", 301));

app.get("/openapi.json", async (c) => {
  // The document depends on the code alone: generated once per instance. Its generator and
  // every function's contracts are loaded for it, not for the page and its assets.
  documentJson ??= JSON.stringify((await import("@shared/openapi.ts")).openApiDocument());
  c.header("Content-Type", "application/json; charset=utf-8");
  return c.body(documentJson);
});

app.get("/assets/:name", async (c) => {
  const name = c.req.param("name");
  if (name === "init.js") {
    c.header("Cache-Control", ASSET_CACHE);
    c.header("Content-Type", "text/javascript; charset=utf-8");
    return c.body(INIT_SCRIPT);
  }
  // Only the files listed: a name is never a path into the package.
  const type = Object.hasOwn(PACKAGE_ASSETS, name) ? PACKAGE_ASSETS[name] : undefined;
  if (!type) throw new NotFoundError(`No asset ${name}.`);
  const body = await readPackageAsset(name);
  c.header("Cache-Control", ASSET_CACHE);
  c.header("Content-Type", type);
  return c.body(body);
});

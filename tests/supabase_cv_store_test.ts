/** The Supabase Storage CV store (shared/storage/supabase_cv_store.ts), against a stand-in of the Storage API. */
import { assert, assertEquals } from "./helpers/assert.ts";
import { classicPdf } from "./helpers/cv_fixtures.ts";
import { PDF } from "./helpers/cv_upload.ts";
import { test } from "./helpers/stack.ts";
import { SupabaseCvStore } from "../shared/storage/supabase_cv_store.ts";

test("cv store (Supabase Storage): creates its private bucket on demand, stores, reads, removes, times out", async () => {
  const buckets = new Map<string, { public: boolean; objects: Map<string, Uint8Array> }>();
  const seen: string[] = [];
  let failing = false;
  let delayMs = 0;
  const server = Deno.serve(
    { hostname: "127.0.0.1", port: 0, onListen: () => {} },
    async (request) => {
      const url = new URL(request.url);
      seen.push(`${request.method} ${url.pathname}`);
      if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs));
      if (request.headers.get("authorization") !== "Bearer service-role-key") {
        return Response.json({ statusCode: "403", error: "Unauthorized", message: "no" }, {
          status: 403,
        });
      }
      if (failing) return new Response("upstream down", { status: 502 });
      const notFound = (what: string) =>
        Response.json({ statusCode: "404", error: "not_found", message: `${what} not found` }, {
          status: 400,
        });
      if (request.method === "POST" && url.pathname === "/storage/v1/bucket") {
        const body = await request.json();
        if (buckets.has(body.id)) {
          return Response.json({ statusCode: "409", error: "Duplicate", message: "exists" }, {
            status: 400,
          });
        }
        buckets.set(body.id, { public: body.public, objects: new Map() });
        return Response.json({ name: body.id });
      }
      const match = /^\/storage\/v1\/object\/([^/]+)\/?(.*)$/.exec(url.pathname);
      if (!match) return notFound("Route");
      const bucket = buckets.get(match[1]);
      if (!bucket) return notFound("Bucket");
      const key = decodeURIComponent(match[2]);
      if (request.method === "POST") {
        bucket.objects.set(key, new Uint8Array(await request.arrayBuffer()));
        return Response.json({ Key: `${match[1]}/${key}`, Id: crypto.randomUUID() });
      }
      if (request.method === "GET") {
        const object = bucket.objects.get(key);
        return object ? new Response(object as Uint8Array<ArrayBuffer>) : notFound("Object");
      }
      if (request.method === "DELETE") {
        const { prefixes } = await request.json();
        const removed = prefixes.filter((prefix: string) => bucket.objects.delete(prefix));
        return Response.json(removed.map((name: string) => ({ name })));
      }
      return notFound("Route");
    },
  );
  try {
    const base = `http://127.0.0.1:${server.addr.port}`;
    const store = new SupabaseCvStore(base, "service-role-key", "cvs");
    const path = `${crypto.randomUUID()}/${crypto.randomUUID()}`;
    const bytes = classicPdf();
    await store.put(path, bytes, PDF);
    assertEquals(buckets.get("cvs")?.public, false, "the bucket is created private");
    assertEquals(await store.get(path), bytes);
    assertEquals(await store.get(`${crypto.randomUUID()}/${crypto.randomUUID()}`), null);
    await store.remove(path);
    await store.remove(path);
    assertEquals(await store.get(path), null);
    assertEquals(seen.filter((line) => line === "POST /storage/v1/bucket").length, 1);
    failing = true;
    const error = await store.put(path, bytes, PDF).catch((thrown) => thrown);
    assertEquals([error.status, error.code], [503, "STORAGE_UNAVAILABLE"]);
    failing = false;
    delayMs = 1000;
    const impatient = new SupabaseCvStore(base, "service-role-key", "cvs", 100);
    const started = performance.now();
    const timedOut = await impatient.get(path).catch((thrown) => thrown);
    assertEquals([timedOut.status, timedOut.code], [503, "STORAGE_UNAVAILABLE"]);
    assert(performance.now() - started < 900, "a slow Storage call is given up on time");
  } finally {
    await server.shutdown();
  }
});

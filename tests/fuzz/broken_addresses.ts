/**
 * Broken addresses and credentials: bad query strings and path ids, a missing, forged or other
 * side's credential, a method the route does not take. Each aimed at the tenant's real rows.
 */
import {
  EXTRA_KEYS,
  fc,
  hostileString,
  type RouteInfo,
  validValue,
  type ValueContext,
} from "../helpers/fuzz.ts";
import { type Workspace } from "../helpers/workspace.ts";
import type { z } from "zod";
import {
  credentialHeaders,
  type FuzzRequest,
  pathOf,
  queryString,
  realId,
  routes,
  validRequest,
} from "./requests.ts";

export function brokenQuery(
  route: RouteInfo,
  t: Workspace,
  context: ValueContext,
): fc.Arbitrary<FuzzRequest> {
  const shape = (route.query as unknown as { shape: Record<string, unknown> }).shape;
  const keys = Object.keys(shape);
  const bad: [string, fc.Arbitrary<string>][] = [
    [
      "page",
      fc.constantFrom(
        "0",
        "-1",
        "abc",
        "1.5",
        "1e400",
        "10001",
        "",
        " ",
        "0x10",
        "Infinity",
        "1,2",
        "%00",
      ),
    ],
    ["page_size", fc.constantFrom("0", "101", "-5", "many", "1e3", "NaN", "[]", "%27")],
    [
      "q",
      fc.oneof(
        fc.integer({ min: 201, max: 6000 }).map((n) => "a".repeat(n)),
        fc.constantFrom("%00", "a%00b"),
      ),
    ],
    ["status", hostileString(0, 30).map(encodePart)],
    ["candidate_id", hostileString(0, 60).map(encodePart)],
    ["job_description_id", hostileString(0, 60).map(encodePart)],
    [
      "interview_id",
      fc.constantFrom("not-a-uuid", "%27%20or%201%3D1", "00000000-0000-0000-0000-00000000000g"),
    ],
  ];
  const applicable = bad.filter(([key]) => keys.includes(key));
  const valid = validValue(route.query!, context);
  const mutation = fc.oneof(
    fc.constantFrom(...applicable).chain(([key, values]) =>
      values.map((value) => ({ kind: `bad ${key}`, extra: `${key}=${value}`, drop: key }))
    ),
    fc.constantFrom(...EXTRA_KEYS.filter(Boolean)).map((key) => ({
      kind: `unknown key ${JSON.stringify(key.slice(0, 12))}`,
      extra: `${encodePart(key)}=1`,
      drop: "",
    })),
    fc.constantFrom("page", "page_size").map((key) => ({
      kind: `repeated ${key}`,
      extra: `${key}=1&${key}=2`,
      drop: key,
    })),
  );
  return fc.tuple(valid, mutation).map(([value, m]) => {
    const rest = Object.fromEntries(
      Object.entries(value as Record<string, unknown>).filter(([key]) => key !== m.drop),
    );
    return { kind: m.kind, query: [queryString(rest), m.extra].filter(Boolean).join("&") };
  }).filter(({ query }) => refusedByQuery(query, route.query!)).map(({ kind, query }) => ({
    route,
    kind,
    method: route.method,
    path: pathOf(route, undefined, query),
    headers: credentialHeaders(route, t),
  }));
}

/**
 * Whether the server must refuse this query string: Zod decides, on the object Hono's
 * validator builds (a repeated key becomes an array). `page=0x10` is page 16, for one.
 */
export function refusedByQuery(query: string, schema: z.ZodType): boolean {
  const params = new URLSearchParams(query);
  const object: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key);
    object[key] = all.length === 1 ? all[0] : all;
  }
  return !schema.safeParse(object).success;
}

/** Path ids that are no uuid (never ones a URL would fold into another route, like ".."). */
export function brokenId(route: RouteInfo, t: Workspace): fc.Arbitrary<FuzzRequest> {
  const ids = fc.oneof(
    hostileString(1, 80).map(encodePart),
    fc.constantFrom(
      "not-a-uuid",
      "%27%20or%20%271%27%3D%271",
      "1%3B%20drop%20table%20users",
      "..%2F..%2F..%2Fetc%2Fpasswd",
      "%2e%2e%2f%2e%2e%2fsecret",
      "%00",
      "%252e%252e%252f",
      "00000000-0000-0000-0000-00000000000",
      "00000000-0000-0000-0000-0000000000000",
      "zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz",
      `${crypto.randomUUID()}%00`,
      `${crypto.randomUUID()}'`,
      "x".repeat(4000),
      "%F0%9F%92%A9",
      "%C0%AE%C0%AE",
      "%E0%A4",
    ),
  ).filter((id) =>
    !/^(\.|%2e)*$/i.test(id) &&
    !/^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$/i.test(decodeURIComponentSafe(id))
  );
  const body = route.body?.kind === "json" ? "{}" : undefined;
  return ids.map((id) => ({
    route,
    kind: "bad id",
    method: route.method,
    path: pathOf(route, id),
    headers: {
      ...credentialHeaders(route, t),
      ...(body ? { "Content-Type": "application/json" } : {}),
    },
    body,
  }));
}

/** encodeURIComponent for any string, lone surrogates too (as TextEncoder writes them). */
export function encodePart(text: string): string {
  return Array.from(new TextEncoder().encode(text), (byte) => {
    const char = String.fromCharCode(byte);
    return /[A-Za-z0-9_.!~*'()-]/.test(char)
      ? char
      : `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }).join("");
}

export function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** A valid request sent with no credential, a forged one, or the other side's. */
export function brokenCredential(
  route: RouteInfo,
  t: Workspace,
  context: ValueContext,
): fc.Arbitrary<FuzzRequest> {
  const b64 = (value: unknown) =>
    btoa(JSON.stringify(value)).replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_");
  const [header, payload] = t.token.split(".");
  const forged = [
    null,
    "",
    "Bearer",
    "Bearer ",
    "Basic dXNlcjpwYXNz",
    `Bearer ${b64({ alg: "none", typ: "JWT" })}.${payload}.`,
    `Bearer ${header}.${payload}.${"A".repeat(43)}`,
    `Bearer ${t.token}x`,
    `Bearer ${"a".repeat(5000)}`,
    `bearer ${t.token} ${t.token}`,
    `Bearer ${route.credential === "candidate" ? t.token : t.candidateToken}`,
  ];
  return fc.tuple(validRequest(route, t, context), fc.constantFrom(...forged)).map((
    [r, authorization],
  ) => {
    const headers = { ...r.headers };
    delete headers.Authorization;
    if (authorization !== null) headers.Authorization = authorization;
    // A write aimed at the tenant's real row, so a forged credential that passed would show.
    const id = route.params ? realId(route, t) : undefined;
    const query = r.path.includes("?") ? r.path.slice(r.path.indexOf("?") + 1) : undefined;
    return { ...r, kind: "bad credential", path: pathOf(route, id, query), headers };
  });
}

/** Methods no route of the function serves at that path. */
export function wrongMethod(route: RouteInfo, t: Workspace): fc.Arbitrary<FuzzRequest> | undefined {
  const served = new Set(
    routes.filter((r) => r.fn === route.fn && r.path === route.path).map((r) => r.method),
  );
  const others = ["GET", "POST", "PUT", "PATCH", "DELETE"].filter((m) => !served.has(m));
  if (!others.length) return undefined;
  const id = route.params ? realId(route, t) : undefined;
  return fc.constantFrom(...others).map((method) => ({
    route,
    kind: "wrong method",
    method,
    path: pathOf(route, id),
    headers: { ...credentialHeaders(route, t), "Content-Type": "application/json" },
    body: method === "GET" ? undefined : "{}",
  }));
}

/**
 * Broken bodies: JSON of the wrong types, with missing and extra fields, `__proto__`, huge
 * strings, deep nesting, malformed, under the wrong content types; truncated and bent multipart
 * uploads. Each aimed at the tenant's real rows.
 */
import { bytesOf, CLASSIC_TEXT } from "../helpers/cv_fixtures.ts";
import {
  EXTRA_KEYS,
  fc,
  hostileString,
  multipart,
  mutatedJsonBody,
  type Part,
  refusedByJson,
  type RouteInfo,
  validValue,
  type ValueContext,
} from "../helpers/fuzz.ts";
import { type Workspace } from "../helpers/workspace.ts";
import { credentialHeaders, type FuzzRequest, pathOf, realId, routes, RUN } from "./requests.ts";

export const JSON_TYPES_REFUSED = [
  "text/plain",
  "text/html",
  "application/xml",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=x",
  "application/octet-stream",
  "application/jsonp",
  "application/json, text/plain",
  "image/png",
  "",
];

export function brokenJson(
  route: RouteInfo,
  t: Workspace,
  context: ValueContext,
): fc.Arbitrary<FuzzRequest> {
  const schema = route.body!.schema;
  const id = route.params ? realId(route, t) : undefined;
  const base = {
    route,
    method: route.method,
    path: pathOf(route, id),
  };
  const valid = validValue(schema, context) as fc.Arbitrary<Record<string, unknown>>;
  const mutated = valid.chain((value) => mutatedJsonBody(value))
    .filter((m) => refusedByJson(m.text, schema))
    .map((m) => ({
      ...base,
      kind: m.kind,
      headers: { ...credentialHeaders(route, t), "Content-Type": "application/json" },
      body: m.text,
    }));
  const wrongType = fc.tuple(valid, fc.constantFrom(...JSON_TYPES_REFUSED)).map((
    [value, type],
  ) => ({
    ...base,
    kind: `content type ${JSON.stringify(type)}`,
    headers: { ...credentialHeaders(route, t), ...(type ? { "Content-Type": type } : {}) },
    body: JSON.stringify(value),
  }));
  return fc.oneof({ weight: 5, arbitrary: mutated }, { weight: 1, arbitrary: wrongType });
}

export function brokenUpload(t: Workspace): fc.Arbitrary<FuzzRequest> {
  const route = routes.find((r) => r.id === "cvs.upload")!;
  const boundary = `fuzz${RUN}`;
  const good = (): Part[] => [
    { name: "candidate_id", value: t.candidateId },
    { name: "file", filename: "cv.txt", type: "text/plain", bytes: bytesOf(CLASSIC_TEXT) },
  ];
  const req = (kind: string, body: Uint8Array | string, type: string | null): FuzzRequest => ({
    route,
    kind,
    method: "POST",
    path: "/cvs",
    headers: { ...credentialHeaders(route, t), ...(type === null ? {} : { "Content-Type": type }) },
    body,
  });
  const form = `multipart/form-data; boundary=${boundary}`;
  const whole = multipart(good(), boundary);
  return fc.oneof(
    // Cut short anywhere before its closing boundary.
    fc.integer({ min: 0, max: whole.length - `--${boundary}--\r\n`.length - 1 }).map((cut) =>
      req("truncated multipart", whole.slice(0, cut), form)
    ),
    fc.constantFrom("candidate_id", "file").map((name) =>
      req(`no ${name}`, multipart(good().filter((p) => p.name !== name), boundary), form)
    ),
    // (Not a part named "": the platform's form parser drops it before any code sees it.)
    fc.tuple(fc.constantFrom(...EXTRA_KEYS.filter(Boolean)), hostileString(0, 40)).map((
      [name, value],
    ) =>
      req(
        `extra part ${JSON.stringify(name.slice(0, 12))}`,
        multipart([...good(), { name, value }], boundary),
        form,
      )
    ),
    hostileString(0, 80).filter((id) => !/^[0-9a-f-]{36}$/i.test(id)).map((id) =>
      req(
        "bad candidate_id",
        multipart([{ name: "candidate_id", value: id }, good()[1]], boundary),
        form,
      )
    ),
    hostileString(0, 80).map((text) =>
      req(
        "file as a text field",
        multipart([good()[0], { name: "file", value: text }], boundary),
        form,
      )
    ),
    fc.constant(req(
      "empty file",
      multipart([good()[0], {
        name: "file",
        filename: "cv.txt",
        type: "text/plain",
        bytes: new Uint8Array(),
      }], boundary),
      form,
    )),
    fc.uint8Array({ minLength: 1, maxLength: 4096 }).map((bytes) => {
      const binary = new Uint8Array([0, 0xff, 0xfe, 1, ...bytes]);
      return req(
        "binary file",
        multipart([good()[0], {
          name: "file",
          filename: "cv.pdf",
          type: "application/pdf",
          bytes: binary,
        }], boundary),
        form,
      );
    }),
    fc.constantFrom(
      "multipart/form-data",
      "multipart/form-data; boundary=other",
      "multipart/form-data; boundary=",
      "multipart/mixed; boundary=" + boundary,
      "application/json",
      "text/plain",
    ).map((type) => req(`content type ${JSON.stringify(type)}`, whole, type)),
    fc.constant(req("no content type", whole, null)),
    fc.constant(
      req(
        "json body",
        JSON.stringify({ candidate_id: t.candidateId, file: "x" }),
        "application/json",
      ),
    ),
    fc.string({ maxLength: 500, unit: "binary" }).map((text) => req("random body", text, form)),
    fc.constant(
      req(
        "urlencoded",
        `candidate_id=${t.candidateId}&file=cv.txt`,
        "application/x-www-form-urlencoded",
      ),
    ),
  );
}

/** Query strings that break the query schema: each is refused whatever the rest says. */

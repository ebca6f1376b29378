/**
 * The multipart reader (shared/http/multipart.ts) against the platform's own parser: every body
 * a client's FormData makes reads the same, and malformed bodies are refused with 400.
 */
import { HTTPException } from "hono/http-exception";
import { parseMultipart, readMultipartForm, UploadedFile } from "../shared/http/multipart.ts";
import { assert, assertEquals } from "./helpers/assert.ts";
import { fc } from "./helpers/fuzz.ts";

const test = (name: string, fn: () => Promise<void> | void) => Deno.test(`multipart: ${name}`, fn);
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** A form as plain values: strings, and files as [name, type, bytes]. */
type Plain = Record<string, unknown>;

async function platform(form: FormData): Promise<{ request: Request; expected: Plain }> {
  const request = new Request("http://x/", { method: "POST", body: form });
  const parsed = await request.clone().formData();
  const expected: Plain = {};
  for (const key of new Set(parsed.keys())) {
    const values = await Promise.all(parsed.getAll(key).map(plainValue));
    expected[key] = values.length > 1 || key.endsWith("[]") ? values : values[0];
  }
  return { request, expected };
}

async function plainValue(value: FormDataEntryValue | UploadedFile): Promise<unknown> {
  if (typeof value === "string") return value;
  if (value instanceof UploadedFile) return [value.name, value.type, [...value.bytes]];
  return [value.name, value.type, [...new Uint8Array(await value.arrayBuffer())]];
}

async function ours(request: Request): Promise<Plain> {
  const form = await readMultipartForm(request);
  const out: Plain = {};
  for (const [key, value] of Object.entries(form)) {
    out[key] = Array.isArray(value)
      ? await Promise.all(value.map(plainValue))
      : await plainValue(value);
  }
  return out;
}

function refused(body: string, boundary = "b0undary"): boolean {
  try {
    parseMultipart(encoder.encode(body), boundary);
    return false;
  } catch (error) {
    return error instanceof HTTPException && error.status === 400;
  }
}

test("any form a client makes reads as the platform reads it", async () => {
  // (No ";" or "=" in a name: the platform's parser cuts a quoted name at either, reading `"`.)
  const name = fc.oneof(
    fc.constantFrom("candidate_id", "file", "a[]", "ünï", 'quo"te', "new\nline"),
    fc.string({ minLength: 1, maxLength: 12 }).filter((text) => !/[;=]/.test(text)),
  );
  const entry = fc.oneof(
    fc.tuple(name, fc.string({ maxLength: 40 })),
    fc.tuple(
      name,
      fc.record({
        bytes: fc.uint8Array({ maxLength: 300 }),
        file: fc.oneof(
          fc.constantFrom("cv.pdf", "Lebenslauf ü.docx", 'a"b.txt'),
          fc.string().filter((text) => !/[;=]/.test(text)),
        ),
        type: fc.constantFrom("", "application/pdf", "text/plain"),
      }),
    ),
  );
  await fc.assert(
    fc.asyncProperty(fc.array(entry, { maxLength: 6 }), async (entries) => {
      const form = new FormData();
      for (const [key, value] of entries) {
        if (typeof value === "string") form.append(key, value);
        else {form.append(
            key,
            new File([value.bytes], value.file, { type: value.type }),
            value.file,
          );}
      }
      const { request, expected } = await platform(form);
      assertEquals(await ours(request), expected);
    }),
    { numRuns: 300 },
  );
});

test("a file's bytes fill a buffer of their own: the body's is not kept", () => {
  const body = encoder.encode(
    '--b0undary\r\nContent-Disposition: form-data; name="file"; filename="cv.txt"\r\n' +
      "Content-Type: text/plain\r\n\r\nhello\r\n--b0undary--\r\n",
  );
  const file = parseMultipart(body, "b0undary").file as UploadedFile;
  assertEquals([file.name, file.type, file.size], ["cv.txt", "text/plain", 5]);
  assert(file.bytes.buffer !== body.buffer, "the file's bytes are a view of the body");
  // A buffer exactly the file's: pdf.js takes such a buffer as it is, and copies any other.
  assertEquals([file.bytes.byteOffset, file.bytes.buffer.byteLength], [0, 5]);
  assertEquals(decoder.decode(file.bytes), "hello");
});

test("a preamble, transport padding, RFC 5987 names and an epilogue are read", () => {
  const form = parseMultipart(
    encoder.encode(
      "preamble\r\n--b0undary \t\r\n" +
        "content-disposition: form-data; name=plain\r\n\r\none\r\n--b0undary\r\n" +
        'Content-Disposition: form-data; name="f"; filename="x"; filename*=UTF-8\'\'%C3%BC.pdf\r\n' +
        "\r\n%PDF\r\n--b0undary--\r\nepilogue",
    ),
    "b0undary",
  );
  assertEquals(form.plain, "one");
  const file = form.f as UploadedFile;
  assertEquals([file.name, file.type, file.size], ["ü.pdf", "application/octet-stream", 4]);
});

test("malformed bodies are refused with 400", () => {
  const part = '--b0undary\r\nContent-Disposition: form-data; name="a"\r\n\r\nvalue';
  const cases = [
    "",
    "no delimiter at all",
    part, // cut short
    part + "\r\n--b0undary", // no close
    part + "\r\n--b0undaryX\r\n", // the delimiter's line goes on
    "--b0undary\r\nContent-Type: text/plain\r\n\r\nx\r\n--b0undary--", // no disposition
    '--b0undary\r\nContent-Disposition: attachment; name="a"\r\n\r\nx\r\n--b0undary--',
    '--b0undary\r\nContent-Disposition: form-data; name="a"\r\n--b0undary--\r\n\r\n',
    "--b0undary\r\nX: " + "y".repeat(20_000) + "\r\n\r\nx\r\n--b0undary--",
    "--b0undary\r\n" + 'Content-Disposition: form-data; name="a"\r\n\r\nx\r\n--b0undary\r\n'.repeat(
      101,
    ) + "--",
  ];
  for (const body of cases) assert(refused(body), `accepted: ${JSON.stringify(body.slice(0, 80))}`);
});

test("a Content-Type without a usable boundary is refused with 400", async () => {
  for (const type of ["multipart/form-data", "multipart/form-data; boundary=", "text/plain"]) {
    const request = new Request("http://x/", {
      method: "POST",
      headers: { "content-type": type },
      body: "--b\r\n",
    });
    const error = await readMultipartForm(request).catch((e) => e);
    assert(error instanceof HTTPException && error.status === 400, type);
  }
});

test("a body is read whole from a byte stream and from a stream of chunks alike", async () => {
  const form = new FormData();
  form.append("candidate_id", "c-1");
  form.append("file", new File([new Uint8Array(200_000).map((_, i) => i % 251)], "cv.pdf"));
  const { request } = await platform(form);
  const bytes = new Uint8Array(await request.arrayBuffer());
  const headers = {
    "content-type": request.headers.get("content-type")!,
    "content-length": String(bytes.byteLength),
  };
  // Chunks of odd sizes, so that reads and chunks never line up.
  const chunks = (enqueue: (chunk: Uint8Array) => void) => {
    for (let at = 0; at < bytes.byteLength; at += 7_919) enqueue(bytes.slice(at, at + 7_919));
  };
  const byteStream = new ReadableStream({
    type: "bytes",
    start(controller) {
      chunks((chunk) => controller.enqueue(chunk));
      controller.close();
    },
  });
  const chunkStream = new ReadableStream<Uint8Array>({
    start(controller) {
      chunks((chunk) => controller.enqueue(chunk));
      controller.close();
    },
  });
  for (const body of [byteStream, chunkStream]) {
    const read = await readMultipartForm(
      new Request("http://x/", { method: "POST", headers, body }),
    );
    assertEquals(read.candidate_id, "c-1");
    const file = read.file as UploadedFile;
    assertEquals(file.size, 200_000);
    assert(file.bytes.every((byte, i) => byte === i % 251));
  }
});

test("a body without a declared length (chunked) is read whole", async () => {
  const form = new FormData();
  form.append("file", new File([new Uint8Array(300_000).fill(7)], "big.bin"));
  const { request } = await platform(form);
  const chunked = new Request("http://x/", {
    method: "POST",
    headers: { "content-type": request.headers.get("content-type")! },
    body: request.body,
  });
  assertEquals(chunked.headers.get("content-length"), null);
  const file = (await readMultipartForm(chunked)).file as UploadedFile;
  assertEquals(file.size, 300_000);
  assert(file.bytes.every((byte) => byte === 7));
});

/**
 * CVs over HTTP, refused: too large (checked while the body streams in), a wrong or unknown
 * type, encrypted, damaged, zip and PDF bombs, bad form fields, another tenant's candidate; each
 * refusal leaves no row and no file behind.
 */
import { assert, assertEquals } from "./helpers/assert.ts";
import {
  bytesOf,
  CLASSIC_TEXT,
  classicPdf,
  corruptDocx,
  corruptPdf,
  manyEntriesDocx,
  oleFile,
  pdfBomb,
  png,
  spreadsheetZip,
  utf16Text,
  zipBombDocx,
} from "./helpers/cv_fixtures.ts";
import {
  assertNothingStored,
  form,
  PDF,
  recruiterWithCandidate,
  upload,
} from "./helpers/cv_upload.ts";
import { client } from "./helpers/http.ts";
import { adminSql, startStack, test } from "./helpers/stack.ts";
import { MAX_CV_BYTES, MAX_UPLOAD_BODY_BYTES } from "../shared/cv/limits.ts";

const stack = await startStack({ CV_STORAGE: "local" });
const call = client(stack.url);
const db = adminSql();

const refusals: {
  label: string;
  file: () => Uint8Array;
  name: string;
  type?: string;
  status: number;
  code: string;
}[] = [
  {
    label: "a file part over 10 MB",
    file: () => bytesOf("a".repeat(MAX_CV_BYTES + 1)),
    name: "big.txt",
    status: 413,
    code: "CV_TOO_LARGE",
  },
  {
    label: "a PNG",
    file: png,
    name: "cv.pdf",
    type: PDF,
    status: 415,
    code: "CV_UNSUPPORTED_TYPE",
  },
  {
    label: "a legacy .doc",
    file: oleFile,
    name: "cv.doc",
    status: 415,
    code: "CV_UNSUPPORTED_TYPE",
  },
  {
    label: "a ZIP that is not a Word document",
    file: spreadsheetZip,
    name: "cv.docx",
    status: 415,
    code: "CV_UNSUPPORTED_TYPE",
  },
  {
    label: "UTF-16 text",
    file: () => utf16Text("Jane Doe\nEngineer"),
    name: "cv.txt",
    status: 415,
    code: "CV_UNSUPPORTED_TYPE",
  },
  {
    label: "an encrypted PDF",
    file: () => classicPdf({ encrypt: true }),
    name: "cv.pdf",
    status: 422,
    code: "CV_ENCRYPTED",
  },
  {
    label: "a password-protected DOCX",
    file: () => oleFile({ encryptedPackage: true }),
    name: "cv.docx",
    status: 422,
    code: "CV_ENCRYPTED",
  },
  { label: "a corrupt PDF", file: corruptPdf, name: "cv.pdf", status: 422, code: "CV_CORRUPT" },
  { label: "a corrupt DOCX", file: corruptDocx, name: "cv.docx", status: 422, code: "CV_CORRUPT" },
  {
    label: "a zip bomb",
    file: () => zipBombDocx(60 * 1024 * 1024),
    name: "cv.docx",
    status: 422,
    code: "CV_TOO_COMPLEX",
  },
  {
    label: "a zip bomb that declares small sizes",
    file: () => zipBombDocx(60 * 1024 * 1024, { lie: true }),
    name: "cv.docx",
    status: 422,
    code: "CV_TOO_COMPLEX",
  },
  {
    label: "an archive of too many parts",
    file: () => manyEntriesDocx(1200),
    name: "cv.docx",
    status: 422,
    code: "CV_TOO_COMPLEX",
  },
  {
    label: "a PDF decompression bomb",
    file: () => pdfBomb(120 * 1024 * 1024),
    name: "cv.pdf",
    status: 422,
    code: "CV_TOO_COMPLEX",
  },
  {
    label: "an empty file",
    file: () => new Uint8Array(0),
    name: "cv.txt",
    status: 422,
    code: "VALIDATION_ERROR",
  },
];

for (const refusal of refusals) {
  test(`cvs: ${refusal.label} is refused (${refusal.status} ${refusal.code}); nothing is kept`, async () => {
    const r = await recruiterWithCandidate(call);
    const response = await upload(call, r, refusal.file(), refusal.name, refusal.type);
    assertEquals(response.status, refusal.status, JSON.stringify(response.body));
    assertEquals(response.body.success, false);
    assertEquals(response.body.error.code, refusal.code);
    if (refusal.status === 422) assertEquals(response.body.error.details[0].path, "file");
    await assertNothingStored(db, r, refusal.label);
  });
}

test("cvs: form fields are validated (422 with each bad field), a JSON body is 415", async () => {
  const r = await recruiterWithCandidate(call);
  const file = bytesOf(CLASSIC_TEXT);
  const cases: [FormData, string[]][] = [
    [form({ candidate_id: r.candidateId }), ["file"]],
    [form({ file }, "cv.txt"), ["candidate_id"]],
    [form({ file, candidate_id: "not-a-uuid" }, "cv.txt"), ["candidate_id"]],
    [form({ file, candidate_id: r.candidateId, owner_id: r.userId }, "cv.txt"), ["owner_id"]],
    // A text field named "file" is not a file.
    [form({ file: "just text", candidate_id: r.candidateId }), ["file"]],
  ];
  for (const [body, paths] of cases) {
    const response = await call("/cvs", { body, token: r.token });
    assertEquals(response.status, 422, JSON.stringify(response.body));
    assertEquals(response.body.error.details.map((d: { path: string }) => d.path), paths);
  }
  const json = await call("/cvs", { json: { candidate_id: r.candidateId }, token: r.token });
  assertEquals(json.status, 415);
  const unauthenticated = await call("/cvs", { body: form({ file, candidate_id: r.candidateId }) });
  assertEquals(unauthenticated.status, 401);
  await assertNothingStored(db, r, "bad forms");
});

test("cvs: another recruiter's candidate (or an unknown one) is 404; nothing is kept", async () => {
  const owner = await recruiterWithCandidate(call);
  const intruder = await recruiterWithCandidate(call);
  for (const candidateId of [owner.candidateId, crypto.randomUUID()]) {
    const response = await call("/cvs", {
      body: form({ file: bytesOf(CLASSIC_TEXT), candidate_id: candidateId }, "cv.txt"),
      token: intruder.token,
    });
    assertEquals(response.status, 404, JSON.stringify(response.body));
  }
  await assertNothingStored(db, intruder, "intruder");
  await assertNothingStored(db, owner, "owner");
});

// --- the body limit, enforced while the body streams in ---------------------------------------

/**
 * Sends an upload's head over a raw connection, then the body in 64 KiB pieces (as declared by
 * Content-Length, or chunked) until the server answers or `total` bytes are sent. Returns the
 * answer's status line and how much was sent before it came.
 */
async function rawUpload(token: string, total: number, { chunked = false, sendBody = true } = {}) {
  const { hostname, port } = new URL(stack.url);
  const connection = await Deno.connect({ hostname, port: Number(port) });
  const encoder = new TextEncoder();
  const head = `POST /functions/v1/cvs HTTP/1.1\r\nHost: ${hostname}\r\n` +
    `Authorization: Bearer ${token}\r\nContent-Type: multipart/form-data; boundary=XyZ\r\n` +
    (chunked ? "Transfer-Encoding: chunked\r\n" : `Content-Length: ${total}\r\n`) + "\r\n";
  await connection.write(encoder.encode(head));
  let answer = "";
  const answered = (async () => {
    const buffer = new Uint8Array(4096);
    try {
      while (!answer.includes("\r\n\r\n")) {
        const read = await connection.read(buffer);
        if (read === null) break;
        answer += new TextDecoder().decode(buffer.subarray(0, read));
      }
    } catch {
      // The server may close the connection once it has answered.
    }
  })();
  let sent = 0;
  if (sendBody) {
    const piece = new Uint8Array(64 * 1024).fill(0x61);
    const frame = chunked
      ? new Uint8Array([...encoder.encode(`${piece.length.toString(16)}\r\n`), ...piece, 13, 10])
      : piece;
    try {
      while (!answer && sent < total) {
        for (let written = 0; written < frame.length;) {
          written += await connection.write(frame.subarray(written));
        }
        sent += piece.length;
      }
    } catch {
      // A refused body: the server stopped reading and closed.
    }
  }
  await Promise.race([answered, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  connection.close();
  return { status: Number(answer.split(" ")[1]), sent };
}

test("cvs: a body over the limit is refused (413) from its declared length, before it is sent", async () => {
  const r = await recruiterWithCandidate(call);
  const { status, sent } = await rawUpload(r.token, MAX_UPLOAD_BODY_BYTES + 1, {
    sendBody: false,
  });
  assertEquals([status, sent], [413, 0]);
  await assertNothingStored(db, r, "declared too large");
});

test("cvs: a chunked body is refused (413) as soon as it passes the limit, not read whole", async () => {
  const r = await recruiterWithCandidate(call);
  const total = 64 * 1024 * 1024;
  const { status, sent } = await rawUpload(r.token, total, { chunked: true });
  assertEquals(status, 413);
  // The server stopped at the limit; only what the sockets buffer went beyond it.
  assert(sent < MAX_UPLOAD_BODY_BYTES + 8 * 1024 * 1024, `sent ${sent} of ${total} bytes`);
  await assertNothingStored(db, r, "chunked too large");
});

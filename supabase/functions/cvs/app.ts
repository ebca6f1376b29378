/**
 * The cvs function: candidates' CV files, stored (shared/storage/) and parsed (shared/cv/).
 *
 * A CV's row and its file are kept in step. An upload's file is written first, then read and
 * parsed, then its row inserted; when anything after the write fails (an unreadable file,
 * another recruiter's candidate, the commit), the file is removed again. Writing first lets
 * pdf.js take the buffer it reads, so a 10 MB PDF is held once (an Edge Function has 256 MB).
 * A deletion removes the file inside the row's transaction: a file that cannot be removed keeps
 * its row. No connection is held while a file is read.
 */
import { cvExtractionEvent } from "@shared/audit/trail.ts";
import type { Principal } from "@shared/auth/principal.ts";
import { sha256Hex } from "@shared/auth/tokens.ts";
import * as routes from "@shared/contracts/cvs.ts";
import type { CvMimeType } from "@shared/cv/detect_type.ts";
import { attachmentDisposition, cleanFileName } from "@shared/cv/file_name.ts";
import { MAX_CV_BYTES, MAX_UPLOAD_BODY_BYTES } from "@shared/cv/limits.ts";
import type { ModelSettings } from "@shared/cv/model_parse.ts";
import { type ReadCv, readCv, rereadCv, uploadedCvType } from "@shared/cv/read.ts";
import { config } from "@shared/config.ts";
import { getRow, insertRow, listRows, updateRow } from "@shared/db/owned_table.ts";
import { cvs } from "@shared/db/tables.ts";
import { sql } from "@shared/db/statement.ts";
import { query, withUserTransaction } from "@shared/db/transaction.ts";
import { createApp, createRouter } from "@shared/http/app.ts";
import { envelope, paged } from "@shared/http/envelope.ts";
import { NotFoundError, PayloadTooLargeError, ValidationError } from "@shared/http/errors.ts";
import { type Cv, storedParsedCv } from "@shared/schemas/cv.ts";
import { cvStoragePath } from "@shared/storage/cv_path.ts";
import { cvStore } from "@shared/storage/cv_store.ts";

const notFound = () => new NotFoundError("CV not found.");
const fileMissing = () => new NotFoundError("The CV's file is missing.", "CV_FILE_MISSING");

interface StoredFile {
  storage_path: string;
  mime_type: CvMimeType;
  file_name: string;
}

const router = createRouter();

router.openapi(routes.upload, async (c) => {
  const principal = c.get("principal");
  const { file, candidate_id } = c.req.valid("form");
  if (file.size > MAX_CV_BYTES) {
    throw new PayloadTooLargeError("The CV file is larger than 10 MB.", "CV_TOO_LARGE");
  }
  if (file.size === 0) throw new ValidationError([{ path: "file", message: "The file is empty." }]);
  const size = file.size;
  const digest = sha256Hex(file.bytes);
  const mimeType = await uploadedCvType(file.bytes, file);

  const id = crypto.randomUUID();
  const ownerId = principal.claims.sub;
  const path = cvStoragePath(ownerId, id);
  const store = cvStore();
  try {
    // The file's bytes are a buffer of their own (shared/http/multipart.ts), which pdf.js takes
    // for its own: after readCv they are empty.
    await store.put(path, file.bytes, mimeType);
    const read = await readCv(file.bytes, mimeType, { model: cvModel() });
    const cv = await withUserTransaction(principal, async (tx) => {
      // Another recruiter's candidate fails here (the composite foreign key).
      const [row] = await query(
        tx,
        insertRow<Cv>(cvs, {
          id,
          owner_id: ownerId,
          candidate_id,
          file_name: cleanFileName(file.name, mimeType),
          mime_type: mimeType,
          size_bytes: size,
          sha256: digest,
          storage_path: path,
          ...parseColumns(read),
        }),
      );
      if (read.aiCall) await query(tx, cvExtractionEvent(id, read.aiCall));
      return row;
    });
    return c.json(envelope(cv), 201);
  } catch (error) {
    // The row is gone (rolled back, or never written); so must the file be: an unreadable
    // file, a candidate not the recruiter's, a failed commit. A write that failed half-way is
    // removed too, in case the store kept something.
    await store.remove(path).catch((cleanup) => orphaned(path, cleanup));
    throw error;
  }
});

router.openapi(routes.list, async (c) => {
  const { page, page_size, q, candidate_id } = c.req.valid("query");
  const [items, [{ total }]] = await withUserTransaction(
    c.get("principal"),
    listRows<Cv>(cvs, { page, page_size, q, filters: { candidate_id } }),
  );
  return c.json(envelope(paged(items.map(withDefaults), total, page, page_size)), 200);
});

router.openapi(routes.get, async (c) => {
  const [cv] = await withUserTransaction(
    c.get("principal"),
    getRow<Cv>(cvs, c.req.valid("param").id),
  );
  if (!cv) throw notFound();
  return c.json(envelope(withDefaults(cv)), 200);
});

router.openapi(routes.download, async (c) => {
  const stored = await storedFile(c.get("principal"), c.req.valid("param").id);
  const bytes = await cvStore().get(stored.storage_path);
  if (!bytes) throw fileMissing();
  return c.body(bytes, 200, {
    "Content-Type": stored.mime_type,
    "Content-Length": String(bytes.length),
    "Content-Disposition": attachmentDisposition(stored.file_name),
    // Never rendered in place, never sniffed into something runnable, never cached.
    "Content-Security-Policy": "default-src 'none'; sandbox",
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "private, no-store",
  });
});

router.openapi(routes.parse, async (c) => {
  const principal = c.get("principal");
  const id = c.req.valid("param").id;
  const stored = await storedFile(principal, id);
  const bytes = await cvStore().get(stored.storage_path);
  if (!bytes) throw fileMissing();
  const read = await rereadCv(bytes, stored.mime_type, { model: cvModel() });
  const [cv] = await withUserTransaction(principal, async (tx) => {
    const rows = await query(tx, updateRow<Cv>(cvs, id, parseColumns(read)));
    if (rows.length && read.aiCall) await query(tx, cvExtractionEvent(id, read.aiCall));
    return rows;
  });
  if (!cv) throw notFound();
  return c.json(envelope(cv), 200);
});

router.openapi(routes.remove, async (c) => {
  const store = cvStore();
  const deleted = await withUserTransaction(c.get("principal"), async (tx) => {
    const [row] = await query(
      tx,
      sql<{ id: string; storage_path: string }>`
        delete from cvs where id = ${c.req.valid("param").id} returning id, storage_path`,
    );
    // Inside the transaction: a file that cannot be removed keeps its row (503, try again),
    // so no CV is ever left on disk after it was reported deleted.
    if (row) await store.remove(row.storage_path);
    return row;
  });
  if (!deleted) throw notFound();
  return c.json(envelope({ id: deleted.id, deleted: true as const }), 200);
});

export const app = createApp("/cvs", { maxBodyBytes: MAX_UPLOAD_BODY_BYTES });
app.route("/", router);

async function storedFile(principal: Principal, id: string) {
  const [stored] = await withUserTransaction(
    principal,
    sql<StoredFile>`select storage_path, mime_type, file_name from cvs where id = ${id}`,
  );
  if (!stored) throw notFound();
  return stored;
}

/** The model a CV's structure is read with, when CV_PARSER=ai. */
function cvModel(): ModelSettings | undefined {
  const { cvParser, ai } = config();
  if (cvParser !== "ai" || ai.provider !== "openai") return undefined;
  return {
    baseUrl: ai.baseUrl,
    model: ai.model,
    apiKey: ai.apiKey,
    apiKeyHeader: ai.apiKeyHeader,
    timeoutMs: ai.timeoutMs,
    log: (message) => console.error(`cvs: ${message}`),
  };
}

/** A row as stored: a parse made before a field existed gets that field's default. */
function withDefaults(cv: Cv): Cv {
  return cv.parsed ? { ...cv, parsed: storedParsedCv(cv.parsed) } : cv;
}

function parseColumns(read: ReadCv) {
  return {
    parse_status: read.parseStatus,
    parsed: read.parsed,
    extracted_text: read.text,
    parse_error: read.parseError,
  };
}

function orphaned(path: string, error: unknown) {
  console.error(`cvs: could not remove ${path} after a failed upload: ${error}`);
}

/**
 * The cvs function's routes (served at /functions/v1/cvs): upload a CV file for a candidate
 * (multipart), list, read, download the file, parse again, delete.
 */
import { z } from "zod";
import { UploadedFile } from "../http/multipart.ts";
import { createRoute } from "../http/router.ts";
import { MAX_CV_BYTES } from "../cv/limits.ts";
import { page, PageQuery, Uuid } from "../schemas/common.ts";
import { Cv, CvCreate, CvMimeType } from "../schemas/cv.ts";
import { bearerAuth, errors, ok } from "./responses.ts";
import { Deleted, IdParams } from "./resource.ts";

const tags = ["cvs"];

/** The upload form: `candidate_id` as CvCreate says, and the file, judged by its content. */
export const CvUpload = CvCreate.extend({
  file: z.instanceof(UploadedFile, {
    error: "A file is required: the CV as a file part named `file`.",
  }).meta({
    type: "string",
    format: "binary",
    description: `The CV: PDF, DOCX or plain text (UTF-8), at most ${
      MAX_CV_BYTES / 1024 / 1024
    } MB. Its type is read from its content; the name and declared type are not trusted.`,
  }),
}).strict();

export const upload = createRoute({
  method: "post",
  path: "/",
  tags,
  summary: "Upload a candidate's CV",
  description: "Stores the file and parses it. A file that is encrypted, damaged or a " +
    "decompression bomb is refused (422 `CV_ENCRYPTED`, `CV_CORRUPT`, `CV_TOO_COMPLEX`) and " +
    "nothing is kept; a readable file without text (a scanned image) is kept with " +
    "`parse_status` `failed`. A name whose extension disagrees with the content is corrected " +
    "(`cv.pdf` holding a Word document is kept as `cv.docx`).",
  security: bearerAuth,
  request: {
    body: { required: true, content: { "multipart/form-data": { schema: CvUpload } } },
  },
  responses: {
    201: ok(Cv, "The new CV, parsed."),
    ...errors(400, 401, 404, 413, 415, 422, 503),
  },
});

export const CvListQuery = PageQuery.extend({
  candidate_id: Uuid.optional(),
  q: PageQuery.shape.q.meta({
    description: "Case-insensitive text search over the file name and the CV's text.",
  }),
}).strict();

export const list = createRoute({
  method: "get",
  path: "/",
  tags,
  summary: "List your CVs, newest first",
  security: bearerAuth,
  request: { query: CvListQuery },
  responses: { 200: ok(() => page(Cv), "A page of CVs."), ...errors(401, 422, 503) },
});

export const get = createRoute({
  method: "get",
  path: "/{id}",
  tags,
  summary: "One CV",
  security: bearerAuth,
  request: { params: IdParams },
  responses: { 200: ok(Cv, "The CV."), ...errors(401, 404, 422, 503) },
});

const fileContent = Object.fromEntries(
  CvMimeType.options.map((type) => [type, {
    schema: z.string().meta({ type: "string", format: "binary" }),
  }]),
);

export const download = createRoute({
  method: "get",
  path: "/{id}/file",
  tags,
  summary: "Download a CV's file as uploaded",
  description: "The original bytes with their type, as an attachment.",
  security: bearerAuth,
  request: { params: IdParams },
  responses: {
    200: { description: "The file.", content: fileContent },
    ...errors(401, 404, 422, 503),
  },
});

export const parse = createRoute({
  method: "post",
  path: "/{id}/parse",
  tags,
  summary: "Parse a CV again from its stored file",
  security: bearerAuth,
  request: { params: IdParams },
  responses: { 200: ok(Cv, "The CV, parsed again."), ...errors(401, 404, 422, 503) },
});

export const remove = createRoute({
  method: "delete",
  path: "/{id}",
  tags,
  summary: "Delete a CV and its file",
  security: bearerAuth,
  request: { params: IdParams },
  responses: { 200: ok(Deleted, "Deleted."), ...errors(401, 404, 422, 503) },
});

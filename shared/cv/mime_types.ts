/**
 * The CV file types, by their MIME type (shared/schemas/cv.ts lists the same three). Apart from
 * detect_type.ts so that naming a file (file_name.ts) does not load the ZIP reader with it.
 */
import type { z } from "zod";
import type { CvMimeType as CvMimeTypeSchema } from "../schemas/cv.ts";

/** One of the CV file types (shared/schemas/cv.ts). */
export type CvMimeType = z.infer<typeof CvMimeTypeSchema>;

export const PDF = "application/pdf";
export const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
export const TEXT = "text/plain";

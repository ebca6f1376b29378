/**
 * The limits of a CV upload and of reading one: what the schema allows (public.cvs.size_bytes
 * is at most 10 MiB) and what keeps a hostile file from exhausting an edge worker's memory.
 */

/** The largest CV file accepted: the `size_bytes` check of public.cvs. */
export const MAX_CV_BYTES = 10 * 1024 * 1024;

/**
 * The largest upload body: the file plus the multipart framing and the `candidate_id` field.
 * Anything bigger is refused with 413 while it streams in, before it is read whole.
 */
export const MAX_UPLOAD_BODY_BYTES = MAX_CV_BYTES + 64 * 1024;

/** A CV longer than this is not a CV: refused (422 CV_TOO_COMPLEX). */
export const MAX_PDF_PAGES = 50;

/**
 * The pages read of a longer PDF: a CV's work history is on its first pages, and pdf.js parses
 * a page only when asked, so the pages after these cost nothing.
 */
export const MAX_PDF_PAGES_READ = 8;

/** Glyphs kept from a PDF (visible and hidden): a dense CV page holds about 5,000. */
export const MAX_PDF_GLYPHS = 60_000;

/**
 * How long pdf.js may work on a PDF's pages before the read gives up (422 CV_TOO_COMPLEX): a
 * crafted page whose content takes pdf.js seconds to parse. A real CV's pages take 50-300 ms.
 */
export const PDF_READ_BUDGET_MS = 1_500;

/** A DOCX holds a few dozen parts; thousands are a sign of a crafted archive. */
export const MAX_ZIP_ENTRIES = 1000;

/** What one DOCX part may inflate to, and all the parts read together (zip bombs). */
export const MAX_INFLATED_ENTRY_BYTES = 20 * 1024 * 1024;
export const MAX_INFLATED_TOTAL_BYTES = 50 * 1024 * 1024;

/**
 * What a PDF's compressed streams other than images (page contents, fonts, object streams) may
 * inflate to together (PDF decompression bombs). A real CV's are a few megabytes.
 */
export const MAX_PDF_INFLATED_BYTES = 100 * 1024 * 1024;

/** Extracted text kept (and searched) per CV; a real CV is a few thousand characters. */
export const MAX_EXTRACTED_CHARS = 100_000;

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
export const MAX_PDF_PAGES_READ = 6;

/** Glyphs kept from a PDF (visible and hidden): a dense CV page holds about 5,000. */
export const MAX_PDF_GLYPHS = 20_000;

/** A DOCX holds a few dozen parts; thousands are a sign of a crafted archive. */
export const MAX_ZIP_ENTRIES = 1000;

/**
 * What one DOCX part may inflate to, and all the parts read together (the body, headers and
 * footers; images are never inflated): zip bombs, and the CPU of scanning the XML. A real CV's
 * document.xml is 20-500 KB.
 */
export const MAX_INFLATED_ENTRY_BYTES = 8 * 1024 * 1024;
export const MAX_INFLATED_TOTAL_BYTES = 12 * 1024 * 1024;

/**
 * What a PDF's streams other than images (page contents, fonts, object streams) may inflate to
 * together (PDF decompression bombs). A real CV's are under a megabyte, a few with large
 * embedded fonts (CJK) some megabytes.
 */
export const MAX_PDF_INFLATED_BYTES = 40 * 1024 * 1024;

/**
 * What a PDF's drawing instructions (page contents, forms, glyph procedures, object streams) may
 * come to, inflated: the memory pdf.js would hold for them. A real CV page holds 10-350 KB (a
 * browser's "print to PDF" draws each glyph on its own: the most).
 */
export const MAX_PDF_CONTENT_BYTES = 8 * 1024 * 1024;

/**
 * The operators pdf.js may parse for the pages read (theirs, and the forms and glyphs they
 * share). pdf.js spends 2-4 µs of CPU on each and cannot be stopped part-way (it yields to
 * microtasks only), so this bounds its work before it starts. A real CV page holds 500-16,000
 * (a browser-printed page the most); reading stops before the page that would pass the budget,
 * and a first page past it is refused.
 */
export const MAX_PDF_OPERATORS_READ = 50_000;

/** Extracted text kept (and searched) per CV; a real CV is a few thousand characters. */
export const MAX_EXTRACTED_CHARS = 100_000;

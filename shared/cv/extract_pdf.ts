/**
 * The text of a PDF in reading order, with pdf.js as unpdf packages it for serverless runtimes
 * (pure JavaScript: no worker, no canvas, no native code; runs on Deno and Supabase's edge
 * runtime as it is).
 *
 * Each page's operator list is replayed (pdf_glyphs.ts) for every glyph's place, size, weight
 * and visibility, then laid out (pdf_layout.ts): lines, columns, reading order. Hidden glyphs
 * are kept apart, for the recruiter to see, never for the parser.
 *
 * Work is bounded for an edge function's CPU (2 s a request) and memory (256 MB): pdf_guard.ts
 * refuses decompression bombs and files of too many drawing instructions before pdf.js starts,
 * and counts each page's operators; a file of more than MAX_PDF_PAGES pages is refused; pages are
 * read from the first while their operators (and the shared ones) stay within
 * MAX_PDF_OPERATORS_READ, at most MAX_PDF_PAGES_READ of them (pdf.js parses a page only when
 * asked for it), until MAX_PDF_GLYPHS glyphs are in hand; a first page over the operator budget
 * is refused (422 CV_TOO_COMPLEX); images are never decoded (maxImageSize).
 *
 * A scanned CV run through OCR carries its text as an invisible layer over the page's image
 * (render mode 3): on a page whose text is nearly all invisible, in a file that holds images,
 * that text is the page's text, not hidden text.
 */
import { getDocumentProxy } from "unpdf";
import type { CvLine, CvText } from "./cv_text.ts";
import { corrupt, encrypted, tooComplex, UnreadableCvError } from "./errors.ts";
import {
  MAX_PDF_GLYPHS,
  MAX_PDF_OPERATORS_READ,
  MAX_PDF_PAGES,
  MAX_PDF_PAGES_READ,
} from "./limits.ts";
import { measurePdfStreams } from "./pdf_guard.ts";
import { type Glyph, type OperatorList, pageGlyphs } from "./pdf_glyphs.ts";
import { hiddenLines, layOutPage, type PageLine } from "./pdf_layout.ts";

const WHAT = "PDF file";
/** pdf.js's AnnotationMode.DISABLE: form fields and annotations are not the CV's text. */
const ANNOTATIONS_DISABLED = 0;

/**
 * Reads a PDF. pdf.js takes the buffer it is given (it is transferred to its worker side, and
 * `bytes` is left detached, empty) unless `bytes` is a view of part of a buffer: a caller that
 * needs the bytes afterwards passes a copy, or reads them again.
 */
export async function extractPdfText(bytes: Uint8Array): Promise<CvText> {
  const streams = await measurePdfStreams(bytes);
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    pdf = await getDocumentProxy(bytes, {
      verbosity: 0,
      // Font faces are for drawing; with them disabled pdf.js builds every glyph's outline,
      // which doubles the CPU a page costs. Here they fail to load (no FontFace API), quietly.
      disableFontFace: false,
      stopAtErrors: false,
      // Images are not text: never decoded, however large.
      maxImageSize: 1,
    });
  } catch (error) {
    if ((error as { name?: string })?.name === "PasswordException") throw encrypted(WHAT);
    throw corrupt(WHAT);
  }
  try {
    if (pdf.numPages > MAX_PDF_PAGES) {
      throw tooComplex(WHAT, `it has ${pdf.numPages} pages (at most ${MAX_PDF_PAGES})`);
    }
    const pages: { lines: PageLine[]; glyphs: Glyph[] }[] = [];
    const hidden: string[] = [];
    let glyphCount = 0;
    let operators = streams.sharedOperators;
    for (let n = 1; n <= Math.min(pdf.numPages, MAX_PDF_PAGES_READ); n++) {
      const page = await pdf.getPage(n);
      // A page pdf_guard.ts did not find (its objects written in a way it does not read) is taken
      // to hold every operator of the file.
      const own = streams.pageOperators.get(page.ref?.num ?? -1) ??
        (n === 1 ? streams.totalOperators - streams.sharedOperators : Infinity);
      if (operators + own > MAX_PDF_OPERATORS_READ) {
        if (n === 1) {
          throw tooComplex(
            WHAT,
            `its first page draws with more than ${MAX_PDF_OPERATORS_READ} operations`,
          );
        }
        break;
      }
      operators += own;
      const list = await page.getOperatorList({ annotationMode: ANNOTATIONS_DISABLED });
      const drawn = pageGlyphs(
        list as OperatorList,
        page.view,
        (name) => {
          try {
            return page.commonObjs.get(name);
          } catch {
            return null;
          }
        },
        MAX_PDF_GLYPHS - glyphCount,
        streams.pagePainted.get(page.ref?.num ?? -1),
      );
      page.cleanup();
      const glyphs = streams.images > 0 && isOcrLayer(drawn)
        ? drawn.map((glyph) => glyph.hidden === "invisible" ? { ...glyph, hidden: null } : glyph)
        : drawn;
      glyphCount += glyphs.length;
      const visible = glyphs.filter((glyph) => !glyph.hidden);
      hidden.push(...hiddenLines(glyphs.filter((glyph) => glyph.hidden)));
      pages.push({ lines: layOutPage(visible), glyphs: visible });
      if (glyphCount >= MAX_PDF_GLYPHS) break;
    }
    const body = bodySize(pages.flatMap((page) => page.glyphs));
    const lines: CvLine[] = pages.flatMap((page, i) =>
      page.lines.map((line) => ({
        text: line.text,
        size: body ? Math.round((line.size / body) * 100) / 100 : undefined,
        bold: line.bold,
        x: Math.round(line.x * 10) / 10,
        page: i + 1,
      }))
    );
    return { lines, hidden };
  } catch (error) {
    if (error instanceof UnreadableCvError) throw error;
    throw corrupt(WHAT);
  } finally {
    await pdf.loadingTask.destroy().catch(() => {});
  }
}

/** A page whose text is nearly all invisible: an OCR layer over a scanned image. */
function isOcrLayer(glyphs: Glyph[]): boolean {
  const letters = glyphs.filter((glyph) => !glyph.space);
  const invisible = letters.filter((glyph) => glyph.hidden === "invisible").length;
  return invisible >= 20 && invisible >= 0.8 * letters.length;
}

/** The body text's size: the size most characters are set in. */
function bodySize(glyphs: Glyph[]): number {
  const counts = new Map<number, number>();
  for (const glyph of glyphs) {
    const size = Math.round(glyph.size * 2) / 2;
    counts.set(size, (counts.get(size) ?? 0) + 1);
  }
  let best = 0;
  let most = 0;
  for (const [size, count] of counts) {
    if (count > most) [best, most] = [size, count];
  }
  return best;
}

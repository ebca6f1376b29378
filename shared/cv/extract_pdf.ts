/**
 * The text of a PDF in reading order, with pdf.js as unpdf packages it for serverless runtimes
 * (pure JavaScript: no worker, no canvas, no native code; runs on Deno and Supabase's edge
 * runtime as it is).
 *
 * Each page's operator list is replayed (pdf_glyphs.ts) for every glyph's place, size, weight
 * and visibility, then laid out (pdf_layout.ts): lines, columns, reading order. Hidden glyphs
 * are kept apart, for the recruiter to see, never for the parser.
 *
 * Work is bounded for an edge function's CPU (2 s a request) and memory (256 MB): a file of more
 * than MAX_PDF_PAGES pages is refused; only the first MAX_PDF_PAGES_READ pages are read (pdf.js
 * parses a page only when asked for it), and reading stops once MAX_PDF_GLYPHS glyphs are in
 * hand; images are never decoded (maxImageSize); a page that pdf.js is still working on when
 * PDF_READ_BUDGET_MS have passed ends the read with 422 CV_TOO_COMPLEX.
 */
import { getDocumentProxy } from "unpdf";
import type { CvLine, CvText } from "./cv_text.ts";
import { corrupt, encrypted, tooComplex, UnreadableCvError } from "./errors.ts";
import { MAX_PDF_GLYPHS, MAX_PDF_PAGES, MAX_PDF_PAGES_READ, PDF_READ_BUDGET_MS } from "./limits.ts";
import { assertPdfInflatesWithinBudget } from "./pdf_guard.ts";
import { type Glyph, type OperatorList, pageGlyphs } from "./pdf_glyphs.ts";
import { hiddenLines, layOutPage, type PageLine } from "./pdf_layout.ts";

const WHAT = "PDF file";
/** pdf.js's AnnotationMode.DISABLE: form fields and annotations are not the CV's text. */
const ANNOTATIONS_DISABLED = 0;

export async function extractPdfText(bytes: Uint8Array): Promise<CvText> {
  assertPdfInflatesWithinBudget(bytes);
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // pdf.js may take ownership of the buffer it is given: hand it a copy.
    pdf = await getDocumentProxy(bytes.slice(), {
      verbosity: 0,
      disableFontFace: true,
      stopAtErrors: false,
      // Images are not text: never decoded, however large.
      maxImageSize: 1,
    });
  } catch (error) {
    if ((error as { name?: string })?.name === "PasswordException") throw encrypted(WHAT);
    throw corrupt(WHAT);
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const overBudget = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(tooComplex(WHAT, "its pages take too long to read")),
      PDF_READ_BUDGET_MS,
    );
  });
  // Handled here so that firing between two reads is no unhandled rejection; the races see it.
  overBudget.catch(() => {});
  try {
    if (pdf.numPages > MAX_PDF_PAGES) {
      throw tooComplex(WHAT, `it has ${pdf.numPages} pages (at most ${MAX_PDF_PAGES})`);
    }
    const pages: { lines: PageLine[]; glyphs: Glyph[] }[] = [];
    const hidden: string[] = [];
    let glyphCount = 0;
    for (let n = 1; n <= Math.min(pdf.numPages, MAX_PDF_PAGES_READ); n++) {
      const page = await Promise.race([pdf.getPage(n), overBudget]);
      const list = await Promise.race([
        page.getOperatorList({ annotationMode: ANNOTATIONS_DISABLED }),
        overBudget,
      ]);
      const glyphs = pageGlyphs(list as OperatorList, page.view, (name) => {
        try {
          return page.commonObjs.get(name);
        } catch {
          return null;
        }
      }, MAX_PDF_GLYPHS - glyphCount);
      page.cleanup();
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
    clearTimeout(timer);
    await pdf.loadingTask.destroy().catch(() => {});
  }
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

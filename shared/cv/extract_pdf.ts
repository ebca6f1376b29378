/**
 * The text of a PDF, with pdf.js as unpdf packages it for serverless runtimes (pure JavaScript:
 * no worker, no canvas, no native code; runs on Deno and Supabase's edge runtime as it is).
 *
 * Lines are rebuilt from pdf.js's text items in content order: an item starts a new line when
 * it sits on another baseline or moves back left, and pieces of one line are joined with a
 * space, or a tab across a wide gap (a right-aligned date beside a job title), which the parser
 * reads as a separator.
 */
import { extractTextItems, getDocumentProxy, type StructuredTextItem } from "unpdf";
import { corrupt, encrypted, tooComplex, UnreadableCvError } from "./errors.ts";
import { MAX_PDF_PAGES } from "./limits.ts";
import { assertPdfInflatesWithinBudget } from "./pdf_guard.ts";

const WHAT = "PDF file";

export async function extractPdfText(bytes: Uint8Array): Promise<string> {
  assertPdfInflatesWithinBudget(bytes);
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // pdf.js may take ownership of the buffer it is given: hand it a copy.
    pdf = await getDocumentProxy(bytes.slice(), {
      verbosity: 0,
      disableFontFace: true,
      stopAtErrors: false,
    });
  } catch (error) {
    if ((error as { name?: string })?.name === "PasswordException") throw encrypted(WHAT);
    throw corrupt(WHAT);
  }
  try {
    if (pdf.numPages > MAX_PDF_PAGES) {
      throw tooComplex(WHAT, `it has ${pdf.numPages} pages (at most ${MAX_PDF_PAGES})`);
    }
    const { items } = await extractTextItems(pdf);
    return items.map(pageText).join("\n");
  } catch (error) {
    if (error instanceof UnreadableCvError) throw error;
    throw corrupt(WHAT);
  } finally {
    await pdf.loadingTask.destroy().catch(() => {});
  }
}

function pageText(items: StructuredTextItem[]): string {
  const lines: string[] = [];
  let line = "";
  let lineY = Number.NaN;
  let lineEnd = Number.NaN;
  let breakNext = false;
  for (const item of items) {
    const size = Math.max(item.fontSize || item.height || 10, 1);
    if (item.str.trim() === "") {
      // A spacer: it ends a line when marked so, else it is a space at most.
      if (item.hasEOL) breakNext = true;
      else if (line && !line.endsWith(" ")) line += " ";
      continue;
    }
    const sameLine = !breakNext && line !== "" && Math.abs(item.y - lineY) < size * 0.5 &&
      item.x >= lineEnd - size;
    if (sameLine) {
      const gap = item.x - lineEnd;
      if (gap > size * 2) line = `${line.trimEnd()}\t`;
      else if (gap > size * 0.15 && !line.endsWith(" ")) line += " ";
    } else if (line) {
      lines.push(line.trimEnd());
      line = "";
    }
    if (!line) lineY = item.y;
    line += item.str;
    lineEnd = item.x + item.width;
    breakNext = item.hasEOL;
  }
  if (line) lines.push(line.trimEnd());
  return lines.join("\n");
}

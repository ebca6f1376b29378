/**
 * The CV files the budgets section uploads: the heaviest a real CV gets within the upload's
 * caps (10 MB, 50 pages), built with the tests' own writers where they fit
 * (tests/helpers/cv_fixtures.ts), written into a folder:
 *
 *   deno run --allow-all bench/fixtures.ts <folder>
 *
 * - pages.pdf:  50 pages (the page cap), each a full page of text (60 lines) and a figure (an
 *               image of about 190 KB), about 10 MB in all (the size cap): a long portfolio CV.
 * - photo.pdf:  the tests' two-page CV with a 9.8 MB photograph (an image stream).
 * - dense.docx: a DOCX whose document part inflates to just under the 8 MB a part may
 *               (shared/cv/limits.ts), all paragraphs of CV text.
 * - hostile.pdf: 50 pages of nothing but text, as much as fits in 10 MB of compressed content
 *               streams (about 5,000 lines a page): no real CV, but within every cap the upload
 *               checks. Measured apart from the budgets (see bench/budgets.mjs).
 * - cv.txt:     the tests' classic text CV, for the interviews' questions.
 *
 * Words are drawn from a CV's vocabulary by a seeded generator, so the files are the same from
 * run to run and compress about as real prose does (repeating one line would shrink to nothing).
 */
import { MAX_INFLATED_ENTRY_BYTES } from "../shared/cv/limits.ts";
import { join } from "node:path";
import { strToU8 } from "fflate";
import {
  CLASSIC_TEXT,
  classicPdf,
  docx,
  paragraph,
  pdf,
  type PdfText,
} from "../tests/helpers/cv_fixtures.ts";

const folder = Deno.args[0];
if (!folder) throw new Error("usage: bench/fixtures.ts <folder>");

const SIZE_CAP = 10 * 1024 * 1024;
/** The most a DOCX part may inflate to (shared/cv/limits.ts): the densest DOCX still read. */
const PART_CAP = MAX_INFLATED_ENTRY_BYTES;

const WORDS = (
  "designed built led migrated scaled shipped owned reduced improved automated mentored " +
  "TypeScript PostgreSQL Kubernetes Terraform Python Kafka Spark Airflow React Node.js AWS " +
  "GCP Azure Docker Redis GraphQL REST gRPC CI/CD latency throughput reliability platform " +
  "services pipelines analytics payments search billing onboarding observability teams " +
  "engineers customers product roadmap architecture incidents on-call migrations the a of to " +
  "and with for across by in from 30% 2x 99.99% millions daily users requests events"
).split(" ");

let seed = 20261204;
function random(): number {
  // xorshift32: the same files on every run.
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) / 2 ** 32;
}

function sentence(words: number): string {
  return Array.from({ length: words }, () => WORDS[Math.floor(random() * WORDS.length)]).join(" ");
}

const HEADINGS = ["Experience", "Projects", "Skills", "Education", "Publications", "Talks"];

/** One page of text: a heading every 20 lines, bullets between, `lines` lines in all. */
function page(lines: number): PdfText[] {
  return Array.from(
    { length: lines },
    (_, i) =>
      i % 20 === 0
        ? { text: HEADINGS[(i / 20) % HEADINGS.length], x: 50, y: 800 - (i % 90) * 9, bold: true }
        : { text: `• ${sentence(12)}`, x: 60, y: 800 - (i % 90) * 9, size: 8 },
  );
}

function hostilePdf(): Uint8Array {
  // How many lines a page can hold for 50 pages to come to just under the size cap.
  const probe = pdf([page(1000)]).length;
  const lines = Math.floor((1000 * (SIZE_CAP * 0.97)) / 50 / probe);
  return pdf(Array.from({ length: 50 }, () => page(lines)));
}

function noise(size: number): Uint8Array {
  const bytes = new Uint8Array(Math.ceil(size / 4) * 4);
  const words = new DataView(bytes.buffer);
  for (let i = 0; i < bytes.length; i += 4) words.setUint32(i, (random() * 2 ** 32) >>> 0);
  return bytes.subarray(0, size);
}

/**
 * 50 pages, each 60 lines of 8-point text over a figure: what the tests' writer makes, with an
 * image XObject painted on every page (a JPEG's bytes as far as size goes; text extraction never
 * decodes images), the images sized so that the file comes to just under the size cap.
 */
function pagesPdf(): Uint8Array {
  const pages = Array.from({ length: 50 }, () =>
    Array.from({ length: 60 }, (_, i): PdfText => ({
      text: sentence(15),
      x: 50,
      y: 810 - i * 8.5,
      size: 8,
    })));
  const text = pdf(pages).length;
  const imageBytes = Math.floor((SIZE_CAP * 0.985 - text) / pages.length) - 400;
  return pdf(pages, { pageImages: pages.map(() => noise(imageBytes)) });
}

function photoPdf(): Uint8Array {
  const photo = noise(Math.floor(SIZE_CAP * 0.935));
  const head = new TextEncoder().encode(
    `<< /Type /XObject /Subtype /Image /Width 3000 /Height 4000 /ColorSpace /DeviceRGB ` +
      `/BitsPerComponent 8 /Filter /DCTDecode /Length ${photo.length} >>\nstream\n`,
  );
  const tail = new TextEncoder().encode("\nendstream");
  const stream = new Uint8Array(head.length + photo.length + tail.length);
  stream.set(head);
  stream.set(photo, head.length);
  stream.set(tail, head.length + photo.length);
  return classicPdf({ extraStreams: [stream] });
}

function denseDocx(): Uint8Array {
  const parts: string[] = [];
  let size = 0;
  // The part's XML, the wrapper included, stays under the cap by a margin.
  while (size < PART_CAP * 0.97) {
    const xml = paragraph(HEADINGS[parts.length % HEADINGS.length], { bold: true }) +
      Array.from({ length: 19 }, () => paragraph(sentence(14), { list: true })).join("");
    parts.push(xml);
    size += xml.length;
  }
  return docx(parts.join(""));
}

const files: Record<string, Uint8Array> = {
  "pages.pdf": pagesPdf(),
  "hostile.pdf": hostilePdf(),
  "photo.pdf": photoPdf(),
  "dense.docx": denseDocx(),
  "cv.txt": strToU8(CLASSIC_TEXT),
};
for (const [name, bytes] of Object.entries(files)) {
  if (bytes.length > SIZE_CAP) throw new Error(`${name} is over the size cap: ${bytes.length}`);
  await Deno.writeFile(join(folder, name), bytes);
}
console.log(JSON.stringify(Object.fromEntries(
  Object.entries(files).map(([name, bytes]) => [name, bytes.length]),
)));

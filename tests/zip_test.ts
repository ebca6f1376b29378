/**
 * The DOCX archive reader (shared/cv/zip.ts) on its own: a part reads back byte for byte; a
 * part whose compressed data is cut short, or that inflates to other than its declared size, is
 * refused as corrupt (the platform's inflater reports neither); a part past its budget is
 * refused as too complex as soon as it passes it, whatever the archive declares; a reader that
 * stops early stops the inflater and is told nothing of what it did not read.
 */
import { strToU8, zipSync } from "fflate";
import { assertEquals } from "./helpers/assert.ts";
import { concat } from "./helpers/cv_fixtures.ts";
import { test } from "./helpers/stack.ts";
import { UnreadableCvError } from "../shared/cv/errors.ts";
import { readZipDirectory, type ZipEntry, zipEntryChunks } from "../shared/cv/zip.ts";

const BODY = strToU8(
  "<w:document>" + "<w:p><w:r><w:t>Line</w:t></w:r></w:p>".repeat(5000) +
    "</w:document>",
);

function archive(level: 0 | 6 = 6) {
  return zipSync({ "word/document.xml": BODY }, { level });
}

/** The whole part, its chunks put together. */
async function readWhole(bytes: Uint8Array, entry: ZipEntry, limit?: number) {
  const chunks = [];
  for await (const chunk of zipEntryChunks(bytes, entry, limit)) chunks.push(chunk);
  return concat(chunks);
}

async function refusal(
  bytes: Uint8Array,
  limit?: number,
  entry = readZipDirectory(bytes)[0],
): Promise<string> {
  try {
    await readWhole(bytes, entry, limit);
    return "read";
  } catch (error) {
    if (!(error instanceof UnreadableCvError)) throw error;
    return `${error.code}: ${error.message}`;
  }
}

test("a part reads back byte for byte, deflated or stored", async () => {
  for (const level of [6, 0] as const) {
    const bytes = archive(level);
    const [entry] = readZipDirectory(bytes);
    assertEquals(await readWhole(bytes, entry), BODY);
  }
});

/** The archive with its one entry's central-directory fields changed. */
function withDirectory(change: (view: DataView, at: number) => void) {
  const bytes = archive();
  const at = bytes.length - 22 - 46 - "word/document.xml".length;
  const view = new DataView(bytes.buffer);
  assertEquals(view.getUint32(at, true), 0x02014b50, "the central directory's entry");
  change(view, at);
  return bytes;
}

test("a part whose compressed data is cut short is corrupt", async () => {
  // Half the compressed data: the platform's inflater ends quietly with half the output.
  const cut = withDirectory((view, at) =>
    view.setUint32(at + 20, Math.floor(view.getUint32(at + 20, true) / 2), true)
  );
  const why = await refusal(cut);
  assertEquals(why.startsWith("CV_CORRUPT") && why.includes("cut short"), true, why);
});

test("a part that inflates to other than its declared size is corrupt", async () => {
  const lying = withDirectory((view, at) =>
    view.setUint32(at + 24, view.getUint32(at + 24, true) - 1, true)
  );
  const why = await refusal(lying);
  assertEquals(why.startsWith("CV_CORRUPT"), true, why);
});

test("a part past its budget is too complex, whatever it declares", async () => {
  for (const declared of [BODY.length, 1000]) {
    const bytes = withDirectory((view, at) => view.setUint32(at + 24, declared, true));
    const why = await refusal(bytes, 10_000);
    assertEquals(why.startsWith("CV_TOO_COMPLEX"), true, why);
  }
});

test("a reader that stops early is told nothing of the part's end", async () => {
  // A part that inflates in many chunks (numbers compress less than repeated lines), whose
  // declared size is a lie found out only at the end: a reader that stops first never reaches
  // it, and gets what it read.
  const body = strToU8(
    Array.from({ length: 40_000 }, (_, i) => `<w:p><w:t>${i * 7919 % 100_003}</w:t></w:p>`)
      .join(""),
  );
  const bytes = zipSync({ "word/document.xml": body }, { level: 6 });
  const [entry] = readZipDirectory(bytes);
  entry.declaredSize += 1;
  let read = 0;
  for await (const chunk of zipEntryChunks(bytes, entry)) {
    read += chunk.length;
    break;
  }
  assertEquals(read > 0 && read < body.length, true, `read ${read} of ${body.length}`);
  const why = await refusal(bytes, undefined, entry);
  assertEquals(why.startsWith("CV_CORRUPT") && why.includes("cut short"), true, why);
});

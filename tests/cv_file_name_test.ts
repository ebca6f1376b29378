/** A CV's file name as stored and served (shared/cv/file_name.ts). */
import { assertEquals } from "./helpers/assert.ts";
import { DOCX, PDF, TEXT } from "./helpers/cv_upload.ts";
import { test } from "./helpers/stack.ts";
import { cleanFileName } from "../shared/cv/file_name.ts";

test("cv file names: no path, no control or bidi characters, the content's extension, 255 max", () => {
  assertEquals(cleanFileName("C:\\Users\\me\\cv.pdf", PDF), "cv.pdf");
  assertEquals(cleanFileName("../../x/\u0000evil\u202E.txt", TEXT), "evil.txt");
  assertEquals(cleanFileName("cv.PDF", PDF), "cv.PDF");
  assertEquals(cleanFileName("cv.pdf", DOCX), "cv.docx");
  assertEquals(cleanFileName("Jane.Doe", TEXT), "Jane.Doe.txt");
  assertEquals(cleanFileName("...", PDF), "cv.pdf");
  const long = cleanFileName(`${"é".repeat(300)}.pdf`, PDF);
  assertEquals([long.length, long.endsWith("é.pdf")], [255, true]);
  assertEquals(cleanFileName(`${"😀".repeat(200)}.pdf`, PDF).length <= 255, true);
});

/**
 * CV files the tests generate, in several layouts and formats, and the hostile or broken files
 * the upload must refuse: plain text, DOCX (a real WordprocessingML package zipped with
 * fflate), PDF (written by hand here: catalog, pages, Helvetica, FlateDecode content streams,
 * cross-reference table), an encrypted PDF (an /Encrypt dictionary whose password is not
 * empty), damaged files, zip bombs and a PDF decompression bomb.
 */
import { strToU8, zipSync, zlibSync } from "fflate";

const encoder = new TextEncoder();

// --- plain text ------------------------------------------------------------------------------

/** A classic one-column CV: name, title and contact line on top, then headed sections. */
export const CLASSIC_TEXT = `JANE DOE
Senior Software Engineer
jane.doe@example.com | +1 (555) 010-0199 | Berlin, Germany

Summary
Backend engineer who has shipped TypeScript and PostgreSQL systems for a decade.

Experience
Senior Software Engineer — Acme Corp    Jan 2019 – Present
• Led the migration to Kubernetes and Terraform.
• Built REST APIs in Node.js.

Software Engineer at Initech (2015-2019)
- Wrote Python services on AWS.

Junior Developer, Globex GmbH
03/2013 - 06/2015

Education
M.Sc. Computer Science, TU Berlin, 2011 – 2013
B.Sc. Mathematics, University of Lisbon

Skills
TypeScript, Go, PostgreSQL, Docker; React (5 years)
Tools: Git, Jira

Languages
English (native), German – C1, Spanish (basic)
`;

/** Labelled contact fields, upper-case headings, dates in other formats, no "Present". */
export const LABELLED_TEXT = `Curriculum Vitae
Name: Carlos Silva
Phone: +351 912 345 678
Address: Porto, Portugal
Email: Carlos@Silva.pt

WORK HISTORY
Umbrella Labs
Lead Engineer
2021-07 to 2024-02
 * Apache Spark pipelines on GCP.

Globex Inc	2017 - 2021
Data Analyst
 * Tableau dashboards and SQL.

Trainee | Initrode | 09/2016 - 12/2016

EDUCATION
BSc Informatics — University of Porto — 2013-2017

LANGUAGES: Portuguese, English, French (B2)
`;

// --- DOCX ------------------------------------------------------------------------------------

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** A paragraph: runs of text, `\t` as a tab; `list` makes it a bulleted list item. */
export function paragraph(text: string, { list = false, bold = false } = {}): string {
  const runs = text.split("\t").map((part) =>
    `<w:r>${bold ? "<w:rPr><w:b/></w:rPr>" : ""}<w:t xml:space="preserve">${
      escapeXml(part)
    }</w:t></w:r>`
  ).join("<w:r><w:tab/></w:r>");
  const properties = list
    ? '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>'
    : "";
  return `<w:p>${properties}${runs}</w:p>`;
}

/** A table row of one-paragraph cells. */
export function tableRow(...cells: string[]): string {
  return `<w:tr>${
    cells.map((cell) =>
      `<w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/></w:tcPr>${paragraph(cell)}</w:tc>`
    )
      .join("")
  }</w:tr>`;
}

export function table(...rows: string[]): string {
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>${rows.join("")}</w:tbl>`;
}

/** A DOCX package: content types, relationships, the body, and optionally a header part. */
export function docx(body: string, { header }: { header?: string } = {}): Uint8Array {
  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
        `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
        `<Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
        (header
          ? `<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>`
          : "") +
        `</Types>`,
    ),
    "_rels/.rels": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>` +
        `</Relationships>`,
    ),
    "word/document.xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}` +
        `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`,
    ),
  };
  if (header) {
    files["word/header1.xml"] = strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr ${W}>${header}</w:hdr>`,
    );
  }
  return zipSync(files, { level: 6 });
}

/** A modern DOCX CV: contact in the page header, jobs as table rows, bullets as list items. */
export function modernDocx(): Uint8Array {
  const header = paragraph("Amira Haddad") +
    paragraph("amira.haddad@example.org\t+44 20 7946 0958\tLondon, United Kingdom");
  const body = [
    paragraph("Profile", { bold: true }),
    paragraph("Product-minded engineer: Python, Django & React; fluent in Arabic and French."),
    paragraph("Professional Experience", { bold: true }),
    table(
      tableRow("Engineering Manager, Monzo Bank", "Sep 2020 – Present"),
      tableRow("Senior Developer, Deliveroo Ltd", "Feb 2016 – Aug 2020"),
    ),
    paragraph("Grew the payments team from 3 to 11 engineers.", { list: true }),
    paragraph("Education", { bold: true }),
    paragraph("MEng Software Engineering, Imperial College London, 2011 – 2015"),
    paragraph("Skills", { bold: true }),
    paragraph("Python, Django, React, AWS, Leadership"),
    paragraph("Languages", { bold: true }),
    paragraph("English (fluent), Arabic (native), French (B2)"),
  ].join("");
  return docx(body, { header });
}

/** A DOCX whose body inflates to `size` bytes; `lie` makes the archive declare it tiny. */
export function zipBombDocx(size: number, { lie = false } = {}): Uint8Array {
  const filler = new Uint8Array(size).fill(0x20);
  const bytes = zipSync({
    "[Content_Types].xml": strToU8("<Types/>"),
    "word/document.xml": filler,
  }, { level: 9 });
  if (lie) setDeclaredSizes(bytes, "word/document.xml", 1000);
  return bytes;
}

/** Rewrites an entry's uncompressed size in both its local and central headers. */
function setDeclaredSizes(bytes: Uint8Array, name: string, size: number) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const target = encoder.encode(name);
  for (let at = 0; at + 46 < bytes.length; at++) {
    const signature = view.getUint32(at, true);
    const [nameAt, sizeAt] = signature === 0x04034b50
      ? [at + 30, at + 22]
      : signature === 0x02014b50
      ? [at + 46, at + 24]
      : [-1, -1];
    if (nameAt < 0) continue;
    const nameLength = view.getUint16(signature === 0x04034b50 ? at + 26 : at + 28, true);
    const found = bytes.subarray(nameAt, nameAt + nameLength);
    if (found.length === target.length && found.every((byte, i) => byte === target[i])) {
      view.setUint32(sizeAt, size, true);
    }
  }
}

/** A DOCX-looking archive of `count` entries. */
export function manyEntriesDocx(count: number): Uint8Array {
  const files: Record<string, Uint8Array> = {
    "word/document.xml": strToU8(
      `<w:document ${W}><w:body>${paragraph("Hi")}</w:body></w:document>`,
    ),
  };
  for (let i = 0; i < count; i++) files[`word/media/part${i}.xml`] = strToU8("<x/>");
  return zipSync(files, { level: 0 });
}

/** A ZIP that is not a Word document (a spreadsheet's parts). */
export function spreadsheetZip(): Uint8Array {
  return zipSync({
    "[Content_Types].xml": strToU8("<Types/>"),
    "xl/workbook.xml": strToU8("<workbook/>"),
  });
}

/** A ZIP signature followed by nothing a reader can use. */
export function corruptDocx(): Uint8Array {
  const bytes = modernDocx();
  // Keep the local header, lose the central directory: the archive's table of contents.
  return bytes.subarray(0, Math.floor(bytes.length / 2));
}

/** An OLE compound file: what a legacy .doc, or a password-protected DOCX, looks like. */
export function oleFile({ encryptedPackage = false } = {}): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const name = encryptedPackage ? "EncryptedPackage" : "WordDocument";
  for (let i = 0; i < name.length; i++) bytes[1024 + i * 2] = name.charCodeAt(i);
  return bytes;
}

export function png(): Uint8Array {
  return new Uint8Array([
    0x89,
    0x50,
    0x4e,
    0x47,
    0x0d,
    0x0a,
    0x1a,
    0x0a,
    0,
    0,
    0,
    13,
    0x49,
    0x48,
    0x44,
    0x52,
    0,
    0,
    0,
    1,
    0,
    0,
    0,
    1,
    8,
    2,
    0,
    0,
    0,
    0x90,
    0x77,
    0x53,
    0xde,
  ]);
}

/** UTF-16 text (with its BOM): text, but not UTF-8. */
export function utf16Text(text: string): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    bytes[2 + i * 2] = text.charCodeAt(i) & 0xff;
    bytes[3 + i * 2] = text.charCodeAt(i) >> 8;
  }
  return bytes;
}

// --- PDF -------------------------------------------------------------------------------------

export interface PdfText {
  text: string;
  x: number;
  y: number;
  size?: number;
  bold?: boolean;
  /** Fill colour, 0..1 channels (black by default). */
  color?: [number, number, number];
  /** Text render mode (3: invisible). */
  mode?: number;
  /** Extra space after each character (Tc), in text space units. */
  charSpacing?: number;
}

/** A filled rectangle, painted before the page's text (a sidebar's background). */
export interface PdfRect {
  rect: [number, number, number, number];
  color: [number, number, number];
}

/** WinAnsiEncoding for the few characters beyond ASCII the fixtures use. */
const WIN_ANSI: Record<string, number> = {
  "–": 0x96,
  "—": 0x97,
  "•": 0x95,
  "’": 0x92,
  "ã": 0xe3,
  "é": 0xe9,
  "ü": 0xfc,
  "ö": 0xf6,
  "ä": 0xe4,
  "ß": 0xdf,
  "è": 0xe8,
  "ç": 0xe7,
  "·": 0xb7,
};

function pdfString(text: string): string {
  let out = "";
  for (const character of text) {
    const code = WIN_ANSI[character] ?? character.charCodeAt(0);
    if (code > 0xff) throw new Error(`No WinAnsi code for ${character}`);
    const byte = String.fromCharCode(code);
    out += byte === "(" || byte === ")" || byte === "\\" ? `\\${byte}` : byte;
  }
  return `(${out})`;
}

function latin1(text: string): Uint8Array {
  return Uint8Array.from(text, (character) => character.charCodeAt(0));
}

export function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

export interface PdfOptions {
  /** An /Encrypt dictionary whose user password is not empty: opening needs a password. */
  encrypt?: boolean;
  /** Extra raw streams (already encoded), as objects nothing refers to. */
  extraStreams?: Uint8Array[];
  /** Per page, an image (its bytes, stored as a JPEG) painted over the whole page first. */
  pageImages?: (Uint8Array | null)[];
  /** Per page, raw content operators added after the page's text. */
  rawContent?: (string | null)[];
  /** Store the content streams uncompressed (they are FlateDecode by default). */
  uncompressed?: boolean;
}

/** A PDF of A4 pages, each a list of positioned lines in Helvetica (compressed content). */
export function pdf(pages: (PdfText | PdfRect)[][], options: PdfOptions = {}): Uint8Array {
  const objects: Uint8Array[] = [];
  const add = (body: Uint8Array | string) => {
    objects.push(typeof body === "string" ? latin1(body) : body);
    return objects.length;
  };
  const stream = (dictionary: string, data: Uint8Array) =>
    concat([
      latin1(`<< ${dictionary} /Length ${data.length} >>\nstream\n`),
      data,
      latin1("\nendstream"),
    ]);

  const catalog = add("<< /Type /Catalog /Pages 2 0 R >>");
  add(""); // the page tree, written once the pages' numbers are known
  const regular = add(
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
  );
  const bold = add(
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
  );
  const pageIds: number[] = [];
  for (const [index, items] of pages.entries()) {
    const rects = items.filter((item): item is PdfRect => "rect" in item);
    const lines = items.filter((item): item is PdfText => "text" in item);
    const content = [
      ...rects.map(({ rect, color }) => `${color.join(" ")} rg ${rect.join(" ")} re f`),
      ...lines.map((line) =>
        `BT ${(line.color ?? [0, 0, 0]).join(" ")} rg ${line.mode ?? 0} Tr ${
          line.charSpacing ?? 0
        } Tc /${line.bold ? "F2" : "F1"} ${line.size ?? 10} Tf 1 0 0 1 ${line.x} ${line.y} Tm ${
          pdfString(line.text)
        } Tj ET`
      ),
    ].join("\n");
    const image = options.pageImages?.[index];
    const imageId = image
      ? add(stream(
        "/Type /XObject /Subtype /Image /Width 1200 /Height 1700 " +
          "/ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode",
        image,
      ))
      : 0;
    const full = (imageId ? "q 595 0 0 842 0 0 cm /Im1 Do Q\n" : "") + content +
      (options.rawContent?.[index] ? `\n${options.rawContent[index]}` : "");
    const contentId = add(
      options.uncompressed
        ? stream("", latin1(full))
        : stream("/Filter /FlateDecode", zlibSync(latin1(full))),
    );
    pageIds.push(add(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents ${contentId} 0 R ` +
        `/Resources << /Font << /F1 ${regular} 0 R /F2 ${bold} 0 R >>` +
        (imageId ? ` /XObject << /Im1 ${imageId} 0 R >>` : "") + ` >> >>`,
    ));
  }
  objects[1] = latin1(
    `<< /Type /Pages /Kids [${
      pageIds.map((id) => `${id} 0 R`).join(" ")
    }] /Count ${pageIds.length} >>`,
  );
  for (const extra of options.extraStreams ?? []) add(extra);
  const encryptId = options.encrypt
    ? add(
      `<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <${"7a".repeat(32)}> /U <${
        "3c".repeat(32)
      }> >>`,
    )
    : 0;

  const id = "0123456789abcdef0123456789abcdef";
  const chunks: Uint8Array[] = [latin1("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")];
  let offset = chunks[0].length;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(offset);
    const object = concat([latin1(`${i + 1} 0 obj\n`), body, latin1("\nendobj\n")]);
    chunks.push(object);
    offset += object.length;
  });
  const xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n` +
    offsets.map((at) => `${String(at).padStart(10, "0")} 00000 n \n`).join("");
  const trailer = `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R ` +
    (encryptId ? `/Encrypt ${encryptId} 0 R ` : "") + `/ID [<${id}> <${id}>] >>\n` +
    `startxref\n${offset}\n%%EOF\n`;
  chunks.push(latin1(xref + trailer));
  return concat(chunks);
}

/** A one-column CV over two pages: dates right-aligned on the job's line, or on their own. */
export function classicPdf(options: PdfOptions = {}): Uint8Array {
  let y = 800;
  const line = (text: string, extra: Partial<PdfText> = {}) => {
    const item = { text, x: 50, y, ...extra };
    y -= (extra.size ?? 10) + 6;
    return item;
  };
  const sameLine = (text: string, x: number): PdfText => ({ text, x, y: y + 16 });
  const first: PdfText[] = [
    line("Marcus Weber", { size: 20, bold: true }),
    line("Staff Data Engineer"),
    line("marcus.weber@example.de • +49 30 901820 • Munich, Germany"),
    line("Experience", { size: 13, bold: true }),
    line("Staff Data Engineer — Zalando SE", { bold: true }),
    sameLine("Apr 2020 – Present", 430),
    line("• Designed Kafka and Spark streaming pipelines on AWS."),
    line("Data Engineer, Siemens AG", { bold: true }),
    line("2016 – 2020"),
    line("• Airflow, PostgreSQL and dbt for the analytics platform."),
    line("Skills", { size: 13, bold: true }),
    line("Python, Scala, SQL, Kafka, Spark, Airflow, Kubernetes"),
  ];
  y = 800;
  const second: PdfText[] = [
    line("Education", { size: 13, bold: true }),
    line("M.Sc. Informatics, Technische Universität München, 2014 – 2016"),
    line("Languages", { size: 13, bold: true }),
    line("German (native), English (C2), Portuguese (basic)"),
  ];
  return pdf([first, second], options);
}

/** A PDF whose pages draw nothing: what a scanned CV looks like to a text extractor. */
export function imageOnlyPdf(): Uint8Array {
  return pdf([[]]);
}

/** `%PDF-` and then no PDF structure at all. */
export function corruptPdf(): Uint8Array {
  const noise = new Uint8Array(2048);
  for (let i = 0; i < noise.length; i++) noise[i] = (i * 7919 + 13) % 251;
  return concat([latin1("%PDF-1.7\n"), noise]);
}

/** A valid PDF carrying one stream that inflates to `size` bytes (a decompression bomb). */
export function pdfBomb(size: number): Uint8Array {
  const bomb = zlibSync(new Uint8Array(size), { level: 9 });
  const extra = concat([
    latin1(`<< /Filter /FlateDecode /Length ${bomb.length} >>\nstream\n`),
    bomb,
    latin1("\nendstream"),
  ]);
  return classicPdf({ extraStreams: [extra] });
}

export function bytesOf(text: string): Uint8Array<ArrayBuffer> {
  return encoder.encode(text);
}

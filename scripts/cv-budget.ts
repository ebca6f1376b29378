/**
 * What the worst CV uploads cost one request of the cvs function: CPU time and peak memory,
 * against an Edge Function's limits on hosted Supabase (2 s of CPU and 256 MB a request) and
 * the goal of staying under half of each.
 *
 *   node scripts/with-database.mjs --temporary --url-env DATABASE_URL -- \
 *     deno run --allow-all scripts/cv-budget.ts
 *
 * Each upload is measured in a Deno process of its own, through the cvs function's real entry
 * point (multipart parsing, the type check, extraction, parsing, the row and the file written):
 * "cold" is the process's first CV, so it pays for loading pdf.js and the parser; "warm" comes
 * after a small CV of the same type. CPU is the process's (process.cpuUsage), with V8 run
 * single-threaded so that its garbage collection is done, and counted, on the thread that serves
 * the request, as an edge worker's CPU time counts it, and nothing else runs beside the request;
 * memory is the growth of the resident set's peak (VmHWM, reset through /proc/self/clear_refs just
 * before the request) over the resident set before it: an upper bound on what the isolate holds.
 * Postgres works in its own process and is not counted. CV_BUDGET_ONLY=name,name picks uploads.
 */
import process from "node:process";
import {
  bytesOf,
  classicPdf,
  docx,
  paragraph,
  pdf,
  pdfBomb,
  type PdfText,
  zipBombDocx,
} from "../tests/helpers/cv_fixtures.ts";

const CPU_LIMIT_MS = 2000;
const MEMORY_LIMIT_MB = 256;

interface Upload {
  name: string;
  what: string;
  file: string;
  make: () => Uint8Array;
  /** A small CV of the same type, for the warm run. */
  warm: () => Uint8Array;
}

/** Random bytes: an image that compresses to nothing. */
function noise(size: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(size);
  let x = seed * 2654435761 >>> 0;
  for (let i = 0; i < size; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    bytes[i] = x & 0xff;
  }
  return bytes;
}

/** A page of dense CV text: `lines` lines of about 95 characters. */
function textPage(page: number, lines = 60): PdfText[] {
  return Array.from({ length: lines }, (_, i) => ({
    text:
      `Page ${page} line ${i}: Led the migration of billing services to Kubernetes, cutting costs 30%.`,
    x: 40,
    y: 800 - i * 12.5,
    size: 9,
  }));
}

/** Tiny text operators, each a few glyphs: what makes pdf.js work hardest per byte. */
function denseOperators(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const op = `BT /F1 4 Tf 1 0 0 1 ${(i * 7) % 560} ${(i * 3) % 820} Tm (ab${i % 97}) Tj ET\n`;
    parts.push(op);
    size += op.length;
  }
  return parts.join("");
}

function denseDocx(paragraphs: number): Uint8Array {
  const body = Array.from(
    { length: paragraphs },
    (_, i) =>
      paragraph(`Role ${i}\tJan 2019 – Present`) +
      paragraph(`Built service ${i} in TypeScript and PostgreSQL for the payments team.`, {
        list: true,
      }),
  ).join("");
  return docx(paragraph("Dana Dense") + paragraph("Experience", { bold: true }) + body);
}

const UPLOADS: Upload[] = [
  {
    name: "pdf-small",
    what: "for scale: a two-page PDF CV of a few kilobytes",
    file: "small.pdf",
    make: () => classicPdf(),
    warm: () => classicPdf(),
  },
  {
    name: "pdf-10mb-50-pages",
    what: "a 10 MB PDF of 50 pages (the most accepted): dense text and a photo on every page",
    file: "big.pdf",
    make: () =>
      pdf(Array.from({ length: 50 }, (_, i) => textPage(i + 1)), {
        pageImages: Array.from({ length: 50 }, (_, i) => noise(196 * 1024, i + 1)),
      }),
    warm: () => classicPdf(),
  },
  {
    name: "pdf-dense-at-limit",
    what: "the densest PDF read: a first page of 46,000 tiny text operators (the budget is " +
      "50,000), then 5 more pages of text",
    file: "text.pdf",
    make: () =>
      pdf(Array.from({ length: 6 }, (_, i) => textPage(i + 1)), {
        rawContent: [denseOperators(400_000)],
      }),
    warm: () => classicPdf(),
  },
  {
    name: "pdf-hostile-dense-page",
    what: "hostile: one page whose content inflates to 40 MB of tiny text operators",
    file: "dense.pdf",
    make: () => pdf([textPage(1)], { rawContent: [denseOperators(40_000_000)] }),
    warm: () => classicPdf(),
  },
  {
    name: "pdf-hostile-bomb",
    what: "hostile: a PDF stream that inflates to 256 MB (decompression bomb)",
    file: "bomb.pdf",
    make: () => pdfBomb(256 * 1024 * 1024),
    warm: () => classicPdf(),
  },
  {
    name: "docx-dense",
    what: "a dense DOCX: 20,000 entries, 5 MB of WordprocessingML",
    file: "dense.docx",
    make: () => denseDocx(10_000),
    warm: () => docx(paragraph("Warm Up") + paragraph("Engineer, Acme\t2019 – 2020")),
  },
  {
    name: "docx-hostile-bomb",
    what: "hostile: a DOCX whose document.xml inflates to 256 MB and declares 1 KB",
    file: "bomb.docx",
    make: () => zipBombDocx(256 * 1024 * 1024, { lie: true }),
    warm: () => docx(paragraph("Warm Up") + paragraph("Engineer, Acme\t2019 – 2020")),
  },
  {
    name: "text-10mb",
    what: "a 10 MB plain text file (entries all the way down)",
    file: "big.txt",
    make: () => bytesOf("Engineer, Acme Corp\t2019 – 2021\n• Built things.\n".repeat(200_000)),
    warm: () => bytesOf("Warm Up\nEngineer, Acme\t2019 – 2020\n"),
  },
];

// --- one upload, in this process -------------------------------------------------------------

async function measureOne(upload: Upload, warm: boolean, file: string) {
  const { parseConfig, setConfig } = await import("../shared/config.ts");
  setConfig(parseConfig({
    ...Deno.env.toObject(),
    LOCAL_DATA_DIR: await Deno.makeTempDir({ prefix: "cv-budget-" }),
    AUTH_BACKEND: "builtin",
    CV_STORAGE: "local",
    SUPABASE_JWT_SECRET: crypto.randomUUID() + crypto.randomUUID(),
  }));
  const { gateway } = await import("../local/gateway.ts");
  const { functionsUrl } = await import("../shared/http/functions_url.ts");
  const base = functionsUrl("http://budget.local");
  const json = async (path: string, body: unknown, token?: string) => {
    const response = await gateway(
      new Request(base + path, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify(body),
      }),
    );
    return (await response.json()).data;
  };
  const tag = crypto.randomUUID().slice(0, 8);
  const session = await json("/auth/register", {
    email: `budget-${tag}@example.com`,
    password: "correct-Horse-42",
    full_name: "Budget",
  });
  const candidate = await json("/candidates", {
    full_name: "Candidate",
    email: `c-${tag}@example.com`,
  }, session.access_token);
  // The multipart body is written before the clock starts: a client writes it, not the function.
  const multipart = async (bytes: Uint8Array, name: string) => {
    const form = new FormData();
    form.append("candidate_id", candidate.id);
    form.append("file", new Blob([bytes as Uint8Array<ArrayBuffer>]), name);
    const encoded = new Response(form);
    return {
      body: new Uint8Array(await encoded.arrayBuffer()),
      type: encoded.headers.get("content-type")!,
    };
  };
  const send = async ({ body, type }: { body: Uint8Array; type: string }) => {
    const response = await gateway(
      new Request(base + "/cvs", {
        method: "POST",
        headers: { authorization: `Bearer ${session.access_token}`, "content-type": type },
        body: body as Uint8Array<ArrayBuffer>,
      }),
    );
    const answer = await response.json();
    return { status: response.status, outcome: answer.data?.parse_status ?? answer.error?.code };
  };
  if (warm) await send(await multipart(upload.warm(), upload.file));
  const bytes = await Deno.readFile(file);
  const request = await multipart(bytes, upload.file);
  (globalThis as { gc?: () => void }).gc?.();
  await new Promise((resolve) => setTimeout(resolve, 50));
  const before = residentKb("VmRSS");
  await Deno.writeTextFile("/proc/self/clear_refs", "5");
  const cpu = process.cpuUsage();
  const started = performance.now();
  const answer = await send(request);
  const wall = performance.now() - started;
  const used = process.cpuUsage(cpu);
  const peak = residentKb("VmHWM");
  console.log(JSON.stringify({
    bytes: bytes.length,
    ...answer,
    cpuMs: (used.user + used.system) / 1000,
    wallMs: wall,
    peakGrowthMb: (peak - before) / 1024,
  }));
  Deno.exit(0);
}

function residentKb(field: "VmRSS" | "VmHWM"): number {
  const status = Deno.readTextFileSync("/proc/self/status");
  return Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
}

// --- every upload, each in a process of its own ----------------------------------------------

async function measureAll() {
  const only = Deno.env.get("CV_BUDGET_ONLY")?.split(",");
  const script = new URL(import.meta.url).pathname;
  const rows: string[] = [];
  let over = false;
  for (const upload of UPLOADS.filter((u) => !only || only.includes(u.name))) {
    // Made here, so that what making it costs (a bomb is made from a gigabyte) is not measured.
    const file = await Deno.makeTempFile({ prefix: "cv-budget-" });
    await Deno.writeFile(file, upload.make());
    for (const mode of ["cold", "warm"] as const) {
      const child = await new Deno.Command(Deno.execPath(), {
        args: [
          "run",
          "--allow-all",
          "--v8-flags=--expose-gc,--single-threaded",
          script,
          upload.name,
          mode,
          file,
        ],
        stdout: "piped",
        stderr: "inherit",
      }).output();
      const line = new TextDecoder().decode(child.stdout).trim().split("\n").pop() ?? "";
      const result = JSON.parse(line);
      const cpuShare = result.cpuMs / CPU_LIMIT_MS;
      const memoryShare = result.peakGrowthMb / MEMORY_LIMIT_MB;
      over ||= cpuShare > 0.5 || memoryShare > 0.5;
      rows.push(
        `| ${upload.name} | ${mode} | ${
          (result.bytes / 1024 / 1024).toFixed(1)
        } MB | ${result.status} ${result.outcome} | ` +
          `${result.cpuMs.toFixed(0)} ms (${(cpuShare * 100).toFixed(0)} %) | ` +
          `${result.peakGrowthMb.toFixed(0)} MB (${(memoryShare * 100).toFixed(0)} %) | ${
            result.wallMs.toFixed(0)
          } ms |`,
      );
      console.error(rows[rows.length - 1]);
    }
    await Deno.remove(file);
  }
  console.log(
    "\n| upload | run | size | answer | CPU (of 2 s) | peak memory growth (of 256 MB) | wall |",
  );
  console.log("| --- | --- | --- | --- | --- | --- | --- |");
  for (const row of rows) console.log(row);
  console.log("\nUploads measured:");
  for (const upload of UPLOADS) console.log(`- ${upload.name}: ${upload.what}`);
  console.log(
    over ? "\nSome upload is over half a limit." : "\nEvery upload is under half of each limit.",
  );
  Deno.exit(over ? 1 : 0);
}

const [name, mode, file] = Deno.args;
if (name) {
  const upload = UPLOADS.find((u) => u.name === name);
  if (!upload) throw new Error(`no upload named ${name}`);
  await measureOne(upload, mode === "warm", file);
} else {
  await measureAll();
}

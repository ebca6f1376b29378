/**
 * Each entity is stated in the migrations, its Zod models (shared/schemas/) and the column lists
 * the functions read (shared/db/tables.ts). This holds them against the migrated database's own
 * catalog, so none can drift unnoticed: every model's fields are columns; a Row says a column
 * may be null exactly when the table does; an enum offers what the table's CHECK allows; a
 * Create model requires what the table requires and defaults it as the table does (the job's
 * `interview_settings` included); an Update model changes only columns a Create may set.
 */
import type { z } from "zod";
import { assert, assertEquals } from "./helpers/assert.ts";
import { adminSql, test } from "./helpers/stack.ts";
import { canonicalJson } from "../shared/ai/recorded.ts";
import { candidates, cvs, interviews, jobDescriptions } from "../shared/db/tables.ts";
import * as candidate from "../shared/schemas/candidate.ts";
import * as cv from "../shared/schemas/cv.ts";
import * as decision from "../shared/schemas/interview_decision.ts";
import * as interview from "../shared/schemas/interview.ts";
import * as question from "../shared/schemas/interview_question.ts";
import * as report from "../shared/schemas/interview_report.ts";
import * as request from "../shared/schemas/candidate_request.ts";
import * as response from "../shared/schemas/interview_response.ts";
import * as selfIdentification from "../shared/schemas/self_identification.ts";
import * as ticket from "../shared/schemas/interview_ticket.ts";
import * as job from "../shared/schemas/job_description.ts";
import * as user from "../shared/schemas/user.ts";

interface Column {
  nullable: boolean;
  /** The column's default as Postgres prints it (`'draft'::text`), or null. */
  default: string | null;
  /** What a CHECK constraint lets the column hold (`status in (...)`), if one does. */
  allowed?: string[];
}

/** Where the models of a table differ from it on purpose: each with its reason. */
interface Model {
  table: string;
  row?: z.ZodType;
  create?: z.ZodType;
  update?: z.ZodType;
  /** The column list a function reads, where it is one. */
  columns?: readonly string[];
  /** Row fields that are not columns (derived in the query that reads them). */
  derived?: string[];
  /** Enum values a Row's query derives beside what the table stores. */
  derivedValues?: Record<string, string[]>;
  /** Create fields that are inputs the server turns into columns, not columns themselves. */
  inputs?: string[];
}

const MODELS: Model[] = [
  { table: "users", row: user.User, create: user.UserCreate, update: user.UserUpdate },
  {
    table: "job_descriptions",
    row: job.JobDescription,
    create: job.JobDescriptionCreate,
    update: job.JobDescriptionUpdate,
    columns: jobDescriptions.columns as string[],
  },
  {
    table: "candidates",
    row: candidate.Candidate,
    create: candidate.CandidateCreate,
    update: candidate.CandidateUpdate,
    columns: candidates.columns as string[],
  },
  {
    table: "cvs",
    row: cv.Cv,
    create: cv.CvCreate,
    update: cv.CvUpdate,
    columns: cvs.columns as string[],
  },
  {
    table: "interview_tickets",
    row: ticket.InterviewTicket,
    create: ticket.InterviewTicketCreate,
    update: ticket.InterviewTicketUpdate,
    inputs: ["expires_in_hours"],
    // An active ticket past its expiry answers as expired (tables.ts ticketStatus).
    derivedValues: { status: ["expired"] },
  },
  {
    table: "interviews",
    row: interview.Interview,
    create: interview.InterviewCreate,
    update: interview.InterviewUpdate,
    columns: interviews.columns as string[],
  },
  {
    table: "interview_questions",
    row: question.InterviewQuestion,
    create: question.InterviewQuestionCreate,
    update: question.InterviewQuestionUpdate,
  },
  {
    table: "interview_responses",
    row: response.InterviewResponse,
    create: response.InterviewResponseCreate,
    update: response.InterviewResponseUpdate,
    derived: ["evaluation"],
  },
  {
    table: "interview_reports",
    row: report.InterviewReport,
    create: report.InterviewReportCreate,
    update: report.InterviewReportUpdate,
    // The current version's figures, the job, the AI's original and the notice, read beside
    // the report (tables.ts interviewReports).
    derived: [
      "job",
      "competencies",
      "flags",
      "claim_check",
      "ai",
      "notice",
      "version",
      "reviewer",
      "ai_original",
    ],
  },
  {
    table: "interview_decisions",
    row: decision.InterviewDecision,
    derived: ["decided_at", "report"],
  },
  { table: "candidate_requests", row: request.CandidateRequest },
  { table: "private.self_identifications", create: selfIdentification.SelfIdentificationCreate },
];

// Reading Zod's definitions -------------------------------------------------------------------

interface Field {
  optional: boolean;
  nullable: boolean;
  default?: unknown;
  enum?: string[];
}

// deno-lint-ignore no-explicit-any
type Def = { type: string; innerType?: any; defaultValue?: unknown; entries?: object; in?: any };
// deno-lint-ignore no-explicit-any
const defOf = (schema: any): Def => schema._zod.def;

function shapeOf(schema: z.ZodType): Record<string, z.ZodType> {
  let def = defOf(schema);
  // A refined object (`atLeastOneField`) is still the object; a pipe reads as its input.
  while (def.type === "pipe") def = defOf(def.in);
  // deno-lint-ignore no-explicit-any
  const shape = (def as any).shape;
  assert(shape, `not an object schema: ${def.type}`);
  return shape;
}

function fieldOf(schema: z.ZodType): Field {
  const field: Field = { optional: false, nullable: false };
  let def = defOf(schema);
  for (;;) {
    if (def.type === "optional") field.optional = true;
    else if (def.type === "nullable") field.nullable = true;
    else if (def.type === "default" || def.type === "prefault") {
      field.default = typeof def.defaultValue === "function"
        ? (def.defaultValue as () => unknown)()
        : def.defaultValue;
    } else if (def.type === "pipe") {
      def = defOf(def.in);
      continue;
    } else break;
    def = defOf(def.innerType);
  }
  if (def.type === "enum") field.enum = Object.values(def.entries!).map(String).sort();
  return field;
}

// Reading the catalog -------------------------------------------------------------------------

const db = adminSql();

async function catalog(): Promise<Map<string, Map<string, Column>>> {
  const rows = await db<
    {
      table_name: string;
      column_name: string;
      is_nullable: string;
      column_default: string | null;
    }[]
  >`
    select case when table_schema = 'public' then table_name
                else table_schema || '.' || table_name end as table_name,
           column_name, is_nullable, column_default
    from information_schema.columns
    where table_schema in ('public', 'private')`;
  const tables = new Map<string, Map<string, Column>>();
  for (const row of rows) {
    if (!tables.has(row.table_name)) tables.set(row.table_name, new Map());
    tables.get(row.table_name)!.set(row.column_name, {
      nullable: row.is_nullable === "YES",
      default: row.column_default,
    });
  }
  // `check (status in ('a', 'b'))` reads back as `status = ANY (ARRAY['a'::text, 'b'::text])`.
  const checks = await db<{ table_name: string; definition: string }[]>`
    select case when n.nspname = 'public' then c.relname else n.nspname || '.' || c.relname end
             as table_name,
           pg_get_constraintdef(k.oid) as definition
    from pg_constraint k
    join pg_class c on c.oid = k.conrelid
    join pg_namespace n on n.oid = c.relnamespace
    where k.contype = 'c' and n.nspname in ('public', 'private')`;
  for (const { table_name, definition } of checks) {
    const match =
      /^CHECK \(\(?\(?(\w+)\)?(?:::text)? = ANY \(\(?ARRAY\[(.*?)\]\)?(?:::text\[\])?\)\)\)?$/
        .exec(definition);
    const column = match && tables.get(table_name)?.get(match[1]);
    if (column) column.allowed = [...match[2].matchAll(/'([^']*)'/g)].map((m) => m[1]).sort();
  }
  return tables;
}

/** A column default as a value (`'draft'::text` is "draft"), or undefined for an expression. */
function defaultValue(sqlDefault: string): unknown {
  const literal = /^'((?:[^']|'')*)'::([\w ]+)(\[\])?$/.exec(sqlDefault);
  if (literal) {
    const text = literal[1].replaceAll("''", "'");
    if (literal[2] === "jsonb" || literal[2] === "json") return JSON.parse(text);
    if (literal[3]) return text === "{}" ? [] : text.slice(1, -1).split(",");
    return text;
  }
  if (/^-?\d+(\.\d+)?$/.test(sqlDefault)) return Number(sqlDefault);
  if (sqlDefault === "true" || sqlDefault === "false") return sqlDefault === "true";
  if (/^ARRAY\[\]::/.test(sqlDefault)) return [];
  return undefined;
}

// The checks ----------------------------------------------------------------------------------

const tables = await catalog();
await db.end();

function columnsOf(model: Model): Map<string, Column> {
  const table = tables.get(model.table);
  assert(table, `no table ${model.table}`);
  return table;
}

test("every model's fields are columns of its table, and every column list is its Row", () => {
  const problems: string[] = [];
  for (const model of MODELS) {
    const table = columnsOf(model);
    const kinds = [["row", model.row], ["create", model.create], ["update", model.update]] as const;
    for (const [kind, schema] of kinds) {
      if (!schema) continue;
      for (const key of Object.keys(shapeOf(schema))) {
        const derived = kind === "row" ? model.derived : model.inputs;
        if (!table.has(key) && !derived?.includes(key)) {
          problems.push(`${model.table}.${key}: a ${kind} field that is no column`);
        }
      }
    }
    if (model.columns && model.row) {
      const row = Object.keys(shapeOf(model.row)).sort();
      const read = [...model.columns].sort();
      if (row.join() !== read.join()) {
        problems.push(`${model.table}: reads ${read.join(", ")}; its Row has ${row.join(", ")}`);
      }
    }
  }
  assertEquals(problems, []);
});

test("a Row says a field may be null exactly when its column may be", () => {
  const problems: string[] = [];
  for (const model of MODELS.filter((m) => m.row)) {
    const table = columnsOf(model);
    for (const [key, schema] of Object.entries(shapeOf(model.row!))) {
      const column = table.get(key);
      if (column && fieldOf(schema).nullable !== column.nullable) {
        problems.push(`${model.table}.${key}: nullable ${column.nullable} in the table`);
      }
    }
  }
  assertEquals(problems, []);
});

test("every enum of a model offers exactly what the table's CHECK allows", () => {
  const problems: string[] = [];
  let checked = 0;
  for (const model of MODELS) {
    const table = columnsOf(model);
    for (const schema of [model.row, model.create, model.update]) {
      if (!schema) continue;
      for (const [key, field] of Object.entries(shapeOf(schema))) {
        const values = fieldOf(field).enum;
        const allowed = table.get(key)?.allowed;
        if (!values || !allowed) continue;
        checked++;
        const derived = schema === model.row ? model.derivedValues?.[key] ?? [] : [];
        // What a caller may set can be narrower than what the table holds, never wider; a Row
        // holds exactly what the table does (and values its query derives).
        const wider = values.filter((v) => !allowed.includes(v) && !derived.includes(v));
        const narrower = allowed.filter((v) => !values.includes(v));
        if (wider.length) problems.push(`${model.table}.${key}: ${wider} not allowed`);
        if (schema === model.row && narrower.length) {
          problems.push(`${model.table}.${key}: the Row lacks ${narrower}`);
        }
      }
    }
  }
  assertEquals(problems, []);
  assert(checked >= 10, `only ${checked} enums compared`);
});

test("a Create model requires what the table requires, and defaults it as the table does", () => {
  const problems: string[] = [];
  let defaults = 0;
  for (const model of MODELS.filter((m) => m.create)) {
    const table = columnsOf(model);
    for (const [key, schema] of Object.entries(shapeOf(model.create!))) {
      const column = table.get(key);
      if (!column) continue;
      const field = fieldOf(schema);
      const required = !field.optional && field.default === undefined;
      if (!required && !column.nullable && column.default === null) {
        problems.push(`${model.table}.${key}: optional in the model, required by the table`);
      }
      if (field.default !== undefined && column.default !== null) {
        const value = defaultValue(column.default);
        if (value === undefined) continue;
        defaults++;
        if (canonicalJson(field.default) !== canonicalJson(value)) {
          problems.push(
            `${model.table}.${key}: defaults to ${JSON.stringify(field.default)}, ` +
              `the table to ${JSON.stringify(value)}`,
          );
        }
      }
    }
  }
  assertEquals(problems, []);
  assert(defaults >= 5, `only ${defaults} defaults compared`);
});

test("an Update model changes only columns its table has, all of them optional", () => {
  const problems: string[] = [];
  for (const model of MODELS.filter((m) => m.update)) {
    const table = columnsOf(model);
    for (const [key, schema] of Object.entries(shapeOf(model.update!))) {
      if (!table.has(key)) continue; // reported above
      if (!fieldOf(schema).optional && Object.keys(shapeOf(model.update!)).length > 1) {
        problems.push(`${model.table}.${key}: an update must be able to leave it out`);
      }
    }
  }
  assertEquals(problems, []);
});

/**
 * SQL statements whose values are written into their text as literals, so that several of them,
 * and the caller's setup before them, travel to Postgres as ONE simple-protocol message: one
 * implicit transaction, one round trip, no connection reserved (shared/db/transaction.ts).
 *
 * Values cannot be bound as parameters there (the simple protocol has none), so this module is
 * the one place that turns values into SQL, and it does so only by construction: a string becomes
 * an escape string constant (`E'...'`, backslashes and quotes doubled, which reads the same
 * whatever `standard_conforming_strings` is, as libpq's PQescapeLiteral does), a number only when
 * it is finite, a name only as a quoted identifier. Anything else is refused with a TypeError
 * before a byte is sent. The connection's client encoding is UTF-8 (postgres.js sets it), in
 * which no multi-byte character can hide a quote or a backslash.
 */

/** One statement, or a fragment of one; `Row` is the shape of the rows it returns (types only). */
export interface Statement<Row = Record<string, unknown>> {
  readonly text: string;
  readonly rows?: Row[];
}

/** A table or column name, to be quoted. */
export interface Identifier {
  readonly name: string;
}

/**
 * What this module made. Only these are written into SQL as they are: no other object (a parsed
 * JSON body with a `text` field, say) can pass for a statement or a name.
 */
const madeStatements = new WeakSet<object>();
const madeNames = new WeakSet<object>();

function statement<Row>(text: string): Statement<Row> {
  const made = { text };
  madeStatements.add(made);
  return made;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json | undefined };

/** What a statement may hold; `undefined` is refused (say `null`). */
export type SqlValue =
  | string
  | number
  | boolean
  | null
  | Date
  | readonly string[]
  | { readonly [key: string]: Json | undefined }
  | Statement<unknown>
  | Identifier;

/** A statement from a template: `sql<Job>\`select ... where id = ${id}\``. */
export function sql<Row = Record<string, unknown>>(
  strings: TemplateStringsArray,
  ...values: SqlValue[]
): Statement<Row> {
  let text = strings[0];
  for (let i = 0; i < values.length; i++) text += literal(values[i]) + strings[i + 1];
  return statement<Row>(text);
}

/** A table or column name, quoted. */
export function identifier(name: string): Identifier {
  const made = { name };
  madeNames.add(made);
  return made;
}

/** Names as a comma-separated list of quoted identifiers. */
export function identifiers(names: readonly string[]): Statement<never> {
  return statement(names.map(quoteIdentifier).join(", "));
}

/** Fragments joined by a separator (`, `, ` and `). */
export function join(parts: readonly Statement<unknown>[], separator: string): Statement<never> {
  return statement(parts.map(textOf).join(separator));
}

/**
 * The text of a statement this module made, to send; anything else (an object that merely has
 * a `text`) is refused, so no SQL reaches the database but what `sql` wrote.
 */
export function textOf(made: Statement<unknown>): string {
  if (!madeStatements.has(made)) throw new TypeError("SQL: not a statement");
  return made.text;
}

/**
 * Any value JSON can hold, as jsonb: arrays of objects, and objects whose type has no index
 * signature, which the `sql` tag's own object case does not take.
 */
export function jsonb(value: object | string | number | boolean | null): Statement<never> {
  return statement(jsonbLiteral(value));
}

/**
 * Rows to insert, as `(column, ...) values (...), (...)`: the columns are the first row's, and
 * every row must have exactly those.
 */
export function values(rows: readonly Readonly<Record<string, SqlValue>>[]): Statement<never> {
  const columns = rows.length > 0 ? Object.keys(rows[0]) : [];
  if (columns.length === 0) throw new TypeError("SQL: no values to insert");
  const tuples = rows.map((row) => {
    if (
      Object.keys(row).length !== columns.length ||
      !columns.every((column) => Object.hasOwn(row, column))
    ) {
      throw new TypeError("SQL: every row must have the same columns");
    }
    return `(${columns.map((column) => literal(row[column])).join(", ")})`;
  });
  return statement(`(${columns.map(quoteIdentifier).join(", ")}) values ${tuples.join(", ")}`);
}

function literal(value: SqlValue): string {
  if (value === null) return "null";
  switch (typeof value) {
    case "string":
      return textLiteral(value);
    case "number":
      if (!Number.isFinite(value)) throw new TypeError("SQL: a number must be finite");
      return value < 0 || Object.is(value, -0) ? `(${value})` : String(value);
    case "boolean":
      return value ? "true" : "false";
    case "object":
      if (value instanceof Date) {
        if (Number.isNaN(value.getTime())) throw new TypeError("SQL: an invalid date");
        return `${textLiteral(value.toISOString())}::timestamptz`;
      }
      if (Array.isArray(value)) {
        return `array[${value.map(arrayItem).join(", ")}]::text[]`;
      }
      if (madeStatements.has(value)) return (value as Statement<unknown>).text;
      if (madeNames.has(value)) return quoteIdentifier((value as Identifier).name);
      return jsonbLiteral(value);
  }
  throw new TypeError(`SQL: a value of type ${typeof value} cannot be written`);
}

function jsonbLiteral(value: unknown): string {
  // Undefined for `undefined`, a function or a symbol: nothing to write.
  const text: string | undefined = JSON.stringify(value);
  if (text === undefined) throw new TypeError("SQL: not a JSON value");
  return `${textLiteral(text)}::jsonb`;
}

function arrayItem(item: unknown): string {
  if (typeof item !== "string") throw new TypeError("SQL: arrays hold strings only");
  return textLiteral(item);
}

/** A NUL cannot be carried (the message is NUL-terminated): refused rather than cut short. */
function textLiteral(text: string): string {
  if (text.includes("\0")) throw new TypeError("SQL: text cannot hold a NUL character");
  return `E'${text.replaceAll("\\", "\\\\").replaceAll("'", "''")}'`;
}

function quoteIdentifier(name: string): string {
  if (name.length === 0 || name.includes("\0")) throw new TypeError("SQL: an invalid name");
  return `"${name.replaceAll('"', '""')}"`;
}

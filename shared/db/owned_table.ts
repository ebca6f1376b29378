/**
 * Queries on a table of rows a recruiter owns, for use inside withUserTransaction: row-level
 * security decides which rows exist for the caller, so these never filter by owner themselves
 * (an id the caller cannot see simply finds nothing, and the handler answers 404).
 *
 * Each returns a statement (shared/db/statement.ts): a handler's statement, or a list's page and
 * count, travels with the caller's setup as one message, one round trip.
 */
import { identifier, identifiers, join, sql, type SqlValue, type Statement } from "./statement.ts";

export interface OwnedTable {
  name: string;
  /** The columns an answer shows (never owner_id). */
  columns: readonly string[];
  /** The columns `q` searches, case-insensitively, as substrings. */
  searchable: readonly string[];
}

export interface ListOptions {
  page: number;
  page_size: number;
  q?: string;
  /** Equality filters; undefined ones are ignored. */
  filters?: Record<string, string | undefined>;
}

/** Column values, checked by the route's Zod schema already. */
export type Values = Record<string, SqlValue | undefined>;

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

function conditions(table: OwnedTable, options: ListOptions): Statement<never> {
  const parts = [sql`true`];
  for (const [column, value] of Object.entries(options.filters ?? {})) {
    if (value !== undefined) parts.push(sql`${identifier(column)} = ${value}`);
  }
  if (options.q) {
    const haystack = join(
      table.searchable.map((column) => sql`coalesce(${identifier(column)}::text, '')`),
      " || ' ' || ",
    );
    parts.push(sql`(${haystack}) ilike ${`%${escapeLike(options.q)}%`}`);
  }
  return join(parts, " and ");
}

/**
 * One page, newest first (id breaks ties, so pages never overlap), and the total.
 *
 * The page starts at the row `offset` places in, found from the owner's index alone (an
 * index-only scan: (owner_id, created_at, id) holds all it needs), and reads on from there, so
 * page 50 reads its 20 rows, not the 1,000 before them (with OFFSET, Postgres fetched and
 * sorted every one of those).
 */
export function listRows<Row>(table: OwnedTable, options: ListOptions) {
  const where = conditions(table, options);
  const name = identifier(table.name);
  return [
    sql<Row>`
      select ${identifiers(table.columns)} from ${name}
      where ${where} and (created_at, id) <= (
        select created_at, id from ${name}
        where ${where}
        order by created_at desc, id desc
        offset ${(options.page - 1) * options.page_size} limit 1
      )
      order by created_at desc, id desc
      limit ${options.page_size}`,
    sql<{ total: number }>`select count(*)::int as total from ${name} where ${where}`,
  ] as const;
}

/** One row by id. */
export function getRow<Row>(table: OwnedTable, id: string) {
  return sql<Row>`
    select ${identifiers(table.columns)} from ${identifier(table.name)} where id = ${id}`;
}

export function insertRow<Row>(table: OwnedTable, values: Values) {
  const given = defined(values);
  return sql<Row>`
    insert into ${identifier(table.name)} (${identifiers(Object.keys(given))})
    values (${join(Object.values(given).map((value) => sql`${value}`), ", ")})
    returning ${identifiers(table.columns)}`;
}

/** Sets `values`, plus any extra assignments (such as a jsonb merge) given as fragments. */
export function updateRow<Row>(
  table: OwnedTable,
  id: string,
  values: Values,
  extra: Statement<unknown>[] = [],
) {
  const assignments = [
    ...Object.entries(defined(values)).map(([column, value]) =>
      sql`${identifier(column)} = ${value}`
    ),
    ...extra,
  ];
  return sql<Row>`
    update ${identifier(table.name)} set ${join(assignments, ", ")}
    where id = ${id}
    returning ${identifiers(table.columns)}`;
}

export function deleteRow(table: OwnedTable, id: string) {
  return sql<{ id: string }>`delete from ${identifier(table.name)} where id = ${id} returning id`;
}

/** Fields a request left out are left as they are (or to their defaults). */
function defined(values: Values): Record<string, SqlValue> {
  return Object.fromEntries(
    Object.entries(values).filter((entry): entry is [string, SqlValue] => entry[1] !== undefined),
  );
}

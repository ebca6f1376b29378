/**
 * Queries on a table of rows a recruiter owns, for use inside withUserTransaction: row-level
 * security decides which rows exist for the caller, so these never filter by owner themselves
 * (an id the caller cannot see simply finds nothing, and the handler answers 404).
 *
 * Each returns a statement (shared/db/statement.ts): a handler's statement, or a list's page and
 * count, travels with the caller's setup as one message, one round trip.
 */
import {
  identifier,
  identifiers,
  join,
  sql,
  type SqlValue,
  type Statement,
  values,
} from "./statement.ts";

export interface OwnedTable {
  name: string;
  /**
   * What an answer shows (never owner_id): column names, or a select list when some of it is
   * computed.
   */
  columns: readonly string[] | Statement<never>;
  /** The columns `q` searches, case-insensitively, as substrings. */
  searchable: readonly string[];
}

export interface ListOptions {
  page: number;
  page_size: number;
  q?: string;
  /** Equality filters; undefined ones are ignored. */
  filters?: Record<string, string | undefined>;
  /** Further conditions a row must meet, written by the route. */
  conditions?: Statement<never>[];
}

/** Column values, checked by the route's Zod schema already. */
export type Values = Record<string, SqlValue | undefined>;

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/** What a list selects: all of the caller's rows, or null when nothing narrows them. */
function conditions(table: OwnedTable, options: ListOptions): Statement<never> | null {
  const parts = [...options.conditions ?? []];
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
  return parts.length ? join(parts, " and ") : null;
}

/**
 * One page, newest first (id breaks ties, so pages never overlap), and the total.
 *
 * The page starts at the row `offset` places in, found from the owner's index alone (an
 * index-only scan: (owner_id, created_at, id) holds all it needs), and reads on from there, so
 * page 50 reads its 20 rows, not the 1,000 before them (with OFFSET, Postgres fetched and
 * sorted every one of those).
 *
 * The total of an unnarrowed list is the owner's row count, kept by triggers
 * (private.owned_row_counts); a filter or a search counts the rows that match.
 */
export function listRows<Row>(table: OwnedTable, options: ListOptions) {
  const narrowed = conditions(table, options);
  const where = narrowed ?? sql`true`;
  const name = identifier(table.name);
  return [
    sql<Row>`
      select ${columnsOf(table)} from ${name}
      where ${where} and (created_at, id) <= (
        select created_at, id from ${name}
        where ${where}
        order by created_at desc, id desc
        offset ${(options.page - 1) * options.page_size} limit 1
      )
      order by created_at desc, id desc
      limit ${options.page_size}`,
    narrowed
      ? sql<{ total: number }>`select count(*)::int as total from ${name} where ${narrowed}`
      : sql<{ total: number }>`
        select coalesce(sum(row_count), 0)::int as total from private.owned_row_counts
        where table_name = ${table.name}`,
  ] as const;
}

/** One row by id. */
export function getRow<Row>(table: OwnedTable, id: string) {
  return sql<Row>`
    select ${columnsOf(table)} from ${identifier(table.name)} where id = ${id}`;
}

export function insertRow<Row>(table: OwnedTable, row: Values) {
  return sql<Row>`
    insert into ${identifier(table.name)} ${values([defined(row)])}
    returning ${columnsOf(table)}`;
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
    returning ${columnsOf(table)}`;
}

export function deleteRow(table: OwnedTable, id: string) {
  return sql<{ id: string }>`delete from ${identifier(table.name)} where id = ${id} returning id`;
}

/** The select list of what an answer shows. */
export function columnsOf({ columns }: OwnedTable): Statement<never> {
  return "text" in columns ? columns : identifiers(columns);
}

/** Fields a request left out are left as they are (or to their defaults). */
function defined(values: Values): Record<string, SqlValue> {
  return Object.fromEntries(
    Object.entries(values).filter((entry): entry is [string, SqlValue] => entry[1] !== undefined),
  );
}

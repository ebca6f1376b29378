/**
 * Queries on a table of rows a recruiter owns, for use inside withUserTransaction: row-level
 * security decides which rows exist for the caller, so these never filter by owner themselves
 * (an id the caller cannot see simply finds nothing, and the handler answers 404).
 *
 * Each returns its query unawaited, so a handler's single statement (or a list's page and count)
 * travels with the transaction's BEGIN and COMMIT in one round trip.
 */
import type postgres from "postgres";
import type { TransactionSql } from "./client.ts";

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

type Values = Record<string, unknown>;

/** JSON documents (interview settings, parse results) go in as jsonb; the rest as they are. */
function serialize(tx: TransactionSql, values: Values): Record<string, never> {
  // postgres.js types parameters by their TypeScript type; these are checked by Zod already.
  return Object.fromEntries(
    Object.entries(values).map(([key, value]) => [
      key,
      value !== null && typeof value === "object" && !Array.isArray(value) &&
        !(value instanceof Date)
        ? tx.json(value as postgres.JSONValue)
        : value,
    ]),
  ) as Record<string, never>;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

function conditions(tx: TransactionSql, table: OwnedTable, options: ListOptions) {
  let where = tx`true`;
  for (const [column, value] of Object.entries(options.filters ?? {})) {
    if (value !== undefined) where = tx`${where} and ${tx(column)} = ${value}`;
  }
  if (options.q) {
    const haystack = table.searchable
      .map((column) => tx`coalesce(${tx(column)}::text, '')`)
      .reduce((joined, part) => tx`${joined} || ' ' || ${part}`);
    where = tx`${where} and (${haystack}) ilike ${`%${escapeLike(options.q)}%`}`;
  }
  return where;
}

/**
 * One page, newest first (id breaks ties, so pages never overlap), and the total.
 *
 * The page starts at the row `offset` places in, found from the owner's index alone (an
 * index-only scan: (owner_id, created_at, id) holds all it needs), and reads on from there, so
 * page 50 reads its 20 rows, not the 1,000 before them (with OFFSET, Postgres fetched and
 * sorted every one of those). Page size and offset are validated integers, written as
 * literals: without filters or search neither statement has a parameter, and the whole
 * transaction goes out in one round trip (shared/db/transaction.ts).
 */
export function listRows<Row extends postgres.Row>(
  tx: TransactionSql,
  table: OwnedTable,
  options: ListOptions,
) {
  const where = conditions(tx, table, options);
  return [
    tx<Row[]>`
      select ${tx(table.columns as string[])} from ${tx(table.name)}
      where ${where} and (created_at, id) <= (
        select created_at, id from ${tx(table.name)}
        where ${where}
        order by created_at desc, id desc
        offset ${integer(tx, (options.page - 1) * options.page_size)} limit 1
      )
      order by created_at desc, id desc
      limit ${integer(tx, options.page_size)}`,
    tx<{ total: number }[]>`select count(*)::int as total from ${tx(table.name)} where ${where}`,
  ] as const;
}

/** One row by id; the id, when it is a UUID, as a literal (one round trip, as above). */
export function getRow<Row extends postgres.Row>(
  tx: TransactionSql,
  table: OwnedTable,
  id: string,
) {
  return tx<Row[]>`
    select ${tx(table.columns as string[])} from ${tx(table.name)} where id = ${uuid(tx, id)}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A value the statement may carry as a literal rather than a parameter: with `prepare: false`
 * postgres.js asks the server for a statement's parameter types before it sends the values (a
 * round trip of its own, and nothing behind it is written meanwhile). Only values checked
 * here, to be exactly a UUID or a safe integer, are ever written into the SQL; anything else
 * stays a parameter.
 */
function uuid(tx: TransactionSql, value: string) {
  return UUID.test(value) ? tx.unsafe(`'${value}'::uuid`) : value;
}

function integer(tx: TransactionSql, value: number) {
  return Number.isSafeInteger(value) ? tx.unsafe(String(value)) : value;
}

export function insertRow<Row extends postgres.Row>(
  tx: TransactionSql,
  table: OwnedTable,
  values: Values,
) {
  return tx<Row[]>`
    insert into ${tx(table.name)} ${tx(serialize(tx, values))}
    returning ${tx(table.columns as string[])}`;
}

/** Sets `values`, plus any extra assignments (such as a jsonb merge) given as fragments. */
export function updateRow<Row extends postgres.Row>(
  tx: TransactionSql,
  table: OwnedTable,
  id: string,
  values: Values,
  extra: postgres.PendingQuery<postgres.Row[]>[] = [],
) {
  const assignments = [
    ...Object.entries(serialize(tx, values)).map(([column, value]) => tx`${tx(column)} = ${value}`),
    ...extra,
  ].reduce((joined, assignment) => tx`${joined}, ${assignment}`);
  return tx<Row[]>`
    update ${tx(table.name)} set ${assignments}
    where id = ${id}
    returning ${tx(table.columns as string[])}`;
}

export function deleteRow(tx: TransactionSql, table: OwnedTable, id: string) {
  return tx<{ id: string }[]>`delete from ${tx(table.name)} where id = ${id} returning id`;
}

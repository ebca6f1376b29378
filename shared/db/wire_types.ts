/**
 * How values cross the wire between Postgres and the functions, where postgres.js's defaults cost
 * more than the rest of a request: what the client.ts `types` option installs.
 *
 * - timestamptz comes back as the ISO string the API answers with (the schemas' `Timestamp`), not
 *   a Date: JSON.stringify leaves its fast path for any object with a toJSON(), which made a page
 *   of 20 job descriptions take 2.7 times as long to write.
 * - text[] is read by scanning for its delimiters, not a character at a time (postgres.js built
 *   each quoted element with one string concatenation per character: 40 arrays of skills and
 *   requirements on a page took 270 µs of the function's CPU, more than everything else it did).
 */

/**
 * A timestamp as Date.prototype.toJSON writes it ("2026-12-01T10:20:30.456Z"). The server writes
 * UTC timestamptz as "2026-12-01 10:20:30.456789+00" (ISO DateStyle; the connection's TimeZone is
 * UTC), which is rewritten as text; anything else (another offset, a date, a timestamp without
 * zone, taken as UTC) goes through Date. Microseconds are cut to milliseconds, as Date would.
 */
export function isoTimestamp(text: string): string {
  const utc = UTC_TIMESTAMP.exec(text);
  if (utc) return `${utc[1]}T${utc[2]}.${(utc[3] ?? "").padEnd(3, "0").slice(0, 3)}Z`;
  const date = new Date(LOCAL_TIMESTAMP.test(text) ? `${text}Z` : text);
  // 'infinity' has no such form: it stays as the server wrote it.
  return Number.isNaN(date.getTime()) ? text : date.toISOString();
}

const UTC_TIMESTAMP = /^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d)(?:\.(\d{1,6}))?\+00$/;
const LOCAL_TIMESTAMP = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)?$/;

export function serializeTimestamp(value: Date | string): string {
  return (value instanceof Date ? value : new Date(value)).toISOString();
}

export type TextArray = (string | null | TextArray)[];

/**
 * A text[] as the server writes it: `{plain,"with \"quotes\", commas",NULL}`, nested for more
 * dimensions, after an optional `[1:2]=` of bounds. Elements are quoted when they hold a
 * delimiter, a quote, a backslash or white space, or spell NULL; inside quotes a backslash
 * escapes the next character.
 */
export function parseTextArray(text: string): TextArray {
  const start = text.indexOf("{");
  if (start < 0) throw new SyntaxError("not an array");
  const reader = { text, at: start };
  return readArray(reader);
}

function readArray(reader: { text: string; at: number }): TextArray {
  const { text } = reader;
  const items: TextArray = [];
  reader.at++; // past "{"
  if (text[reader.at] === "}") {
    reader.at++;
    return items;
  }
  for (;;) {
    const char = text[reader.at];
    if (char === "{") {
      items.push(readArray(reader));
    } else if (char === '"') {
      items.push(readQuoted(reader));
    } else {
      let end = reader.at;
      while (text[end] !== "," && text[end] !== "}") {
        if (end >= text.length) throw new SyntaxError("unterminated array");
        end++;
      }
      const item = text.slice(reader.at, end);
      items.push(item === "NULL" ? null : item);
      reader.at = end;
    }
    const delimiter = text[reader.at++];
    if (delimiter === "}") return items;
    if (delimiter !== ",") throw new SyntaxError("malformed array");
  }
}

function readQuoted(reader: { text: string; at: number }): string {
  const { text } = reader;
  let value = "";
  let from = reader.at + 1;
  for (;;) {
    const quote = text.indexOf('"', from);
    const backslash = text.indexOf("\\", from);
    if (quote < 0) throw new SyntaxError("unterminated quoted element");
    if (backslash >= 0 && backslash < quote) {
      value += text.slice(from, backslash) + text[backslash + 1];
      from = backslash + 2;
    } else {
      value += text.slice(from, quote);
      reader.at = quote + 1;
      return value;
    }
  }
}

/** An array of strings as a text[] literal, every element quoted (a null as NULL). */
export function serializeTextArray(items: TextArray): string {
  return `{${
    items.map((item) =>
      item === null
        ? "NULL"
        : Array.isArray(item)
        ? serializeTextArray(item)
        : `"${String(item).replaceAll("\\", "\\\\").replaceAll('"', '\\"')}"`
    ).join(",")
  }}`;
}

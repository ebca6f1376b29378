/**
 * Counts the operators in PDF content-stream bytes, fed in chunks: what pdf.js will spend its
 * time on when it builds a page's operator list (about 2-4 µs each), so a page of hundreds of
 * thousands of tiny text operators can be refused before pdf.js starts on it. It also notes
 * where XObjects are painted (`Do`: the unit square under the current transformation, kept by
 * `q`, `Q` and `cm`): pdf.js is told not to decode images, and drops them from its operator list,
 * but text drawn over an image has the image, not the page, as its background.
 *
 * An operator is a short keyword (1-3 of A-Z, a-z, `*`, `'`, `"`: `BT`, `Tj`, `re`, `T*`)
 * standing alone between delimiters. Literal strings `( ... )` (nested, with escapes), hex
 * strings `< ... >` and names `/Name` are skipped, so the text a page shows is not counted.
 */
import { IDENTITY, type Matrix, multiply } from "./pdf_matrix.ts";

const WHITE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIMITER = new Set([0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25]);

function isKeywordByte(byte: number): boolean {
  return (byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a) || byte === 0x2a ||
    byte === 0x27 || byte === 0x22;
}

/** A rectangle in the page's user space: [x0, y0, x1, y1]. */
export type Box = [number, number, number, number];

const MAX_BOXES = 200;

export class OperatorCounter {
  count = 0;
  /** Where XObjects (images, mostly) are painted. */
  readonly painted: Box[] = [];
  #token = "";
  #operands: number[] = [];
  #ctm: Matrix = IDENTITY;
  #saved: Matrix[] = [];
  #stringDepth = 0;
  #escaped = false;
  #inHex = false;
  #inName = false;
  #inComment = false;
  /** Length of the keyword being read; -1 when the token is no keyword. */
  #keyword = 0;
  #previousIsBoundary = true;

  push(bytes: Uint8Array): void {
    for (let i = 0; i < bytes.length; i++) {
      const byte = bytes[i];
      if (this.#stringDepth > 0) {
        if (this.#escaped) this.#escaped = false;
        else if (byte === 0x5c) this.#escaped = true;
        else if (byte === 0x28) this.#stringDepth++;
        else if (byte === 0x29) this.#stringDepth--;
        this.#previousIsBoundary = true;
        continue;
      }
      if (this.#inComment) {
        if (byte === 0x0a || byte === 0x0d) this.#inComment = false;
        continue;
      }
      if (this.#inHex) {
        if (byte === 0x3e) this.#inHex = false;
        continue;
      }
      const boundary = WHITE.has(byte) || DELIMITER.has(byte);
      if (boundary) {
        this.#endToken();
        if (byte === 0x28) this.#stringDepth = 1;
        else if (byte === 0x25) this.#inComment = true;
        else if (byte === 0x2f) this.#inName = true;
        else if (byte === 0x3c) {
          // "<<" opens a dictionary; a single "<" a hex string.
          if (bytes[i + 1] === 0x3c) i++;
          else this.#inHex = true;
        }
        this.#previousIsBoundary = true;
        continue;
      }
      if (this.#inName) continue;
      if (this.#previousIsBoundary) {
        this.#keyword = 0;
        this.#token = "";
      }
      this.#previousIsBoundary = false;
      if (this.#keyword >= 0) this.#keyword = isKeywordByte(byte) ? this.#keyword + 1 : -1;
      if (this.#token.length < 24) this.#token += String.fromCharCode(byte);
    }
  }

  /** Counts a keyword that ended the input. */
  end(): number {
    this.#endToken();
    return this.count;
  }

  #endToken() {
    if (!this.#previousIsBoundary && !this.#inName) {
      if (this.#keyword >= 1 && this.#keyword <= 3) {
        this.count++;
        this.#operator(this.#token);
      } else if (/^[+-]?(?:\d+\.?\d*|\.\d+)$/.test(this.#token)) {
        this.#operands.push(Number(this.#token));
        if (this.#operands.length > 6) this.#operands.shift();
      }
    }
    this.#inName = false;
    this.#keyword = 0;
    this.#token = "";
  }

  #operator(name: string) {
    if (name === "q") this.#saved.push(this.#ctm);
    else if (name === "Q") this.#ctm = this.#saved.pop() ?? this.#ctm;
    else if (name === "cm" && this.#operands.length === 6) {
      this.#ctm = multiply(this.#operands as Matrix, this.#ctm);
    } else if (name === "Do" && this.painted.length < MAX_BOXES) {
      const m = this.#ctm;
      const xs = [m[4], m[0] + m[4], m[2] + m[4], m[0] + m[2] + m[4]];
      const ys = [m[5], m[1] + m[5], m[3] + m[5], m[1] + m[3] + m[5]];
      this.painted.push([Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)]);
    }
    this.#operands = [];
  }
}

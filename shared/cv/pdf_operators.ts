/**
 * Counts the operators in PDF content-stream bytes, fed in chunks: what pdf.js will spend its
 * time on when it builds a page's operator list (about 2-4 µs each), so a page of hundreds of
 * thousands of tiny text operators can be refused before pdf.js starts on it.
 *
 * An operator is a short keyword (1-3 of A-Z, a-z, `*`, `'`, `"`: `BT`, `Tj`, `re`, `T*`)
 * standing alone between delimiters. Literal strings `( ... )` (nested, with escapes), hex
 * strings `< ... >` and names `/Name` are skipped, so the text a page shows is not counted.
 */

const WHITE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIMITER = new Set([0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25]);

function isKeywordByte(byte: number): boolean {
  return (byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a) || byte === 0x2a ||
    byte === 0x27 || byte === 0x22;
}

export class OperatorCounter {
  count = 0;
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
      if (this.#previousIsBoundary) this.#keyword = 0;
      this.#previousIsBoundary = false;
      if (this.#keyword >= 0) this.#keyword = isKeywordByte(byte) ? this.#keyword + 1 : -1;
    }
  }

  /** Counts a keyword that ended the input. */
  end(): number {
    this.#endToken();
    return this.count;
  }

  #endToken() {
    if (!this.#previousIsBoundary && !this.#inName && this.#keyword >= 1 && this.#keyword <= 3) {
      this.count++;
    }
    this.#inName = false;
    this.#keyword = 0;
  }
}

/** Random secrets and their digests (refresh tokens here; ticket codes later). */
import { createHash } from "node:crypto";

/** `bytes` random bytes, base64url without padding (32 bytes: 256 bits, 43 characters). */
export function randomToken(bytes: number): string {
  const raw = crypto.getRandomValues(new Uint8Array(bytes));
  return btoa(String.fromCharCode(...raw)).replace(/\+/g, "-").replace(/\//g, "_").replace(
    /=+$/,
    "",
  );
}

/**
 * The SHA-256 of a string (as UTF-8) or of bytes, as 64 hex digits: what is stored instead of a
 * secret, a file's checksum, an AI input's hash. Node's hash reads the bytes where they are;
 * WebCrypto's digest copies its input first (10 MB more for a CV, kept by the allocator).
 */
export function sha256Hex(value: string | Uint8Array): string {
  return createHash("sha256").update(value).digest("hex");
}

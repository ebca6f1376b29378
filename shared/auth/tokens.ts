/** Random secrets and their digests (refresh tokens here; ticket codes later). */

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
 * secret, a file's checksum, an AI input's hash.
 */
export async function sha256Hex(value: string | Uint8Array<ArrayBuffer>): Promise<string> {
  const bytes = typeof value === "string" ? new TextEncoder().encode(value) : value;
  const digest = await crypto.subtle.digest("SHA-256", bytes);
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

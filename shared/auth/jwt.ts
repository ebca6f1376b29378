/**
 * Access tokens with jose.
 *
 * Verification accepts exactly what Supabase Auth issues: HS256 with the project's (legacy) JWT
 * secret, or ES256/RS256 with a key from the project's JWKS; anything else (`alg: none`, an
 * HS256 token "signed" with a public key, an unknown `kid`) is refused before any signature
 * work. Audience, issuer, expiry and not-before are checked with a small clock skew. Verified
 * tokens are remembered until they expire; revocation is checked in the database on every
 * request (shared/db/transaction.ts), so the cache never outlives a logout.
 */
// jose by entry point rather than its index, which loads all of jose (encryption, key
// generation and import, ...) at every start: these four are what is used.
import type { JWTPayload, JWTVerifyGetKey } from "jose";
import * as joseErrors from "jose/errors";
import { createRemoteJWKSet } from "jose/jwks/remote";
import { SignJWT } from "jose/jwt/sign";
import { jwtVerify } from "jose/jwt/verify";
import { ServiceUnavailableError, UnauthorizedError } from "../http/errors.ts";

export const CLOCK_SKEW_SECONDS = 30;
const ASYMMETRIC_ALGORITHMS = ["ES256", "RS256"];

export interface VerifierOptions {
  /** HS256 secret (Supabase's legacy JWT secret, or the built-in store's). */
  secret?: Uint8Array;
  /** Supabase's JWKS endpoint, for asymmetric signing keys. */
  jwksUrl?: string;
  /** The accepted `iss` values. */
  issuer: string | string[];
  audience: string;
}

/** Verifies tokens for one issuer and audience. */
export class TokenVerifier<Claims extends JWTPayload & { sub: string }> {
  readonly #algorithms: string[];
  readonly #getKey: JWTVerifyGetKey;
  readonly #cache = new Map<string, { claims: Claims; expiresAt: number }>();
  static readonly CACHE_LIMIT = 10_000;

  constructor(private readonly options: VerifierOptions) {
    const jwks = options.jwksUrl ? createRemoteJWKSet(new URL(options.jwksUrl)) : undefined;
    this.#algorithms = [
      ...(options.secret ? ["HS256"] : []),
      ...(jwks ? ASYMMETRIC_ALGORITHMS : []),
    ];
    if (this.#algorithms.length === 0) {
      throw new Error("A token verifier needs a secret or a JWKS URL.");
    }
    const secret = options.secret;
    this.#getKey = (header, token) => {
      if (header.alg === "HS256" && secret) return secret;
      if (jwks && ASYMMETRIC_ALGORITHMS.includes(header.alg)) {
        return jwks(header, token).catch((error) => {
          throw jwksUnavailable(error) ?? error;
        });
      }
      throw new joseErrors.JOSEAlgNotAllowed(
        `"alg" (Algorithm) Header Parameter value not allowed`,
      );
    };
  }

  /** The token's claims, or an UnauthorizedError saying (without detail) why not. */
  async verify(token: string): Promise<Claims> {
    const now = Date.now() / 1000;
    const cached = this.#cache.get(token);
    if (cached && cached.expiresAt > now - CLOCK_SKEW_SECONDS) return cached.claims;
    if (cached) this.#cache.delete(token);

    let claims: Claims;
    try {
      const { payload } = await jwtVerify(token, this.#getKey, {
        algorithms: this.#algorithms,
        issuer: this.options.issuer,
        audience: this.options.audience,
        clockTolerance: CLOCK_SKEW_SECONDS,
        requiredClaims: ["sub", "exp"],
      });
      claims = payload as Claims;
    } catch (error) {
      throw toUnauthorized(error);
    }
    if (typeof claims.sub !== "string" || claims.sub.length === 0) {
      throw new UnauthorizedError("The access token is invalid.", "INVALID_TOKEN");
    }
    // Not yet valid: jose checks `nbf`, but `iat` only against a maximum age. No issuer we
    // trust dates a token ahead of its clock by more than the skew.
    if (typeof claims.iat === "number" && claims.iat > now + CLOCK_SKEW_SECONDS) {
      throw new UnauthorizedError("The access token is invalid.", "INVALID_TOKEN");
    }
    if (this.#cache.size >= TokenVerifier.CACHE_LIMIT) {
      this.#cache.delete(this.#cache.keys().next().value!);
    }
    this.#cache.set(token, { claims, expiresAt: claims.exp! });
    return claims;
  }

  /** Forgets a token at once (on logout in this process; other processes rely on the DB check). */
  forget(token: string): void {
    this.#cache.delete(token);
  }
}

function toUnauthorized(error: unknown): UnauthorizedError {
  if (error instanceof joseErrors.JWTExpired) {
    return new UnauthorizedError("The access token has expired.", "TOKEN_EXPIRED");
  }
  if (error instanceof joseErrors.JWKSTimeout || error instanceof TypeError) {
    // The project's JWKS could not be fetched: not the caller's fault.
    throw new ServiceUnavailableError(
      "Token keys are unavailable; try again shortly.",
      "AUTH_UNAVAILABLE",
    );
  }
  if (error instanceof joseErrors.JOSEError) {
    return new UnauthorizedError("The access token is invalid.", "INVALID_TOKEN");
  }
  throw error;
}

/**
 * The project's JWKS could not be had: not reachable, timed out, an answer other than 200 (a
 * proxy's 502, Supabase Auth's 500), or not a key set. Not the token's fault: 503, so a client
 * keeps its session and tries again, rather than a 401 that would sign it out. (An unknown
 * `kid`, JWKSNoMatchingKey, stays a 401.)
 */
function jwksUnavailable(error: unknown): ServiceUnavailableError | undefined {
  const unavailable = error instanceof TypeError ||
    error instanceof joseErrors.JWKSTimeout ||
    error instanceof joseErrors.JWKSInvalid ||
    // fetchJwks throws the base class, and only it does, for a non-200 or unparsable answer.
    (error instanceof joseErrors.JOSEError && error.constructor === joseErrors.JOSEError);
  if (!unavailable) return undefined;
  return new ServiceUnavailableError(
    "Token keys are unavailable; try again shortly.",
    "AUTH_UNAVAILABLE",
  );
}

/** Signs an HS256 token (the built-in identity store; candidate credentials). */
export async function signToken(
  claims: JWTPayload,
  secret: Uint8Array,
  options: { issuer: string; audience: string; expiresInSeconds: number },
): Promise<{ token: string; expiresAt: number }> {
  const issuedAt = Math.floor(Date.now() / 1000);
  const expiresAt = issuedAt + options.expiresInSeconds;
  const token = await new SignJWT(claims)
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setIssuer(options.issuer)
    .setAudience(options.audience)
    .setIssuedAt(issuedAt)
    .setExpirationTime(expiresAt)
    .sign(secret);
  return { token, expiresAt };
}

/** The bearer token of a request, if it sent one. */
export function bearerToken(authorization: string | undefined): string | undefined {
  const match = authorization?.match(/^Bearer\s+(\S+)\s*$/i);
  return match?.[1];
}

/** The token verifier for recruiters' access tokens, built once from the configuration. */
import { config } from "../config.ts";
import { TokenVerifier } from "./jwt.ts";
import type { AccessClaims } from "./principal.ts";
import { signingSecret } from "./secret.ts";

let recruiters: Promise<TokenVerifier<AccessClaims>> | undefined;

export function recruiterTokens(): Promise<TokenVerifier<AccessClaims>> {
  recruiters ??= (async () => {
    const { jwt, authBackend } = config();
    // Hosted projects sign with asymmetric keys (JWKS), legacy ones with the HS256 secret; the
    // built-in store signs with its own secret.
    const secret = authBackend === "builtin" || jwt.secret ? await signingSecret() : undefined;
    return new TokenVerifier<AccessClaims>({
      secret,
      jwksUrl: jwt.jwksUrl,
      issuer: jwt.issuer,
      audience: jwt.audience,
    });
  })();
  return recruiters;
}

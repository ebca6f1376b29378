/** The token verifiers, built once from the configuration. */
import { config } from "../config.ts";
import { TokenVerifier } from "./jwt.ts";
import type { AccessClaims, CandidateClaims } from "./principal.ts";
import { interviewCredentialSecret, signingSecret } from "./secret.ts";

let recruiters: Promise<TokenVerifier<AccessClaims>> | undefined;
let candidates: Promise<TokenVerifier<CandidateClaims>> | undefined;

/** Candidates' credentials carry audience "interview": never accepted as a recruiter's token. */
export const INTERVIEW_AUDIENCE = "interview";

export function recruiterTokens(): Promise<TokenVerifier<AccessClaims>> {
  recruiters ??= (async () => {
    const { jwt, authBackend } = config();
    // Hosted projects sign with asymmetric keys (JWKS), legacy ones with the HS256 secret; the
    // built-in store signs with its own secret.
    const secret = authBackend === "builtin" || jwt.secret ? await signingSecret() : undefined;
    return new TokenVerifier<AccessClaims>({
      secret,
      jwksUrl: jwt.jwksUrl,
      issuer: jwt.acceptedIssuers,
      audience: jwt.audience,
    });
  })();
  return recruiters;
}

export function candidateTokens(): Promise<TokenVerifier<CandidateClaims>> {
  candidates ??= (async () =>
    new TokenVerifier<CandidateClaims>({
      secret: await interviewCredentialSecret(),
      issuer: config().jwt.issuer,
      audience: INTERVIEW_AUDIENCE,
    }))();
  return candidates;
}

/** The token verifiers, built from the configuration. */
import { perConfig } from "../per_config.ts";
import { TokenVerifier } from "./jwt.ts";
import type { AccessClaims, CandidateClaims } from "./principal.ts";
import { interviewCredentialSecret, signingSecret } from "./secret.ts";

/** Candidates' credentials carry audience "interview": never accepted as a recruiter's token. */
export const INTERVIEW_AUDIENCE = "interview";

export const recruiterTokens = perConfig(
  async ({ jwt, authBackend }): Promise<TokenVerifier<AccessClaims>> => {
    // Hosted projects sign with asymmetric keys (JWKS), legacy ones with the HS256 secret; the
    // built-in store signs with its own secret.
    const secret = authBackend === "builtin" || jwt.secret ? await signingSecret() : undefined;
    return new TokenVerifier<AccessClaims>({
      secret,
      jwksUrl: jwt.jwksUrl,
      issuer: jwt.acceptedIssuers,
      audience: jwt.audience,
    });
  },
);

export const candidateTokens = perConfig(
  async ({ jwt }): Promise<TokenVerifier<CandidateClaims>> =>
    new TokenVerifier<CandidateClaims>({
      secret: await interviewCredentialSecret(),
      issuer: jwt.issuer,
      audience: INTERVIEW_AUDIENCE,
    }),
);

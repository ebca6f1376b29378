/** Where a request came from, for rate limits and the session record. */
import type { Context } from "hono";
import type { RequestMeta } from "../auth/identity.ts";

/**
 * The key under which the local stack's gateway (local/gateway.ts) hands a function the client
 * address it saw, in the app's env (`app.fetch(request, env)`), instead of rewriting the
 * request's headers: a request's headers cannot be changed, and copying the request for that
 * cost more than the rest of a light route. A symbol, so no other env can carry it by chance.
 */
export const GATEWAY_CLIENT_ADDRESS = Symbol("client address seen by the local gateway");

/** The env the local gateway passes: the socket's address, or null when it has none. */
export type GatewayEnv = { [GATEWAY_CLIENT_ADDRESS]: string | null };

/**
 * The client address as the platform's proxy reports it: Supabase's gateway sets these headers;
 * behind the local stack's gateway, the address it saw, whatever headers a client sent.
 */
export function requestMeta(c: Context): RequestMeta {
  const env = c.env as Partial<GatewayEnv> | undefined;
  const ip = env && GATEWAY_CLIENT_ADDRESS in env
    ? env[GATEWAY_CLIENT_ADDRESS] ?? null
    : c.req.header("cf-connecting-ip") ?? c.req.header("x-real-ip") ??
      c.req.header("x-forwarded-for")?.split(",")[0]?.trim() ?? null;
  return {
    ip: ip && /^[0-9a-fA-F:.]{2,45}$/.test(ip) ? ip : null,
    userAgent: c.req.header("user-agent")?.slice(0, 500) ?? null,
  };
}

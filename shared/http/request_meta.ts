/** Where a request came from, for rate limits and the session record. */
import type { Context } from "hono";
import type { RequestMeta } from "../auth/identity.ts";

/**
 * The client address as the platform's proxy reports it. Supabase's gateway and the local stack
 * both set these headers; the local stack overwrites any a client sent.
 */
export function requestMeta(c: Context): RequestMeta {
  const forwarded = c.req.header("x-forwarded-for")?.split(",")[0]?.trim();
  const ip = c.req.header("cf-connecting-ip") ?? c.req.header("x-real-ip") ?? forwarded ?? null;
  return {
    ip: ip && /^[0-9a-fA-F:.]{2,45}$/.test(ip) ? ip : null,
    userAgent: c.req.header("user-agent")?.slice(0, 500) ?? null,
  };
}

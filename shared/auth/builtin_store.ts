/**
 * The built-in identity store, for the embedded local stack: Supabase Auth's tables
 * (`auth.users`, `auth.sessions`, `auth.refresh_tokens`) in the same database, bcrypt hashes at
 * cost 10, and access tokens with Supabase's claims, so the profile trigger, the policies and
 * the session check behave exactly as under Supabase Auth, and users carry over.
 *
 * Refresh tokens rotate: each is good once. Presenting one that was already used revokes its
 * whole family (the session), as Supabase Auth's reuse detection does. Only a token's SHA-256
 * is stored.
 */
import { config } from "../config.ts";
import { jsonb, sql } from "../db/statement.ts";
import { query, type Transaction, withServiceTransaction } from "../db/transaction.ts";
import { ConflictError, UnauthorizedError } from "../http/errors.ts";
import type { RegisterRequest } from "../schemas/auth.ts";
import type { IdentityBackend, IssuedSession, RequestMeta } from "./identity.ts";
import { signToken } from "./jwt.ts";
import { hashPassword, UNKNOWN_USER_HASH, verifyPassword } from "./password.ts";
import { signingSecret } from "./secret.ts";
import { randomToken, sha256Hex } from "./tokens.ts";

const INSTANCE_ID = "00000000-0000-0000-0000-000000000000";
const APP_METADATA = { provider: "email", providers: ["email"] };

interface UserRow {
  id: string;
  email: string;
  raw_user_meta_data: Record<string, unknown> | null;
  raw_app_meta_data: Record<string, unknown> | null;
}

export class BuiltinIdentityStore implements IdentityBackend {
  readonly name = "builtin" as const;

  async register(input: RegisterRequest, meta: RequestMeta): Promise<IssuedSession> {
    await this.#refuseTakenEmail(input.email);
    const hash = await hashPassword(input.password);
    return await withServiceTransaction(async (tx) => {
      const userMetadata = {
        full_name: input.full_name,
        ...(input.company_name ? { company_name: input.company_name } : {}),
      };
      const rows = await query(
        tx,
        sql<UserRow>`
          insert into auth.users (
            instance_id, id, aud, role, email, encrypted_password, email_confirmed_at,
            raw_app_meta_data, raw_user_meta_data, created_at, updated_at
          ) values (
            ${INSTANCE_ID}, gen_random_uuid(), 'authenticated', 'authenticated', ${input.email}, ${hash}, now(),
            ${jsonb(APP_METADATA)}, ${jsonb(userMetadata)}, now(), now()
          )
          on conflict do nothing
          returning id, email, raw_user_meta_data, raw_app_meta_data`,
      );
      // Two registrations for one email at once: the second finds the row the first inserted.
      if (rows.length === 0) throw emailTaken();
      return await this.#startSession(tx, rows[0], meta);
    });
  }

  async login(email: string, password: string, meta: RequestMeta): Promise<IssuedSession> {
    const [user] = await withServiceTransaction((tx) =>
      query(
        tx,
        sql<UserRow & { encrypted_password: string; banned_until: string | null }>`
          select id, email, encrypted_password, raw_user_meta_data, raw_app_meta_data, banned_until
          from auth.users
          where email = ${email.toLowerCase()} and is_sso_user = false and deleted_at is null`,
      )
    );
    // Always one bcrypt comparison, so an unknown email answers as slowly as a wrong password.
    const matches = await verifyPassword(password, user?.encrypted_password || UNKNOWN_USER_HASH);
    const banned = user?.banned_until && Date.parse(user.banned_until) > Date.now();
    if (!user || !matches || banned) {
      throw new UnauthorizedError("Invalid email or password.", "INVALID_CREDENTIALS");
    }
    return await withServiceTransaction(async (tx) => {
      await query(
        tx,
        sql`update auth.users set last_sign_in_at = now(), updated_at = now() where id = ${user.id}`,
      );
      return await this.#startSession(tx, user, meta);
    });
  }

  async refresh(refreshToken: string, _meta: RequestMeta): Promise<IssuedSession> {
    const outcome = await withServiceTransaction(async (tx) => {
      const [current] = await query(
        tx,
        sql<{ id: number; revoked: boolean; session_id: string; session_expired: boolean }>`
          select rt.id::int, rt.revoked, rt.session_id,
                 (s.not_after is not null and s.not_after <= now()) as session_expired
          from auth.refresh_tokens rt
          join auth.sessions s on s.id = rt.session_id
          where rt.token = ${sha256Hex(refreshToken)}
          for update of rt`,
      );
      if (!current || current.session_expired) return null;
      if (current.revoked) {
        // Reuse of a rotated token: someone else may hold it. End the whole session.
        await query(tx, sql`delete from auth.sessions where id = ${current.session_id}`);
        return "reused" as const;
      }
      const [user] = await query(
        tx,
        sql<UserRow>`
          select u.id, u.email, u.raw_user_meta_data, u.raw_app_meta_data
          from auth.sessions s join auth.users u on u.id = s.user_id
          where s.id = ${current.session_id} and u.deleted_at is null`,
      );
      if (!user) return null;
      await query(
        tx,
        sql`update auth.refresh_tokens set revoked = true, updated_at = now() where id = ${current.id}`,
      );
      await query(
        tx,
        sql`update auth.sessions set refreshed_at = now(), updated_at = now() where id = ${current.session_id}`,
      );
      return await this.#issue(tx, user, current.session_id, String(current.id));
    });
    if (outcome === null || outcome === "reused") {
      throw new UnauthorizedError(
        "The refresh token is invalid or was already used.",
        "INVALID_REFRESH_TOKEN",
      );
    }
    return outcome;
  }

  async logout(_accessToken: string, sessionId: string | null, userId: string): Promise<void> {
    await withServiceTransaction((tx) =>
      query(
        tx,
        sessionId
          ? sql`delete from auth.sessions where id = ${sessionId} and user_id = ${userId}`
          : sql`delete from auth.sessions where user_id = ${userId}`,
      )
    );
  }

  async #refuseTakenEmail(email: string): Promise<void> {
    const [taken] = await withServiceTransaction((tx) =>
      query(tx, sql`select 1 from auth.users where email = ${email} and is_sso_user = false`)
    );
    if (taken) throw emailTaken();
  }

  async #startSession(
    tx: Transaction,
    user: UserRow,
    meta: RequestMeta,
  ): Promise<IssuedSession> {
    const [session] = await query(
      tx,
      sql<{ id: string }>`
        insert into auth.sessions (id, user_id, created_at, updated_at, aal, user_agent, ip)
        values (gen_random_uuid(), ${user.id}, now(), now(), 'aal1', ${meta.userAgent}, ${meta.ip}::inet)
        returning id`,
    );
    return await this.#issue(tx, user, session.id, null);
  }

  /** A new refresh token in the session's family, and an access token with Supabase's claims. */
  async #issue(
    tx: Transaction,
    user: UserRow,
    sessionId: string,
    parent: string | null,
  ): Promise<IssuedSession> {
    const refreshToken = randomToken(32);
    const tokenHash = sha256Hex(refreshToken);
    await query(
      tx,
      sql`
        insert into auth.refresh_tokens (instance_id, token, user_id, revoked, created_at, updated_at, parent, session_id)
        values (${INSTANCE_ID}, ${tokenHash}, ${user.id}, false, now(), now(), ${parent}, ${sessionId})`,
    );
    const { jwt } = config();
    const now = Math.floor(Date.now() / 1000);
    const { token, expiresAt } = await signToken(
      {
        sub: user.id,
        role: "authenticated",
        email: user.email,
        phone: "",
        app_metadata: user.raw_app_meta_data ?? APP_METADATA,
        user_metadata: user.raw_user_meta_data ?? {},
        aal: "aal1",
        amr: [{ method: "password", timestamp: now }],
        session_id: sessionId,
        is_anonymous: false,
      },
      await signingSecret(),
      { issuer: jwt.issuer, audience: jwt.audience, expiresInSeconds: jwt.expirySeconds },
    );
    return { userId: user.id, accessToken: token, refreshToken, expiresAt };
  }
}

function emailTaken() {
  return new ConflictError("An account with this email already exists.", "EMAIL_TAKEN");
}

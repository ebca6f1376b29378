/**
 * A local stand-in for Supabase Auth (GoTrue): the part of its documented HTTP contract that
 * supabase-js calls and the functions rely on, served at `<url>/auth/v1/...` on 127.0.0.1.
 *
 * It keeps its state where Supabase Auth does, in the test database's `auth.users`,
 * `auth.sessions` and `auth.refresh_tokens` (so the profile trigger fires and the functions'
 * session check sees exactly what it would on a hosted project), hashes passwords with bcrypt
 * at cost 10 (`$2a$`, as Go writes them), and signs access tokens with an ES256 key published
 * in its JWKS under a `kid`, with Supabase's claims.
 *
 * Behaviour follows supabase/auth (GoTrue v2):
 * - `POST /signup`: with autoconfirm (Supabase's default for local projects) a session; without,
 *   the user only. An existing confirmed email: 422 `user_already_exists` under autoconfirm, else
 *   an obfuscated user (no enumeration).
 * - `POST /token?grant_type=password`: 400 `invalid_credentials` for an unknown email and a wrong
 *   password alike; 400 `email_not_confirmed`.
 * - `POST /token?grant_type=refresh_token`: rotation in `auth.refresh_tokens`. A revoked token
 *   that is the parent of the session's active one answers with the active one (the client
 *   lost the answer to its last refresh); any other revoked token is good for the reuse
 *   interval, after which it is 400 `refresh_token_already_used` and every token of the session
 *   is revoked (the session row itself stays, as in GoTrue). Unknown: 400
 *   `refresh_token_not_found`.
 * - `POST /logout?scope=local|global|others` and `GET /user` need the user's access token:
 *   401 `no_authorization` without one, 403 `bad_jwt` for a bad one, 403 `user_not_found` /
 *   `session_not_found` when its user or session is gone. Logout answers 204.
 * - `POST /admin/users` needs the service role key as the Bearer token (403 `not_admin`).
 * - `GET /.well-known/jwks.json`: the public signing keys, no API key needed.
 * - Every other route needs an `apikey` header with the anon or service role key, as the API
 *   gateway in front of a hosted project demands (401 otherwise).
 * - Errors: `{code, msg}` with `code` the error code for clients that send
 *   `X-Supabase-Api-Version: 2024-01-01` (supabase-js does), `{code: <status>, error_code, msg}`
 *   for others; `weak_password` carries `weak_password.reasons`.
 *
 * For fault injection, `faults` (changeable at any time) delays answers or their bodies, or
 * answers with a status (500, 502 with an HTML body, 429, ...), on some or all paths; `stop()`
 * leaves the port closed (connection refused) until `restart()` opens it again.
 */
import bcrypt from "bcryptjs";
import {
  exportJWK,
  generateKeyPair,
  type JWK,
  type JWTPayload,
  jwtVerify,
  type KeyObject,
  SignJWT,
} from "jose";
import postgres from "postgres";

type CryptoKeyLike = CryptoKey | KeyObject;

const INSTANCE_ID = "00000000-0000-0000-0000-000000000000";
const API_VERSION = "2024-01-01";

export interface StandInOptions {
  anonKey?: string;
  serviceRoleKey?: string;
  /** GoTrue's `MAILER_AUTOCONFIRM`: sign-ups are confirmed (and signed in) at once. */
  autoconfirm?: boolean;
  /** GoTrue's `PASSWORD_MIN_LENGTH` (6 by default). */
  minPasswordLength?: number;
  /** GoTrue's `SECURITY_REFRESH_TOKEN_REUSE_INTERVAL`, seconds (10 by default). */
  refreshTokenReuseIntervalSeconds?: number;
  /** GoTrue's `JWT_EXP`, seconds (3600 by default). */
  accessTokenSeconds?: number;
}

export interface Faults {
  /** Wait this long before answering. */
  delayMs?: number;
  /** Answer with this status instead (GoTrue's error shape, or `body` when given). */
  status?: number;
  /** The raw body of a `status` answer, e.g. a proxy's HTML error page. */
  body?: string;
  /** Send the headers at once, but the body only after this long. */
  stallBodyMs?: number;
  /** Only requests whose path (after /auth/v1) matches; every request when absent. */
  paths?: RegExp;
}

export interface RecordedRequest {
  method: string;
  /** The path after /auth/v1, e.g. `/token`. */
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  body: unknown;
}

interface UserRow {
  id: string;
  aud: string | null;
  role: string | null;
  email: string | null;
  encrypted_password: string | null;
  email_confirmed_at: Date | null;
  last_sign_in_at: Date | null;
  raw_app_meta_data: Record<string, unknown> | null;
  raw_user_meta_data: Record<string, unknown> | null;
  created_at: Date | null;
  updated_at: Date | null;
  banned_until: Date | null;
  is_anonymous: boolean;
}

interface SessionRow {
  id: string;
  user_id: string;
  created_at: Date;
  not_after: Date | null;
}

type Sql = postgres.Sql | postgres.TransactionSql;

/** An error GoTrue answers with. */
class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly errorCode: string,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export class GoTrueStandIn {
  /** The project URL (SUPABASE_URL): `http://127.0.0.1:<port>`. */
  readonly url: string;
  readonly anonKey: string;
  readonly serviceRoleKey: string;
  /** Faults to inject; change them at any time. */
  faults: Faults = {};
  /** Every request that reached a route, oldest first. */
  readonly requests: RecordedRequest[] = [];
  autoconfirm: boolean;
  minPasswordLength: number;
  refreshTokenReuseIntervalSeconds: number;
  accessTokenSeconds: number;
  readonly kid: string;

  #server: Deno.HttpServer<Deno.NetAddr> | undefined;
  readonly #port: number;
  readonly #sql: postgres.Sql;
  readonly #privateKey: CryptoKeyLike;
  readonly #publicKey: CryptoKeyLike;
  readonly #publicJwk: JWK;

  private constructor(
    options: StandInOptions,
    sql: postgres.Sql,
    keys: { privateKey: CryptoKeyLike; publicKey: CryptoKeyLike; publicJwk: JWK; kid: string },
  ) {
    this.#server = Deno.serve(
      { hostname: "127.0.0.1", port: 0, onListen: () => {} },
      (request) => this.#handle(request),
    );
    this.#port = this.#server.addr.port;
    this.url = `http://127.0.0.1:${this.#port}`;
    this.#sql = sql;
    this.#privateKey = keys.privateKey;
    this.#publicKey = keys.publicKey;
    this.#publicJwk = keys.publicJwk;
    this.kid = keys.kid;
    this.anonKey = options.anonKey ?? "standin-anon-key";
    this.serviceRoleKey = options.serviceRoleKey ?? "standin-service-role-key";
    this.autoconfirm = options.autoconfirm ?? true;
    this.minPasswordLength = options.minPasswordLength ?? 6;
    this.refreshTokenReuseIntervalSeconds = options.refreshTokenReuseIntervalSeconds ?? 10;
    this.accessTokenSeconds = options.accessTokenSeconds ?? 3600;
  }

  /** Starts a stand-in on a free port, over the database in SUPABASE_DB_URL (or DATABASE_URL). */
  static async start(options: StandInOptions = {}): Promise<GoTrueStandIn> {
    const databaseUrl = Deno.env.get("SUPABASE_DB_URL") ?? Deno.env.get("DATABASE_URL");
    if (!databaseUrl) throw new Error("The Supabase Auth stand-in needs SUPABASE_DB_URL.");
    const sql = postgres(databaseUrl, { max: 4, prepare: false, onnotice: () => {} });
    const { privateKey, publicKey } = await generateKeyPair("ES256", { extractable: true });
    const kid = crypto.randomUUID();
    const publicJwk = {
      ...(await exportJWK(publicKey)),
      alg: "ES256",
      kid,
      use: "sig",
      key_ops: ["verify"],
      ext: true,
    };
    return new GoTrueStandIn(options, sql, { privateKey, publicKey, publicJwk, kid });
  }

  /** The JWKS the stand-in publishes. */
  get jwks(): { keys: JWK[] } {
    return { keys: [this.#publicJwk] };
  }

  /** The issuer of its tokens: `<url>/auth/v1`. */
  get issuer(): string {
    return `${this.url}/auth/v1`;
  }

  /** Signs a token with the stand-in's own key (tests forge expired or odd tokens with it). */
  async sign(claims: JWTPayload, header: { kid?: string } = {}): Promise<string> {
    return await new SignJWT(claims)
      .setProtectedHeader({ alg: "ES256", kid: header.kid ?? this.kid, typ: "JWT" })
      .sign(this.#privateKey);
  }

  /** Closes the port: from now on every request is refused at the TCP level. */
  async stop(): Promise<void> {
    const server = this.#server;
    this.#server = undefined;
    await server?.shutdown();
  }

  /** Opens the same port again after `stop()`. */
  restart(): void {
    if (this.#server) return;
    this.#server = Deno.serve(
      { hostname: "127.0.0.1", port: this.#port, onListen: () => {} },
      (request) => this.#handle(request),
    );
  }

  /** Stops the server and closes the database connections. */
  async close(): Promise<void> {
    await this.stop();
    await this.#sql.end();
  }

  /** The requests recorded for one path (and method), oldest first. */
  requestsTo(path: string, method = "POST"): RecordedRequest[] {
    return this.requests.filter((r) => r.path === path && r.method === method);
  }

  // --- HTTP ----------------------------------------------------------------------------------

  async #handle(request: Request): Promise<Response> {
    const { stallBodyMs, paths } = this.faults;
    const response = await this.#answer(request);
    if (!stallBodyMs || (paths && !paths.test(authPath(new URL(request.url))))) {
      return response;
    }
    const body = new Uint8Array(await response.arrayBuffer());
    const stalled = new ReadableStream<Uint8Array>({
      async start(controller) {
        await new Promise((r) => setTimeout(r, stallBodyMs));
        try {
          controller.enqueue(body);
          controller.close();
        } catch {
          // The client gave up first.
        }
      },
    });
    return new Response(stalled, { status: response.status, headers: response.headers });
  }

  async #answer(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const path = authPath(url);
    const faults = this.faults;
    const faulty = !faults.paths || faults.paths.test(path);
    if (faulty && faults.delayMs) await new Promise((r) => setTimeout(r, faults.delayMs));
    const version = requestApiVersion(request);
    try {
      if (faulty && faults.status) {
        if (faults.body !== undefined) {
          return new Response(faults.body, {
            status: faults.status,
            headers: { "Content-Type": "text/html" },
          });
        }
        throw faults.status === 429
          ? new ApiError(429, "over_request_rate_limit", "Request rate limit reached")
          : new ApiError(faults.status, "unexpected_failure", "Internal Server Error");
      }
      if (!url.pathname.startsWith("/auth/v1/")) throw new ApiError(404, "not_found", "Not Found");
      let body: unknown = null;
      if (request.method !== "GET" && request.method !== "HEAD") {
        const text = await request.text();
        if (text) {
          try {
            body = JSON.parse(text);
          } catch {
            throw new ApiError(400, "bad_json", "Could not parse request body as JSON");
          }
        }
      }
      this.requests.push({
        method: request.method,
        path,
        query: Object.fromEntries(url.searchParams),
        headers: Object.fromEntries(request.headers),
        body,
      });
      if (path === "/.well-known/jwks.json" && request.method === "GET") {
        return json(200, this.jwks, { "Cache-Control": "public, max-age=600" });
      }
      const gatewayRefusal = this.#checkApiKey(request);
      if (gatewayRefusal) return gatewayRefusal;
      return await this.#route(request, url, path, (body ?? {}) as Record<string, unknown>);
    } catch (error) {
      if (!(error instanceof ApiError)) {
        console.error("gotrue stand-in:", error);
        return errorResponse(
          new ApiError(500, "unexpected_failure", "Internal Server Error"),
          version,
        );
      }
      return errorResponse(error, version);
    }
  }

  /** What the API gateway in front of a project checks: a known API key. */
  #checkApiKey(request: Request): Response | undefined {
    const key = request.headers.get("apikey") ?? new URL(request.url).searchParams.get("apikey");
    if (!key) return json(401, { message: "No API key found in request" });
    if (key !== this.anonKey && key !== this.serviceRoleKey) {
      return json(401, { message: "Invalid API key" });
    }
  }

  async #route(
    request: Request,
    url: URL,
    path: string,
    body: Record<string, unknown>,
  ): Promise<Response> {
    const route = `${request.method} ${path}`;
    switch (route) {
      case "GET /health":
        return json(200, { version: "standin", name: "GoTrue", description: "stand-in" });
      case "POST /signup":
        return await this.#signup(request, body);
      case "POST /token": {
        const grant = url.searchParams.get("grant_type");
        if (grant === "password") return await this.#passwordGrant(request, body);
        if (grant === "refresh_token") return await this.#refreshGrant(body);
        throw new ApiError(400, "validation_failed", "unsupported_grant_type");
      }
      case "POST /logout":
        return await this.#logout(request, url);
      case "GET /user": {
        const { user } = await this.#authenticate(request);
        return json(200, userJson(user));
      }
      case "POST /admin/users":
        return await this.#adminCreateUser(request, body);
    }
    throw new ApiError(404, "not_found", "Not Found");
  }

  // --- Endpoints -----------------------------------------------------------------------------

  async #signup(request: Request, body: Record<string, unknown>): Promise<Response> {
    const email = validEmail(body.email);
    const password = typeof body.password === "string" ? body.password : "";
    if (!password) throw new ApiError(422, "validation_failed", "Signup requires a valid password");
    this.#checkPasswordStrength(password);
    const data = isObject(body.data) ? body.data : {};

    const existing = await this.#findUserByEmail(this.#sql, email);
    if (existing && existing.email_confirmed_at) {
      if (this.autoconfirm) {
        throw new ApiError(422, "user_already_exists", "User already registered");
      }
      // Without autoconfirm GoTrue answers as for a new user, so emails cannot be enumerated.
      return json(200, obfuscatedUser(email, data));
    }
    if (existing) return json(200, userJson(existing));

    const hash = await hashPassword(password);
    const outcome = await this.#sql.begin(async (tx) => {
      const user = await this.#insertUser(tx, {
        email,
        hash,
        confirmed: this.autoconfirm,
        userMetadata: data,
        appMetadata: {},
      });
      if (!this.autoconfirm) return { user };
      return { user, session: await this.#startSession(tx, user, request) };
    });
    return json(200, outcome.session ?? userJson(outcome.user));
  }

  async #passwordGrant(request: Request, body: Record<string, unknown>): Promise<Response> {
    const email = typeof body.email === "string" ? body.email.trim().toLowerCase() : "";
    const password = typeof body.password === "string" ? body.password : "";
    if (!email) throw new ApiError(400, "validation_failed", "missing email or phone");
    const user = await this.#findUserByEmail(this.#sql, email);
    if (!user || !user.encrypted_password) throw invalidCredentials();
    if (!(await bcrypt.compare(password, user.encrypted_password))) throw invalidCredentials();
    if (!user.email_confirmed_at) {
      throw new ApiError(400, "email_not_confirmed", "Email not confirmed");
    }
    if (user.banned_until && user.banned_until.getTime() > Date.now()) {
      throw new ApiError(400, "user_banned", "User is banned");
    }
    const session = await this.#sql.begin(async (tx) => {
      await tx`update auth.users set last_sign_in_at = now(), updated_at = now() where id = ${user.id}`;
      const [fresh] = await tx<UserRow[]>`select * from auth.users where id = ${user.id}`;
      return await this.#startSession(tx, fresh, request);
    });
    return json(200, session);
  }

  async #refreshGrant(body: Record<string, unknown>): Promise<Response> {
    const presented = typeof body.refresh_token === "string" ? body.refresh_token : "";
    if (!presented) throw new ApiError(400, "validation_failed", "Refresh Token is required");
    const outcome = await this.#sql.begin(async (tx) => {
      const [token] = await tx<
        {
          id: string;
          token: string;
          revoked: boolean;
          parent: string | null;
          session_id: string | null;
          updated_at: Date;
          user_id: string;
        }[]
      >`
        select id::text, token, revoked, parent, session_id, updated_at, user_id
        from auth.refresh_tokens where token = ${presented} for update`;
      if (!token) {
        return new ApiError(
          400,
          "refresh_token_not_found",
          "Invalid Refresh Token: Refresh Token Not Found",
        );
      }
      const [user] = await tx<UserRow[]>`
        select * from auth.users where id::text = ${token.user_id} for update`;
      if (!user) {
        return new ApiError(
          400,
          "refresh_token_not_found",
          "Invalid Refresh Token: Refresh Token Not Found",
        );
      }
      if (user.banned_until && user.banned_until.getTime() > Date.now()) {
        return new ApiError(400, "user_banned", "User is banned");
      }
      const [session] = token.session_id
        ? await tx<SessionRow[]>`select * from auth.sessions where id = ${token.session_id}`
        : [];
      if (!session) {
        return new ApiError(
          400,
          "refresh_token_not_found",
          "Invalid Refresh Token: Refresh Token Not Found",
        );
      }
      if (session.not_after && session.not_after.getTime() <= Date.now()) {
        return new ApiError(400, "session_expired", "Invalid Refresh Token: Session Expired");
      }

      let issued: string | undefined;
      if (token.revoked) {
        const [active] = await tx<{ token: string; parent: string | null }[]>`
          select token, parent from auth.refresh_tokens
          where session_id = ${session.id} and revoked = false
          order by id desc limit 1`;
        if (active && active.parent === token.token) {
          // The client never stored the answer to its last refresh: give it that answer again.
          issued = active.token;
        } else {
          const reuseUntil = token.updated_at.getTime() +
            this.refreshTokenReuseIntervalSeconds * 1000;
          if (Date.now() > reuseUntil) {
            // Possible abuse: revoke the whole family (the session's tokens); the session stays.
            await tx`
              update auth.refresh_tokens set revoked = true, updated_at = now()
              where session_id = ${session.id} and revoked = false`;
            return new ApiError(
              400,
              "refresh_token_already_used",
              "Invalid Refresh Token: Already Used",
            );
          }
        }
      }
      if (!issued) {
        await tx`update auth.refresh_tokens set revoked = true, updated_at = now() where id = ${token.id}`;
        issued = await this.#insertRefreshToken(tx, user.id, session.id, token.token);
      }
      await tx`update auth.sessions set refreshed_at = now(), updated_at = now() where id = ${session.id}`;
      return await this.#sessionJson(user, session.id, issued, session.created_at);
    });
    if (outcome instanceof ApiError) throw outcome;
    return json(200, outcome);
  }

  async #logout(request: Request, url: URL): Promise<Response> {
    const scope = url.searchParams.get("scope") ?? "global";
    if (!["global", "local", "others", ""].includes(scope)) {
      throw new ApiError(400, "validation_failed", `Unsupported logout scope "${scope}"`);
    }
    const { user, session } = await this.#authenticate(request);
    if (session && scope === "local") {
      await this.#sql`delete from auth.sessions where id = ${session.id}`;
    } else if (session && scope === "others") {
      await this.#sql`delete from auth.sessions where user_id = ${user.id} and id <> ${session.id}`;
    } else {
      await this.#sql`delete from auth.sessions where user_id = ${user.id}`;
    }
    return new Response(null, { status: 204, headers: { "X-Supabase-Api-Version": API_VERSION } });
  }

  async #adminCreateUser(request: Request, body: Record<string, unknown>): Promise<Response> {
    this.#requireAdmin(request);
    const email = validEmail(body.email);
    const password = typeof body.password === "string" ? body.password : undefined;
    if (password !== undefined) this.#checkPasswordStrength(password);
    if (await this.#findUserByEmail(this.#sql, email)) {
      throw new ApiError(
        422,
        "email_exists",
        "A user with this email address has already been registered",
      );
    }
    const hash = password === undefined ? null : await hashPassword(password);
    const user = await this.#insertUser(this.#sql, {
      email,
      hash,
      confirmed: body.email_confirm === true,
      userMetadata: isObject(body.user_metadata) ? body.user_metadata : {},
      appMetadata: isObject(body.app_metadata) ? body.app_metadata : {},
    });
    return json(200, userJson(user));
  }

  // --- Identity ------------------------------------------------------------------------------

  /** GoTrue's `requireAuthentication` and `maybeLoadUserOrSession`. */
  async #authenticate(request: Request): Promise<{ user: UserRow; session: SessionRow | null }> {
    const token = bearer(request);
    if (!token) {
      throw new ApiError(401, "no_authorization", "This endpoint requires a valid Bearer token");
    }
    let claims: JWTPayload;
    try {
      ({ payload: claims } = await jwtVerify(token, this.#verificationKey, {
        algorithms: ["ES256"],
      }));
    } catch (error) {
      throw new ApiError(
        403,
        "bad_jwt",
        `invalid JWT: unable to parse or verify signature, ${(error as Error).message}`,
      );
    }
    const [user] = typeof claims.sub === "string" && isUuid(claims.sub)
      ? await this.#sql<UserRow[]>`select * from auth.users where id = ${claims.sub}`
      : [];
    if (!user) {
      throw new ApiError(403, "user_not_found", "User from sub claim in JWT does not exist");
    }
    const sessionId = claims.session_id;
    if (typeof sessionId !== "string" || !sessionId || sessionId === INSTANCE_ID) {
      return { user, session: null };
    }
    const [session] = isUuid(sessionId)
      ? await this.#sql<SessionRow[]>`select * from auth.sessions where id = ${sessionId}`
      : [];
    if (!session) {
      throw new ApiError(
        403,
        "session_not_found",
        "Session from session_id claim in JWT does not exist",
      );
    }
    return { user, session };
  }

  /** Only the key in the stand-in's JWKS verifies (GoTrue looks the key up by `kid`). */
  #verificationKey = (header: { kid?: string }): CryptoKeyLike => {
    if (header.kid !== this.kid) throw new Error("unrecognized kid");
    return this.#publicKey;
  };

  /** GoTrue's `requireAdmin`: the service role key (or a service_role token) as the Bearer. */
  #requireAdmin(request: Request): void {
    const token = bearer(request);
    if (!token) {
      throw new ApiError(401, "no_authorization", "This endpoint requires a valid Bearer token");
    }
    if (token !== this.serviceRoleKey) throw new ApiError(403, "not_admin", "User not allowed");
  }

  #checkPasswordStrength(password: string): void {
    if (password.length < this.minPasswordLength) {
      throw new ApiError(
        422,
        "weak_password",
        `Password should be at least ${this.minPasswordLength} characters.`,
        { weak_password: { reasons: ["length"] } },
      );
    }
  }

  async #findUserByEmail(sql: Sql, email: string): Promise<UserRow | undefined> {
    const [user] = await sql<UserRow[]>`
      select * from auth.users
      where instance_id = ${INSTANCE_ID} and lower(email) = ${email.toLowerCase()}
        and aud = 'authenticated' and is_sso_user = false`;
    return user;
  }

  async #insertUser(
    sql: Sql,
    input: {
      email: string;
      hash: string | null;
      confirmed: boolean;
      userMetadata: Record<string, unknown>;
      appMetadata: Record<string, unknown>;
    },
  ): Promise<UserRow> {
    const id = crypto.randomUUID();
    // GoTrue folds the email identity's data into the user's metadata.
    const userMetadata = {
      ...input.userMetadata,
      sub: id,
      email: input.email,
      email_verified: input.confirmed,
      phone_verified: false,
    };
    const appMetadata = { ...input.appMetadata, provider: "email", providers: ["email"] };
    try {
      const [user] = await sql<UserRow[]>`
        insert into auth.users (
          instance_id, id, aud, role, email, encrypted_password, email_confirmed_at,
          raw_app_meta_data, raw_user_meta_data, is_super_admin, created_at, updated_at
        ) values (
          ${INSTANCE_ID}, ${id}, 'authenticated', 'authenticated', ${input.email}, ${input.hash},
          ${input.confirmed ? new Date() : null}, ${sql.json(appMetadata as postgres.JSONValue)},
          ${sql.json(userMetadata as postgres.JSONValue)}, false, now(), now()
        )
        returning *`;
      return user;
    } catch (error) {
      // A concurrent sign-up of the same email: GoTrue reports its failed insert as a 500.
      if (error instanceof postgres.PostgresError) {
        throw new ApiError(500, "unexpected_failure", "Database error saving new user");
      }
      throw error;
    }
  }

  async #startSession(sql: Sql, user: UserRow, request: Request) {
    const [session] = await sql<SessionRow[]>`
      insert into auth.sessions (id, user_id, created_at, updated_at, aal, user_agent, ip)
      values (
        gen_random_uuid(), ${user.id}, now(), now(), 'aal1',
        ${request.headers.get("user-agent")}, ${clientAddress(request)}::inet
      )
      returning *`;
    const refreshToken = await this.#insertRefreshToken(sql, user.id, session.id, null);
    return await this.#sessionJson(user, session.id, refreshToken, session.created_at);
  }

  async #insertRefreshToken(
    sql: Sql,
    userId: string,
    sessionId: string,
    parent: string | null,
  ): Promise<string> {
    const token = secureAlphanumeric(12);
    await sql`
      insert into auth.refresh_tokens (instance_id, token, user_id, revoked, created_at, updated_at, parent, session_id)
      values (${INSTANCE_ID}, ${token}, ${userId}, false, now(), now(), ${parent}, ${sessionId})`;
    return token;
  }

  /** GoTrue's AccessTokenResponse. */
  async #sessionJson(user: UserRow, sessionId: string, refreshToken: string, signedInAt: Date) {
    const now = Math.floor(Date.now() / 1000);
    const expiresAt = now + this.accessTokenSeconds;
    const accessToken = await this.sign({
      iss: this.issuer,
      sub: user.id,
      aud: user.aud ?? "authenticated",
      exp: expiresAt,
      iat: now,
      email: user.email ?? "",
      phone: "",
      app_metadata: user.raw_app_meta_data ?? {},
      user_metadata: user.raw_user_meta_data ?? {},
      role: user.role ?? "authenticated",
      aal: "aal1",
      amr: [{ method: "password", timestamp: Math.floor(signedInAt.getTime() / 1000) }],
      session_id: sessionId,
      is_anonymous: user.is_anonymous,
    });
    return {
      access_token: accessToken,
      token_type: "bearer",
      expires_in: this.accessTokenSeconds,
      expires_at: expiresAt,
      refresh_token: refreshToken,
      user: userJson(user),
    };
  }
}

// --- Helpers ---------------------------------------------------------------------------------

/** The path after /auth/v1. */
function authPath(url: URL): string {
  return url.pathname.replace(/^\/auth\/v1/, "");
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return Response.json(body, {
    status,
    headers: { "X-Supabase-Api-Version": API_VERSION, ...headers },
  });
}

/** GoTrue's error answer, in the shape the client's API version asks for. */
function errorResponse(error: ApiError, version: string | null): Response {
  const modern = version !== null && version >= API_VERSION;
  const body = modern
    ? { code: error.errorCode, msg: error.message, ...error.extra }
    : { code: error.status, error_code: error.errorCode, msg: error.message, ...error.extra };
  return json(error.status, body);
}

function requestApiVersion(request: Request): string | null {
  const value = request.headers.get("X-Supabase-Api-Version");
  return value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
}

function invalidCredentials(): ApiError {
  return new ApiError(400, "invalid_credentials", "Invalid login credentials");
}

function validEmail(value: unknown): string {
  if (typeof value !== "string" || value.trim() === "") {
    throw new ApiError(400, "validation_failed", "An email address is required");
  }
  const email = value.trim();
  if (email.length > 255) {
    throw new ApiError(400, "validation_failed", "An email address is too long");
  }
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    throw new ApiError(
      400,
      "email_address_invalid",
      `Unable to validate email address: invalid format`,
    );
  }
  return email.toLowerCase();
}

function userJson(user: UserRow) {
  const confirmedAt = user.email_confirmed_at?.toISOString() ?? null;
  return {
    id: user.id,
    aud: user.aud ?? "",
    role: user.role ?? "",
    email: user.email ?? "",
    email_confirmed_at: confirmedAt ?? undefined,
    phone: "",
    confirmed_at: confirmedAt ?? undefined,
    last_sign_in_at: user.last_sign_in_at?.toISOString() ?? undefined,
    app_metadata: user.raw_app_meta_data ?? {},
    user_metadata: user.raw_user_meta_data ?? {},
    identities: [
      {
        identity_id: user.id,
        id: user.id,
        user_id: user.id,
        identity_data: {
          email: user.email,
          email_verified: confirmedAt !== null,
          phone_verified: false,
          sub: user.id,
        },
        provider: "email",
        last_sign_in_at: user.created_at?.toISOString(),
        created_at: user.created_at?.toISOString(),
        updated_at: user.updated_at?.toISOString(),
        email: user.email,
      },
    ],
    created_at: user.created_at?.toISOString(),
    updated_at: user.updated_at?.toISOString(),
    is_anonymous: user.is_anonymous,
  };
}

/** What GoTrue answers for a sign-up of a taken email when emails must be confirmed. */
function obfuscatedUser(email: string, data: Record<string, unknown>) {
  const now = new Date().toISOString();
  return {
    id: crypto.randomUUID(),
    aud: "authenticated",
    role: "authenticated",
    email,
    phone: "",
    confirmation_sent_at: now,
    app_metadata: { provider: "email", providers: ["email"] },
    user_metadata: data,
    identities: [],
    created_at: now,
    updated_at: now,
    is_anonymous: false,
  };
}

async function hashPassword(password: string): Promise<string> {
  // Go's bcrypt writes `$2a$`; the hash is otherwise the same.
  const salt = (await bcrypt.genSalt(10)).replace(/^\$2b\$/, "$2a$");
  return await bcrypt.hash(password, salt);
}

function bearer(request: Request): string | undefined {
  return request.headers.get("Authorization")?.match(/^Bearer\s+(\S+)\s*$/i)?.[1];
}

function clientAddress(request: Request): string | null {
  const forwarded = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded && /^[0-9a-f.:]+$/i.test(forwarded) ? forwarded : null;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}

/** GoTrue's refresh tokens: 12 random lowercase letters and digits. */
function secureAlphanumeric(length: number): string {
  const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
  const out: string[] = [];
  while (out.length < length) {
    for (const byte of crypto.getRandomValues(new Uint8Array(length * 2))) {
      // 252 = 7 * 36: no modulo bias.
      if (byte < 252 && out.length < length) out.push(alphabet[byte % 36]);
    }
  }
  return out.join("");
}

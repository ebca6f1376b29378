/**
 * Hygiene: what answers and logs may never carry.
 *
 * - Every auth answer, success or error, is `Cache-Control: no-store` with
 *   `X-Content-Type-Options: nosniff` (every other answer's nosniff is checked by the fuzz tests).
 * - A failure inside the database (an unmapped error whose text is SQL) is a 500 that says
 *   nothing but "Something went wrong on our side.": no stack trace, no SQL, no driver names.
 * - With request logging on, a session's whole life (register, login, a wrong password, me,
 *   refresh, a reused refresh token, logout, a ticket redeemed, an injected 500) writes no
 *   password, access token, refresh token, ticket code or interview credential to the logs.
 */
import { assert, assertEquals } from "./helpers/assert.ts";
import { type ApiResponse, client, registerRecruiter, uniqueEmail } from "./helpers/http.ts";
import { adminSql, startStack, test } from "./helpers/stack.ts";

const stack = await startStack({ LOG_REQUESTS: "true" });
const call = client(stack.url);
const db = adminSql();
const RUN = crypto.randomUUID().slice(0, 8);

/** Everything written to the console while `work` runs (and still printed). */
async function captured<T>(work: () => Promise<T>): Promise<{ result: T; output: string }> {
  const lines: string[] = [];
  const methods = ["log", "error", "warn", "info", "debug"] as const;
  const originals = methods.map((name) => console[name]);
  for (const name of methods) {
    console[name] = (...args: unknown[]) => {
      lines.push(
        args.map((a) => typeof a === "string" ? a : Deno.inspect(a, { depth: 10 })).join(" "),
      );
    };
  }
  try {
    const result = await work();
    return { result, output: lines.join("\n") };
  } finally {
    methods.forEach((name, i) => console[name] = originals[i]);
  }
}

function assertNoStore(response: ApiResponse, label: string) {
  assertEquals(response.headers.get("cache-control"), "no-store", label);
  assertEquals(response.headers.get("x-content-type-options"), "nosniff", label);
}

/** A trigger on `table` that raises an error Postgres gives no meaning to, for `condition`. */
async function withInternalFailure<T>(table: string, condition: string, work: () => Promise<T>) {
  const name = `hygiene_${RUN}_${table.replace(/\W/g, "_")}`;
  await db.unsafe(`
    create function public.${name}() returns trigger
    language plpgsql security definer set search_path = '' as $$
    begin
      if ${condition} then
        raise exception 'select encrypted_password from auth.users where email = %', new.id
          using errcode = 'XX000';
      end if;
      return new;
    end $$;
    create trigger ${name} before insert on ${table}
      for each row execute function public.${name}();`);
  try {
    return await work();
  } finally {
    await db.unsafe(`drop trigger ${name} on ${table}; drop function public.${name}();`);
  }
}

test("hygiene: every auth answer, success or error, is no-store and nosniff", async () => {
  // Request logging is on in this file: its lines are kept out of the test output.
  await captured(async () => await everyAuthAnswer());
});

async function everyAuthAnswer() {
  const email = uniqueEmail("hygiene");
  const password = "correct horse battery";
  const register = await call("/auth/register", { json: { email, password, full_name: "H" } });
  assertEquals(register.status, 201);
  const session = register.body.data;
  const answers: [string, ApiResponse][] = [
    ["register 201", register],
    ["register 409", await call("/auth/register", { json: { email, password, full_name: "H" } })],
    ["register 422", await call("/auth/register", { json: { email: "nope" } })],
    ["login 200", await call("/auth/login", { json: { email, password } })],
    ["login 401", await call("/auth/login", { json: { email, password: "wrong password" } })],
    [
      "login 400",
      await call("/auth/login", { body: "{", headers: { "Content-Type": "application/json" } }),
    ],
    ["me 200", await call("/auth/me", { token: session.access_token })],
    ["me 401", await call("/auth/me", { token: "forged" })],
  ];
  const refreshed = await call("/auth/refresh", { json: { refresh_token: session.refresh_token } });
  answers.push(["refresh 200", refreshed]);
  answers.push([
    "refresh 401",
    await call("/auth/refresh", { json: { refresh_token: session.refresh_token } }),
  ]);
  const fresh = await registerRecruiter(call);
  answers.push([
    "logout 200",
    await call("/auth/logout", { method: "POST", token: fresh.access_token }),
  ]);
  answers.push([
    "logout 401",
    await call("/auth/logout", { method: "POST", token: fresh.access_token }),
  ]);
  for (const [label, response] of answers) {
    assertEquals(String(response.status), label.split(" ")[1], label);
    assertNoStore(response, label);
  }
}

test("hygiene: a failure inside the database is a 500 with no SQL, stack or driver text", async () => {
  const recruiter = await registerRecruiter(call);
  const { result: response, output } = await captured(() =>
    withInternalFailure(
      "public.job_descriptions",
      `new.title = 'explode ${RUN}'`,
      () =>
        call("/jobs", {
          token: recruiter.access_token,
          json: { title: `explode ${RUN}`, description: "x" },
        }),
    )
  );
  assertEquals(response.status, 500);
  assertEquals(response.body.error, {
    code: "INTERNAL_ERROR",
    message: "Something went wrong on our side.",
  });
  const text = JSON.stringify(response.body) + [...response.headers].join(" ");
  for (
    const leak of [
      /select/i,
      /auth\.users/,
      /postgres/i,
      /\.ts:\d+/,
      /\bat /,
      /XX000/,
      /encrypted_password/,
    ]
  ) {
    assert(!leak.test(text), `the answer shows ${leak}: ${text}`);
  }
  // The operator's log has it all, under the request id the caller was given.
  assert(output.includes(response.body.request_id), output);
  assert(output.includes("encrypted_password"), "the log keeps the database's own message");
});

test("hygiene: passwords, tokens, ticket codes and credentials never reach the logs", async () => {
  const email = uniqueEmail("secrets");
  const password = `pw-${crypto.randomUUID()}`;
  const wrongPassword = `wrong-${crypto.randomUUID()}`;
  const secrets: string[] = [password, wrongPassword];
  const { output } = await captured(async () => {
    const registered = await call("/auth/register", {
      json: { email, password, full_name: "Secret Keeper" },
    });
    assertEquals(registered.status, 201);
    secrets.push(registered.body.data.access_token, registered.body.data.refresh_token);
    assertEquals(
      (await call("/auth/login", { json: { email, password: wrongPassword } })).status,
      401,
    );
    const login = await call("/auth/login", { json: { email, password } });
    assertEquals(login.status, 200);
    const token = login.body.data.access_token;
    secrets.push(token, login.body.data.refresh_token);
    assertEquals((await call("/auth/me", { token })).status, 200);
    const refreshed = await call("/auth/refresh", {
      json: { refresh_token: login.body.data.refresh_token },
    });
    assertEquals(refreshed.status, 200);
    secrets.push(refreshed.body.data.access_token, refreshed.body.data.refresh_token);
    // A reused refresh token, a forged and an expired-looking bearer: refusals log nothing secret.
    assertEquals(
      (await call("/auth/refresh", { json: { refresh_token: login.body.data.refresh_token } }))
        .status,
      401,
    );
    assertEquals((await call("/auth/me", { token: `${token}x` })).status, 401);

    // A ticket's code and the candidate's credential are secrets too.
    const me = await registerRecruiter(call);
    const job =
      (await call("/jobs", { token: me.access_token, json: { title: "J", description: "D" } })).body
        .data;
    const candidate = (await call("/candidates", {
      token: me.access_token,
      json: { full_name: "C", email: uniqueEmail("c") },
    })).body.data;
    const ticket = (await call("/tickets", {
      token: me.access_token,
      json: { candidate_id: candidate.id, job_description_id: job.id },
    })).body.data;
    const credential =
      (await call("/interviews/redeem", { json: { code: ticket.code } })).body.data;
    secrets.push(
      me.access_token,
      me.refresh_token,
      me.password,
      ticket.code,
      credential.access_token,
    );
    assertEquals((await call("/interviews/redeem", { json: { code: ticket.code } })).status, 409);

    // An injected 500 in the middle of a sign-in, logged with its stack.
    const failed = await withInternalFailure(
      "auth.sessions",
      `exists (select from auth.users u where u.id = new.user_id and u.email = '${email}')`,
      () => call("/auth/login", { json: { email, password } }),
    );
    assertEquals(failed.status, 500);
    // (The reused refresh token above ended that session; this recruiter signs out instead.)
    assertEquals(
      (await call("/auth/logout", { method: "POST", token: me.access_token })).status,
      200,
    );
  });
  assert(output.includes("POST /auth/login 200"), `request logging is on:\n${output}`);
  assert(output.includes("unhandled"), "the 500 was logged");
  for (const secret of secrets) {
    assert(secret.length >= 16);
    // The whole secret, or a telling piece of it (a JWT's signature, a token's first half).
    const pieces = [
      secret,
      secret.split(".").at(-1)!,
      secret.slice(0, Math.ceil(secret.length / 2)),
    ];
    for (const piece of pieces) {
      assert(!output.includes(piece), `a secret reached the logs: …${piece.slice(0, 6)}…`);
    }
  }
});

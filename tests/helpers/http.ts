/** A small client for the functions' HTTP API, as a frontend calls it. */

// deno-lint-ignore no-explicit-any
export interface ApiResponse<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

export interface CallOptions {
  method?: string;
  token?: string;
  /** A value to send as JSON, or a raw body (string, FormData, ...) sent as it is. */
  json?: unknown;
  body?: BodyInit;
  headers?: Record<string, string>;
}

/** `httpClient` can pick the source address (a test's own client address for rate limits). */
export function client(baseUrl: string, httpClient?: Deno.HttpClient) {
  // deno-lint-ignore no-explicit-any
  return async function call<T = any>(
    path: string,
    options: CallOptions = {},
  ): Promise<ApiResponse<T>> {
    const headers = new Headers(options.headers);
    if (options.token) headers.set("Authorization", `Bearer ${options.token}`);
    let body = options.body;
    if (options.json !== undefined) {
      headers.set("Content-Type", "application/json");
      body = JSON.stringify(options.json);
    }
    const response = await fetch(`${baseUrl}${path}`, {
      method: options.method ?? (body === undefined ? "GET" : "POST"),
      headers,
      body,
      client: httpClient,
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // Not JSON: the test sees the raw text.
    }
    return { status: response.status, headers: response.headers, body: parsed as T };
  };
}

export type Call = ReturnType<typeof client>;

let counter = 0;
/** An email no other test uses. */
export function uniqueEmail(label = "recruiter"): string {
  return `${label}.${Date.now().toString(36)}.${(counter++).toString(36)}.${
    crypto.randomUUID().slice(0, 8)
  }@example.com`;
}

/** Registers a recruiter and returns the session answer's data. */
export async function registerRecruiter(call: Call, overrides: Record<string, unknown> = {}) {
  const input = {
    email: uniqueEmail(),
    password: "correct horse battery staple",
    full_name: "Test Recruiter",
    ...overrides,
  };
  const response = await call("/auth/register", { json: input });
  if (response.status !== 201) {
    throw new Error(`register failed: ${response.status} ${JSON.stringify(response.body)}`);
  }
  return { ...response.body.data, password: input.password, email: input.email } as {
    access_token: string;
    refresh_token: string;
    user: { id: string; email: string; full_name: string };
    password: string;
    email: string;
  };
}

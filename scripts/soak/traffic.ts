/**
 * The soak test's traffic: what a frontend does, as a weighted mix of operations (reads and
 * searches, creates, edits and deletes, CV uploads, sign-ins, whole interviews, and requests
 * that must be refused), each answer recorded as a sample with whether its request expected it.
 */

const PASSWORD = "soak password 2026";

interface Answer {
  status: number;
  // deno-lint-ignore no-explicit-any
  body: any;
}

export interface Sample {
  at: number;
  ms: number;
  label: string;
  status: number;
  code: string;
  expected: boolean;
}

/** The traffic against the functions at `base`; samples are timed from `started`. */
export function soakTraffic(base: string, started: number) {
  const samples: Sample[] = [];

  async function request(
    label: string,
    path: string,
    expect: number[],
    init: { method?: string; token?: string; json?: unknown; body?: BodyInit } = {},
  ): Promise<Answer> {
    const headers = new Headers();
    if (init.token) headers.set("Authorization", `Bearer ${init.token}`);
    let body = init.body;
    if (init.json !== undefined) {
      headers.set("Content-Type", "application/json");
      body = JSON.stringify(init.json);
    }
    const t0 = performance.now();
    let answer: Answer;
    try {
      const response = await fetch(`${base}${path}`, {
        method: init.method ?? (body === undefined ? "GET" : "POST"),
        headers,
        body,
        signal: AbortSignal.timeout(30_000),
      });
      const text = await response.text();
      let parsed: unknown = undefined;
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = undefined;
      }
      answer = { status: response.status, body: parsed };
    } catch (error) {
      answer = { status: 0, body: { error: { code: (error as Error).name } } };
    }
    const t1 = performance.now();
    samples.push({
      at: t1 - started,
      ms: t1 - t0,
      label,
      status: answer.status,
      code: answer.body?.error?.code ?? "",
      expected: expect.includes(answer.status),
    });
    return answer;
  }

  interface Recruiter {
    email: string;
    token: string;
    jobs: string[];
    candidates: string[];
  }

  let counter = 0;
  const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

  async function signUp(n: number): Promise<Recruiter> {
    const email = `soak.${n}.${unique()}@example.com`;
    const answer = await request("register", "/auth/register", [201], {
      json: { email, password: PASSWORD, full_name: `Soak Recruiter ${n}`, company_name: "Soak" },
    });
    if (answer.status !== 201) {
      throw new Error(`register: ${answer.status} ${JSON.stringify(answer.body)}`);
    }
    const recruiter: Recruiter = {
      email,
      token: answer.body.data.access_token,
      jobs: [],
      candidates: [],
    };
    for (let i = 0; i < 5; i++) await createJob(recruiter);
    for (let i = 0; i < 5; i++) await createCandidate(recruiter);
    return recruiter;
  }

  async function createJob(r: Recruiter) {
    const answer = await request("POST /jobs", "/jobs", [201], {
      token: r.token,
      json: {
        title: `Backend Engineer ${unique()}`,
        description: "Design, build and run the services behind our interview platform.",
        skills: ["TypeScript", "PostgreSQL", "Deno"],
        requirements: ["5+ years of backend work"],
        status: "open",
        interview_settings: { question_count: 2, duration_minutes: 30 },
      },
    });
    if (answer.status === 201) r.jobs.push(answer.body.data.id);
  }

  async function createCandidate(r: Recruiter) {
    const answer = await request("POST /candidates", "/candidates", [201], {
      token: r.token,
      json: { full_name: `Candidate ${unique()}`, email: `cand.${unique()}@example.com` },
    });
    if (answer.status === 201) r.candidates.push(answer.body.data.id);
  }

  const pick = <T>(items: T[]): T => items[Math.floor(Math.random() * items.length)];
  /** The jobs made at sign-up: never deleted, so reads, edits and interviews always find them. */
  const stable = (r: Recruiter) => r.jobs.slice(0, 5);

  const CV = new TextEncoder().encode(`Jane Doe
  jane.doe@example.com | +44 20 7946 0958 | London

  EXPERIENCE
  Senior Backend Engineer, Acme Ltd (2019 - present)
  Built payment APIs in TypeScript and PostgreSQL.

  EDUCATION
  BSc Computer Science, University of Leeds (2012 - 2015)

  SKILLS
  TypeScript, PostgreSQL, Docker, Kubernetes
  `);

  /** One whole interview: ticket, redeem, start, answer each question, finish, report. */
  async function interview(r: Recruiter) {
    const ticket = await request("POST /tickets", "/tickets", [201], {
      token: r.token,
      json: { candidate_id: pick(r.candidates), job_description_id: pick(stable(r)) },
    });
    if (ticket.status !== 201) return;
    const redeemed = await request("POST /interviews/redeem", "/interviews/redeem", [201], {
      json: { code: ticket.body.data.code },
    });
    if (redeemed.status !== 201) return;
    const { interview_id: id, access_token: token } = redeemed.body.data;
    await request("POST /interviews/:id/start", `/interviews/${id}/start`, [200], {
      method: "POST",
      token,
    });
    for (let i = 0; i < 5; i++) {
      const next = await request("GET /interviews/:id/next", `/interviews/${id}/next`, [200], {
        token,
      });
      const question = next.body?.data?.question;
      if (!question) break;
      await request("POST /interviews/:id/responses", `/interviews/${id}/responses`, [201], {
        token,
        json: {
          question_id: question.id,
          answer_text:
            "I led the move to partitioned tables, profiled with EXPLAIN ANALYZE and cut p99 from 800 ms to 120 ms.",
          duration_seconds: 90,
        },
      });
    }
    await request("POST /interviews/:id/finish", `/interviews/${id}/finish`, [200], {
      method: "POST",
      token,
    });
    await request("POST /reports", "/reports", [201], {
      token: r.token,
      json: { interview_id: id },
    });
    await request("GET /interviews/:id", `/interviews/${id}`, [200], { token: r.token });
  }

  type Operation = (r: Recruiter) => Promise<unknown>;

  /** The mix, by weight. */
  const MIX: [number, Operation][] = [
    [6, () => request("GET /health", "/health", [200])],
    [3, () => request("GET /health/db", "/health/db", [200])],
    [10, (r) => request("GET /auth/me", "/auth/me", [200], { token: r.token })],
    [10, (r) => request("GET /jobs", "/jobs?page_size=20", [200], { token: r.token })],
    [5, (r) => request("GET /jobs?q", "/jobs?q=engineer&status=open", [200], { token: r.token })],
    [10, (r) => request("GET /jobs/:id", `/jobs/${pick(stable(r))}`, [200], { token: r.token })],
    [4, createJob],
    [3, (r) =>
      request("PATCH /jobs/:id", `/jobs/${pick(stable(r))}`, [200], {
        method: "PATCH",
        token: r.token,
        json: { location: `Remote ${unique()}`, interview_settings: { difficulty: "hard" } },
      })],
    [1, async (r) => {
      // Deletes one of its own newer jobs (never one an interview may use: those have tickets).
      if (r.jobs.length <= 5) return;
      const id = r.jobs.pop()!;
      await request("DELETE /jobs/:id", `/jobs/${id}`, [200, 409], {
        method: "DELETE",
        token: r.token,
      });
    }],
    [6, (r) => request("GET /candidates", "/candidates?q=candidate", [200], { token: r.token })],
    [3, createCandidate],
    [2, (r) => {
      const form = new FormData();
      form.append("candidate_id", pick(r.candidates));
      form.append("file", new Blob([CV], { type: "text/plain" }), "cv.txt");
      return request("POST /cvs", "/cvs", [201], { token: r.token, body: form });
    }],
    [3, (r) => request("GET /cvs", "/cvs?page_size=10", [200], { token: r.token })],
    [3, (r) => request("GET /interviews", "/interviews", [200], { token: r.token })],
    [2, (r) => request("GET /reports", "/reports", [200], { token: r.token })],
    [
      1,
      (r) =>
        request("POST /auth/login", "/auth/login", [200], {
          json: { email: r.email, password: PASSWORD },
        }),
    ],
    [2, interview],
    // Refused, as they should be.
    [
      3,
      (r) =>
        request("GET /jobs/:unknown", `/jobs/${crypto.randomUUID()}`, [404], { token: r.token }),
    ],
    [2, (r) =>
      request("POST /jobs (invalid)", "/jobs", [422], {
        token: r.token,
        json: { title: "", description: 5, owner_id: "x" },
      })],
    [2, () => request("GET /auth/me (bad token)", "/auth/me", [401], { token: "not.a.token" })],
  ];
  const totalWeight = MIX.reduce((n, [w]) => n + w, 0);
  function chooseOperation(): Operation {
    let roll = Math.random() * totalWeight;
    for (const [weight, operation] of MIX) {
      roll -= weight;
      if (roll < 0) return operation;
    }
    return MIX[0][1];
  }

  return { samples, signUp, chooseOperation };
}

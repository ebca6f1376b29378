/**
 * Sending the generated requests (at most CONCURRENCY at once, each answer counted) and checking
 * their answers: a property per route and family, with a seed of its own.
 */
import { assert, assertEquals } from "../helpers/assert.ts";
import { type Answer, answerSchema, errorAnswerProblems, fc, send } from "../helpers/fuzz.ts";
import { describe, type FuzzRequest, printable } from "./requests.ts";

const SEED = 20261124;

/** Sends to the functions at `base`; counts every answer by status. */
export function fuzzer(base: string) {
  /** At most this many requests in flight at once. */
  const CONCURRENCY = 24;
  let inFlight = 0;
  const waiting: (() => void)[] = [];
  const tally = { sent: 0, statuses: new Map<number, number>() };

  async function request(
    path: string,
    init: { method: string; headers?: Record<string, string>; body?: string | Uint8Array },
  ): Promise<Answer> {
    if (inFlight >= CONCURRENCY) await new Promise<void>((resolve) => waiting.push(resolve));
    inFlight++;
    try {
      const answer = await send(`${base}${path}`, init);
      tally.sent++;
      tally.statuses.set(answer.status, (tally.statuses.get(answer.status) ?? 0) + 1);
      return answer;
    } finally {
      inFlight--;
      waiting.shift()?.();
    }
  }

  function seedOf(label: string): number {
    let hash = SEED;
    for (const char of label) hash = (hash * 31 + char.charCodeAt(0)) | 0;
    return hash;
  }

  async function property(
    label: string,
    arbitrary: fc.Arbitrary<FuzzRequest>,
    numRuns: number,
    check: (r: FuzzRequest, answer: Answer) => void,
  ) {
    await fc.assert(
      fc.asyncProperty(arbitrary.map(printable), async (r) => {
        const answer = await request(r.path, {
          method: r.method,
          headers: r.headers,
          body: r.body,
        });
        try {
          check(r, answer);
        } catch (error) {
          throw new Error(
            `${(error as Error).message}\n  request: ${describe(r)}\n  answer: ${answer.status} ${
              answer.text.slice(0, 400)
            }`,
          );
        }
      }),
      { seed: seedOf(label), numRuns, endOnFailure: true },
    );
  }

  return { request, property, tally };
}

export function checkRefused(r: FuzzRequest, answer: Answer) {
  assert(answer.status >= 400 && answer.status < 500, `expected a 4xx, got ${answer.status}`);
  const problems = errorAnswerProblems(answer);
  assert(problems.length === 0, problems.join("; "));
  // A request that reached its route is answered only as the contract says.
  if (answer.status !== 404 && answer.status !== 401) {
    assert(
      r.route.statuses.includes(answer.status),
      `${answer.status} is not documented for ${r.route.id}`,
    );
  }
}

export const created = new Map<string, number>();
/** Phase 1's answers by route: each route must have been reached, not stopped at the door. */
export const validAnswers = new Map<string, Map<string, number>>();

export function checkValid(r: FuzzRequest, answer: Answer) {
  const tally = validAnswers.get(r.route.id) ?? new Map<string, number>();
  const outcome = `${answer.status} ${answer.json?.error?.code ?? ""}`.trim();
  tally.set(outcome, (tally.get(outcome) ?? 0) + 1);
  validAnswers.set(r.route.id, tally);
  assert(answer.status !== 0, "no answer: the connection failed");
  assert(answer.status < 500, `a valid-shaped request got ${answer.status}`);
  assert(
    r.route.statuses.includes(answer.status),
    `${answer.status} is not documented for ${r.route.id}`,
  );
  assertEquals(answer.headers.get("x-content-type-options"), "nosniff");
  if (answer.status >= 400) {
    const problems = errorAnswerProblems(answer);
    assert(problems.length === 0, problems.join("; "));
    return;
  }
  if (answer.status === 201) created.set(r.route.id, (created.get(r.route.id) ?? 0) + 1);
  const schema = answerSchema(r.route, answer.status);
  if (schema) {
    const parsed = schema.safeParse(answer.json);
    assert(
      parsed.success,
      `the answer does not match the documented schema: ${
        parsed.success ? "" : JSON.stringify(parsed.error.issues.slice(0, 3))
      }`,
    );
  }
}

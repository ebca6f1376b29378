/**
 * Candidates over HTTP: the suite every recruiter-owned resource passes
 * (tests/helpers/resource_suite.ts), then one email per recruiter's pipeline.
 */
import { assertEquals } from "./helpers/assert.ts";
import { adminSql, startStack, test } from "./helpers/stack.ts";
import { client, registerRecruiter, uniqueEmail } from "./helpers/http.ts";
import { create, resourceSuite } from "./helpers/resource_suite.ts";

const stack = await startStack();
const call = client(stack.url);
const db = adminSql();

resourceSuite(
  {
    path: "/candidates",
    table: "candidates",
    valid: () => ({
      full_name: "Grace Hopper",
      email: uniqueEmail("candidate"),
      phone: "+1 555 0100",
    }),
    defaults: { status: "new", notes: null, linkedin_url: null, location: null },
    invalid: {
      body: { full_name: "", email: "nope", linkedin_url: "ftp://x", status: "hired!", id: "x" },
      paths: ["email", "full_name", "id", "linkedin_url", "status"],
    },
    change: { status: "screening", notes: "Strong systems background." },
    searchable: (marker) => ({ full_name: `Ada ${marker}`, email: uniqueEmail("search") }),
    status: ["screening", "interviewing"],
  },
  call,
  db,
);

test("candidates: one email per recruiter's pipeline (409), but two recruiters may share a candidate", async () => {
  const alice = await registerRecruiter(call);
  const bob = await registerRecruiter(call);
  const email = uniqueEmail("shared");
  await create(call, alice.access_token, "/candidates", { full_name: "Shared Person", email });
  const duplicate = await call("/candidates", {
    json: { full_name: "Same Person", email: email.toUpperCase() },
    token: alice.access_token,
  });
  assertEquals(duplicate.status, 409);
  assertEquals(duplicate.body.error.code, "CANDIDATE_EMAIL_TAKEN");
  await create(call, bob.access_token, "/candidates", { full_name: "Shared Person", email });
});

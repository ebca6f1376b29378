/** Cases beyond the matrix: credentials that reach one interview, and claims that almost do. */
import { ACTORS, candidateFor, type Identity } from "./actors.ts";
import { A, B, rows as r, type Table, uuid } from "./fixture.ts";
import { type Expected, sees } from "./matrix.ts";
import { insertInto, selectAll, type Statement, updateRow } from "./statements.ts";

export const CREDENTIALS: [string, Identity, Table, Statement, Expected][] = [
  // A candidate credential reaches its own interview and nothing beside it.
  [
    "a candidate cannot answer another interview's question under its own interview",
    ACTORS.candidate,
    "interview_responses",
    insertInto("interview_responses", { question_id: r.interview_questions["A2-open"] }),
    "23503",
  ],
  [
    "a candidate cannot answer for another interview",
    ACTORS.candidate,
    "interview_responses",
    insertInto("interview_responses", {
      interview_id: r.interviews.A2,
      question_id: r.interview_questions["A2-open"],
    }),
    "42501",
  ],
  [
    "a candidate cannot add a question to its interview in another recruiter's name",
    ACTORS.candidate,
    "interview_questions",
    insertInto("interview_questions", { owner_id: B }),
    // Refused by the candidate guard before the foreign key is even checked.
    "42501",
  ],
  [
    "a candidate cannot hand its interview to another recruiter",
    ACTORS.candidate,
    "interviews",
    updateRow("interviews", r.interviews.A, { owner_id: B }),
    "42501",
  ],
  [
    "a candidate cannot move its interview's question to another interview",
    ACTORS.candidate,
    "interview_questions",
    updateRow("interview_questions", r.interview_questions.A, { interview_id: r.interviews.A2 }),
    "0 rows",
  ],
  [
    "a candidate credential for another recruiter's interview sees nothing of A's",
    candidateFor(r.interviews.B),
    "interview_questions",
    selectAll("interview_questions"),
    sees("B"),
  ],

  // The credential exactly as the interviews function signs it (`sub` is the interview's id).
  [
    "a candidate credential with sub = its interview id sees that interview only",
    {
      role: "authenticated",
      claims: {
        sub: r.interviews.A,
        role: "authenticated",
        aud: "interview",
        interview_id: r.interviews.A,
      },
    },
    "interviews",
    selectAll("interviews"),
    sees("A"),
  ],
  [
    "a candidate credential with sub = its interview id answers its own interview",
    {
      role: "authenticated",
      claims: {
        sub: r.interviews.A,
        role: "authenticated",
        aud: "interview",
        interview_id: r.interviews.A,
      },
    },
    "interview_responses",
    insertInto("interview_responses", {}),
    "ok",
  ],

  // Claims that almost make a credential do not.
  [
    "an interview_id claim without aud 'interview' opens no interview",
    {
      role: "authenticated",
      claims: {
        sub: uuid(),
        role: "authenticated",
        aud: "authenticated",
        interview_id: r.interviews.A,
      },
    },
    "interviews",
    selectAll("interviews"),
    sees(),
  ],
  [
    "a recruiter's token carrying an interview_id claim opens no one else's interview",
    {
      role: "authenticated",
      claims: { sub: B, role: "authenticated", aud: "authenticated", interview_id: r.interviews.A },
    },
    "interviews",
    selectAll("interviews"),
    sees("B"),
  ],
  [
    "the anon role with the owner's sub sees nothing",
    { role: "anon", claims: { sub: A, role: "anon" } },
    "candidates",
    selectAll("candidates"),
    sees(),
  ],
  [
    "the anon role with the owner's sub cannot write",
    { role: "anon", claims: { sub: A, role: "anon" } },
    "candidates",
    insertInto("candidates", {}),
    "42501",
  ],
  [
    "authenticated without claims sees nothing",
    { role: "authenticated", claims: null },
    "interviews",
    selectAll("interviews"),
    sees(),
  ],
  [
    "authenticated without claims cannot write",
    { role: "authenticated", claims: null },
    "interview_questions",
    insertInto("interview_questions", {}),
    "42501",
  ],
];

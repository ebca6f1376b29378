/**
 * The shape of one scenario of `npm run eval`: a job as a recruiter posts it, a candidate with a
 * plain-text CV, and graded answers by topic. The eval plays the candidate through the HTTP API:
 * for each question the interviewer asks, it finds the topic the question is about (from the
 * question's text and competency, by the topic's `match` words) and answers with the grade under
 * test. The grades that need no writing (off-topic, "I don't know", thin, keyword stuffing, rubric
 * recital, injected) are built by the eval itself from the scenarios' strong and vague answers.
 *
 * A scenario is a data file: any role, in or outside software, can be added as another file in
 * eval/scenarios/ without touching the eval.
 */

export type Seniority = "junior" | "mid" | "senior" | "lead";

export interface ScenarioJob {
  title: string;
  description: string;
  seniority: Seniority;
  department?: string;
  location?: string;
  employment_type?: "full_time" | "part_time" | "contract" | "internship";
  requirements: string[];
  skills: string[];
  interview_settings?: {
    question_count?: number;
    duration_minutes?: number;
    difficulty?: "easy" | "medium" | "hard";
    focus_areas?: string[];
  };
}

export interface Identity {
  full_name: string;
  email: string;
  phone: string;
  /** "she/her", "he/him", "they/them". */
  pronouns: string;
}

export interface Topic {
  /** What the topic is, as a recruiter would name it: "PostgreSQL", "Handling a difficult client". */
  name: string;
  /**
   * Lower-case words or short phrases that show a question is about this topic. A question
   * belongs to the topic whose name and match words it shares most.
   */
  match: string[];
  /**
   * At least two genuine strong answers to a question on this topic: first person, the
   * candidate's own actions, concrete systems, people, methods or tools, figures and an outcome;
   * 90 to 220 words. They must answer any reasonable question on the topic (a "tell me about a
   * time", a "how would you" or a "how does it work"), so they tell a concrete story and say
   * how and why.
   */
  strong: string[];
  /**
   * At least two vague answers: on the topic and polite, but general: no example, no figures,
   * nothing the candidate did; 25 to 80 words.
   */
  vague: string[];
  /** For a topic made from one CV claim: the claim, word for word as the CV writes it. */
  claim?: string;
  /** For a claim topic: answers whose facts contradict the claim (other figures, another role). */
  contradicting?: string[];
}

export interface Scenario {
  /** Short and unique: "icu-nurse". */
  id: string;
  /** The job's field, for the report: "software", "healthcare", "sales", ... */
  field: string;
  job: ScenarioJob;
  /** The candidate, and the same person under another name, email, phone and pronouns. */
  candidate: Identity;
  swapped: Identity;
  /**
   * The CV as plain text, as a candidate would write it. `{name}`, `{email}`, `{phone}` and
   * `{pronouns}` stand for the identity, so the swapped run changes nothing else.
   */
  cv: string;
  /** What a careful reader finds in the CV. */
  truth: {
    /** Every employer, exactly as the CV writes it. */
    employers: string[];
    /** Every job title, exactly as the CV writes it. */
    titles: string[];
    /** The CV's concrete claims (a figure, a team led, a result), each word for word. */
    claims: string[];
  };
  /**
   * Every skill and requirement of the job, each claim of the CV, and the general topics any
   * interviewer asks about (a conflict, a mistake, priorities under pressure, feedback, working
   * with others, learning something new, motivation for the role).
   */
  topics: Topic[];
}

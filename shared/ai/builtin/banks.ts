/**
 * The built-in interviewer's behavioural, situational and experience questions. Placeholders:
 * `{title}` (the job), `{skill}` (one of the job's skills or the CV's), `{focus}` (a focus
 * area), `{requirement}` (one of the job's requirements); from a CV entry, `{where}` ("as Data
 * Engineer at Acme"), `{at}` ("at Acme"), `{experience}` (a competency name), `{company}` and
 * `{previous}` (an earlier employer). Points are ordered by importance, as in skills.ts.
 */
import type { Seniority } from "../../schemas/job_description.ts";
import type { z } from "zod";

type Level = z.infer<typeof Seniority>;

export interface BankQuestion {
  id: string;
  competency: string;
  ask: string;
  points: string[];
  /** The seniorities the question suits; every one when absent. */
  levels?: Level[];
  /** Asked first at these seniorities. */
  preferredAt?: Level[];
  /** The question when there is no `{skill}` to put in `ask`. */
  alt?: string;
}

const SENIOR: Level[] = ["senior", "lead"];

export const BEHAVIORAL: BankQuestion[] = [
  {
    id: "disagreement",
    competency: "Collaboration",
    ask: "Tell me about a time you disagreed with a colleague about how to solve a problem.",
    points: [
      "the disagreement and both positions",
      "listening, and arguing with evidence rather than opinion",
      "how it was resolved and who decided",
      "the outcome for the work",
      "the relationship afterwards and what you learned",
    ],
  },
  {
    id: "mistake",
    competency: "Ownership",
    ask: "Describe a mistake you made at work that affected other people.",
    points: [
      "what went wrong and its impact",
      "owning it: how and when you told the people affected",
      "how you fixed the immediate problem",
      "what you changed so it would not happen again",
      "what you learned",
    ],
  },
  {
    id: "explain",
    competency: "Communication",
    ask:
      "Tell me about a time you had to explain something complex to people without your background.",
    points: [
      "who the audience was and what they needed to decide",
      "how you adapted the message (analogies, visuals, less jargon)",
      "how you checked that they understood",
      "the result, such as the decision made",
      "what you would do differently",
    ],
  },
  {
    id: "learn-fast",
    competency: "Learning",
    ask: "Tell me about a time you had to learn something new quickly in order to deliver.",
    points: [
      "what had to be learned, why, and by when",
      "how you learned it (sources, experiments, asking experts)",
      "how you applied it to the work",
      "the result",
      "how you keep learning",
    ],
    preferredAt: ["junior"],
  },
  {
    id: "overload",
    competency: "Prioritisation",
    ask:
      "Tell me about a time you had more work than you could finish. How did you decide what to do?",
    points: [
      "the competing demands and their deadlines",
      "criteria for prioritising (impact, urgency, risk)",
      "communicating the trade-offs to stakeholders",
      "the result: what was delivered and what was dropped",
      "what you learned",
    ],
  },
  {
    id: "feedback",
    competency: "Openness to feedback",
    ask: "Tell me about critical feedback you received and what you did with it.",
    points: [
      "the feedback and its context",
      "how you reacted and handled it",
      "concrete changes you made",
      "evidence that the change worked",
      "how you ask for feedback now",
    ],
    preferredAt: ["junior", "mid"],
  },
  {
    id: "initiative",
    competency: "Initiative",
    ask: "Tell me about something you improved at work without being asked to.",
    points: [
      "the problem you noticed and what it cost",
      "how you got support for the change",
      "what you did personally",
      "the measurable result",
      "what you learned",
    ],
  },
  {
    id: "pressure",
    competency: "Working under pressure",
    ask: "Describe a time you had to deliver under heavy pressure or a very tight deadline.",
    points: [
      "the situation and what was at stake",
      "how you planned and cut scope",
      "how you kept quality up (tests, reviews)",
      "communication with the team and stakeholders",
      "the result and what you would change",
    ],
  },
  {
    id: "lead-team",
    competency: "Leadership",
    ask: "Tell me about a time you led a team or a project through a difficult period.",
    points: [
      "the situation and the team's challenge",
      "your own decisions as the leader",
      "how you kept the team informed and motivated",
      "the result, with figures",
      "what you learned about leading",
    ],
    levels: ["mid", "senior", "lead"],
    preferredAt: SENIOR,
  },
  {
    id: "mentor",
    competency: "Mentoring",
    ask: "Describe how you helped a less experienced colleague grow.",
    points: [
      "the colleague's starting point and goal",
      "how you mentored (pairing, reviews, feedback)",
      "balancing support with their independence",
      "the outcome for them",
      "what you learned as a mentor",
    ],
    levels: ["mid", "senior", "lead"],
    preferredAt: SENIOR,
  },
  {
    id: "influence",
    competency: "Influence",
    ask:
      "Tell me about a time you convinced others to adopt an approach you had no authority to impose.",
    points: [
      "the proposal and why it mattered",
      "understanding the others' concerns",
      "evidence: data, a prototype or a pilot",
      "the decision and its result",
      "what you would do differently",
    ],
    levels: ["mid", "senior", "lead"],
    preferredAt: SENIOR,
  },
  {
    id: "people-decision",
    competency: "People leadership",
    ask:
      "Tell me about a difficult decision you made about people on your team, such as hiring or performance.",
    points: [
      "the situation and what was at stake",
      "the criteria you used",
      "how you communicated the decision",
      "the result for the person and the team",
      "what you learned",
    ],
    levels: ["lead"],
    preferredAt: ["lead"],
  },
  {
    id: "failure",
    competency: "Resilience",
    ask: "Tell me about a project that failed or did not meet its goals.",
    points: [
      "the goal and how the project fell short",
      "your own part in it",
      "the causes you identified",
      "what you did to recover",
      "lessons you have applied since",
    ],
  },
  {
    id: "ambiguity",
    competency: "Dealing with ambiguity",
    ask: "Tell me about a time the requirements were unclear. How did you move forward?",
    points: [
      "what was unclear and the risk it created",
      "how you clarified it (questions, prototypes, stakeholders)",
      "decisions made with incomplete information",
      "the result",
      "what you learned",
    ],
  },
  {
    id: "users",
    competency: "Customer focus",
    ask: "Tell me about a time you changed your work because of what users or customers needed.",
    points: [
      "how you learned what users needed (data, interviews, support tickets)",
      "what you changed",
      "the trade-offs involved",
      "the measured impact",
      "what you learned",
    ],
  },
  {
    id: "stuck",
    competency: "Problem solving",
    ask:
      "Tell me about a project, at work, in your studies or on your own, where you got stuck, and how you got unstuck.",
    points: [
      "the problem and why it was hard",
      "what you tried on your own",
      "when and how you asked for help",
      "the solution",
      "what you learned",
    ],
    levels: ["junior", "mid"],
    preferredAt: ["junior"],
  },
];

export const SITUATIONAL: BankQuestion[] = [
  {
    id: "incident",
    competency: "Incident response",
    ask:
      "It is Friday evening and {skill} in production starts failing for some users. You are on call. What do you do in the first hour?",
    alt:
      "It is Friday evening and a core service in production starts failing for some users. You are on call. What do you do in the first hour?",
    points: [
      "assessing the impact and severity quickly",
      "communicating status to stakeholders and the team",
      "mitigating first (rollback, feature flag, scaling) before the full fix",
      "finding the root cause with logs, metrics and traces",
      "a blameless postmortem with follow-up actions",
    ],
  },
  {
    id: "deadline",
    competency: "Stakeholder management",
    ask: "A stakeholder asks for a feature by a date you believe is unrealistic. What do you do?",
    points: [
      "clarifying the goal and the real must-haves",
      "explaining the estimate and its risks with evidence",
      "offering options: less scope, phased delivery, more people",
      "agreeing on a plan and writing it down",
      "keeping stakeholders informed as things change",
    ],
  },
  {
    id: "legacy",
    competency: "Working with legacy code",
    ask:
      "You inherit a part of the product that uses {skill} and has no tests, and you must change a critical part of it next week. How do you go about it?",
    alt:
      "You inherit a critical piece of work with no documentation or tests, and you must change it next week. How do you go about it?",
    points: [
      "understanding the current behaviour before changing it",
      "adding characterization tests around the part you change",
      "small, incremental changes",
      "a careful release (feature flag, canary) with monitoring",
      "recording what you learned for the team",
    ],
  },
  {
    id: "decide",
    competency: "Decision making",
    ask:
      "Two senior colleagues disagree about the approach for a new component and ask you to decide. What do you do?",
    points: [
      "hearing both sides and restating the options",
      "agreeing on decision criteria (cost, risk, time, maintainability)",
      "gathering evidence (a spike, a prototype, data)",
      "deciding and documenting the reasoning (e.g. an ADR)",
      "revisiting if the evidence changes",
    ],
  },
  {
    id: "security-flaw",
    competency: "Security awareness",
    ask:
      "Shortly before a release you discover a security flaw in code that is already in production. What do you do?",
    points: [
      "assessing severity and how easily it can be exploited",
      "telling the right people (security, lead) immediately",
      "fixing or mitigating it before the release",
      "checking the logs for signs it was exploited",
      "preventing a repeat (tests, review checklist)",
    ],
  },
  {
    id: "struggling-colleague",
    competency: "Mentoring",
    ask: "A new team member is struggling and keeps missing deadlines. How do you handle it?",
    points: [
      "a private conversation to understand the cause",
      "clear expectations and agreed support",
      "pairing or mentoring",
      "regular check-ins and feedback",
      "escalating fairly if nothing improves",
    ],
    levels: ["mid", "senior", "lead"],
    preferredAt: SENIOR,
  },
  {
    id: "interruption",
    competency: "Prioritisation",
    ask:
      "Halfway through a planned iteration, an urgent request arrives from outside the team. How do you handle it?",
    points: [
      "assessing urgency and impact with the stakeholder",
      "the trade-off: what is dropped or delayed",
      "communicating transparently with the team and stakeholders",
      "protecting the team from constant interruptions",
      "reviewing it in the retrospective",
    ],
  },
  {
    id: "changed-requirements",
    competency: "Adaptability",
    ask: "Halfway through a project, the requirements change significantly. How do you respond?",
    points: [
      "understanding why they changed and the new goal",
      "assessing the impact on scope, time and quality",
      "communicating the trade-offs to stakeholders",
      "re-planning with the team",
      "keeping the work already done where possible",
    ],
  },
  {
    id: "choose-technology",
    competency: "Technical judgement",
    ask:
      "You must choose a technology for a new part of the product, and {skill} is one of the options. How do you decide?",
    alt: "You must choose a new tool or technology for a part of your work. How do you decide?",
    points: [
      "requirements and constraints first",
      "comparing options on clear criteria (fit, cost, team skills, maturity)",
      "a small proof of concept",
      "risks and an exit strategy",
      "documenting the decision",
    ],
  },
  {
    id: "regression",
    competency: "Performance",
    ask:
      "After a release, the response time of a key feature built on {skill} doubles. How do you handle it?",
    alt: "After a release, the response time of a key feature doubles. How do you handle it?",
    points: [
      "confirming with metrics what slowed down and since when",
      "comparing with the changes in the release (diff, profiling)",
      "rolling back or mitigating if users are affected",
      "fixing the root cause and verifying with measurements",
      "adding a performance test or an alert",
    ],
  },
  {
    id: "skip-tests",
    competency: "Quality",
    ask: "Your manager asks you to skip testing to meet a deadline. What do you do?",
    points: [
      "understanding the real constraint behind the deadline",
      "explaining the risk of shipping untested work",
      "proposing alternatives (less scope, testing the riskiest parts)",
      "agreeing and making the decision explicit",
      "following up with the missing tests",
    ],
  },
  {
    id: "data-deleted",
    competency: "Incident response",
    ask: "A teammate accidentally deletes important production data. What do you do?",
    points: [
      "stopping further damage",
      "restoring from backups",
      "communicating the impact to stakeholders",
      "a blameless review of how it happened",
      "safeguards against a repeat (permissions, confirmations)",
    ],
  },
  {
    id: "first-90-days",
    competency: "Onboarding",
    ask: "You join us as {title}. What would you do in your first 90 days?",
    points: [
      "learning the product, its users and its systems",
      "building relationships with the team and stakeholders",
      "finding and delivering early wins",
      "identifying the biggest risks or problems",
      "agreeing on goals with your manager",
    ],
  },
];

/** A focus area the interviewer has no specific angles for. */
export const FOCUS_SITUATIONAL: BankQuestion = {
  id: "focus",
  competency: "{focus}",
  ask:
    "This role puts weight on {focus}. How would you approach {focus} in your first months as {title}?",
  points: [
    "what {focus} means for this role and its goals",
    "a concrete approach or method",
    "an example from your own experience",
    "risks and how you would handle them",
    "how you would measure success",
  ],
};

/** Questions about the candidate's own CV. */
export const CV_ROLE: BankQuestion = {
  id: "cv-role",
  competency: "{experience}",
  ask:
    "Your CV says you worked {where}. What was the most significant thing you delivered there, and what was your own part in it?",
  points: [
    "the context and goal of the work {at}",
    "your own responsibilities and decisions in that role",
    "the technologies or methods you used",
    "a measurable outcome, with figures",
    "what you would do differently now",
  ],
};

export const CV_CHALLENGE: BankQuestion = {
  id: "cv-challenge",
  competency: "{experience}",
  ask: "What was the hardest problem you faced {at}, and how did you solve it?",
  points: [
    "the problem {at} and why it was hard",
    "the options you considered",
    "what you did personally",
    "the result",
    "what you learned",
  ],
};

export const CV_SKILL: BankQuestion = {
  id: "cv-skill",
  competency: "{skill}",
  ask:
    "Your CV lists {skill}, which this role needs. Describe the most demanding thing you built or did with {skill}.",
  points: [
    "what was built with {skill}, and at what scale",
    "your own contribution",
    "a problem you hit with {skill} and how you solved it",
    "a result in figures",
    "what you would do differently",
  ],
};

export const CV_EXTRA_SKILL: BankQuestion = {
  id: "cv-extra-skill",
  competency: "{skill}",
  ask: "Your CV also mentions {skill}. How would that experience help you as {title}?",
  points: [
    "what you did with {skill} and the result",
    "how it transfers to this role",
    "an example of a problem here it would help with",
    "the limits of that experience and what you would need to learn",
  ],
};

export const CV_MOVE: BankQuestion = {
  id: "cv-move",
  competency: "Career growth",
  ask:
    "You moved from {previous} to {company}. What did you bring with you, and what did you have to learn?",
  points: [
    "why you made the move",
    "skills and lessons carried over from {previous}",
    "what was new at {company} and how you learned it",
    "results in the new role",
  ],
};

export const REQUIREMENT: BankQuestion = {
  id: "requirement",
  competency: "{requirement}",
  ask: 'This role asks for "{requirement}". Tell me about work of yours that shows it.',
  points: [
    "a concrete example that matches the requirement",
    "your own part in it",
    "the outcome, with figures",
    "how you would apply it in this role",
  ],
};

/** Experience questions that need no CV. */
export const GENERAL_EXPERIENCE: BankQuestion[] = [
  {
    id: "relevant-project",
    competency: "Relevant experience",
    ask: "Tell me about the project you have worked on that is most relevant to this {title} role.",
    points: [
      "the project's goal and context",
      "your own responsibilities and decisions",
      "the technologies or methods used",
      "the result, with figures",
      "what you would do differently",
    ],
  },
  {
    id: "career",
    competency: "Career growth",
    ask: "Walk me through your career so far, and why this {title} role is your next step.",
    points: [
      "the key roles and what you learned in each",
      "the thread connecting them",
      "why this role",
      "what you would bring to the team",
    ],
  },
  {
    id: "largest",
    competency: "Scope of experience",
    ask:
      "Tell me about the largest system or project you have worked on: how big was it, and what was your part?",
    points: [
      "its scale in figures (users, traffic, data, team size)",
      "its architecture or structure",
      "your own part",
      "the biggest challenge and how it was met",
    ],
  },
  {
    id: "proudest",
    competency: "Achievements",
    ask: "Which achievement in your work are you proudest of, and why?",
    points: [
      "the achievement and its context",
      "why it was hard",
      "what you did personally",
      "its measurable impact",
    ],
  },
  {
    id: "toolkit",
    competency: "Tools and methods",
    ask: "Which tools and methods do you rely on most as {title}, and why?",
    points: [
      "the tools and methods, named",
      "why each one fits the work",
      "an example of using them",
      "what you would like to improve in your toolkit",
    ],
  },
];

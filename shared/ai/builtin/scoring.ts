/**
 * The built-in scorer. An answer's score rests on four things, in this order of weight:
 *
 * - coverage (55): how much of each expected point the answer addresses, matched by concept
 *   (stems and synonyms, ../text.ts), so paraphrases count and exact phrases are not needed;
 * - specificity (20): figures with units, named systems and tools, and the candidate's own part
 *   ("I designed", "I would first") rather than only "we" or "they";
 * - substance (15): enough words for the question's difficulty;
 * - relevance (10): how much of the question's subject the answer engages with at all.
 *
 * Specificity and substance are scaled by coverage (and relevance), so a detailed answer to
 * another question stays low. Evasive answers ("I don't know", "pass"), very short ones and
 * copies of the question are capped near zero, and keyword lists without sentences are marked
 * down. Pure and deterministic: the same answer to the same question always gets the same score.
 */
import type { AnswerScore, QuestionToScore } from "../provider.ts";
import { concept, concepts, isStopword, normalize, words } from "../text.ts";

const WEIGHT = { coverage: 55, specificity: 20, substance: 15, relevance: 10 };
/** Words for full substance credit, by difficulty. */
const FULL_LENGTH = { easy: 35, medium: 55, hard: 80 };
const CAP = { evasive: 5, copy: 8, short: 12 };

const MEASURE = concept("measure");
const RESPONSIBILITY = concept("responsibility");

export function scoreAnswer(question: QuestionToScore, answerText: string): AnswerScore {
  const answer = answerText.trim();
  const points = question.expected_points;
  if (!answer) {
    return { score: 0, covered: [], missing: [...points], feedback: "No answer was given." };
  }
  const facts = analyze(answer);
  const known = new Set(facts.concepts);
  // Evidence counts for the points that ask for it, however it is worded.
  if (facts.figures > 0) known.add(MEASURE);
  if (facts.ownStatements > 0) known.add(RESPONSIBILITY);

  // How much of the question's subject the answer engages with at all, covered or not.
  const asked = new Set(concepts(question.text));
  const subject = new Set(
    [...asked, ...points.flatMap((point) => concepts(point))].filter((item) => !FILLER.has(item)),
  );
  const said = new Set(facts.concepts);
  const relevance = Math.min(1, [...said].filter((item) => subject.has(item)).length / 4);

  const copy = isCopyOf(question.text, facts.concepts);
  // A refusal or the question handed back covers nothing, whatever words it happens to use.
  const credits = facts.evasive || copy
    ? points.map(() => 0)
    : points.map((point) => pointCredit(point, known, asked, facts, relevance > 0));
  const covered = points.filter((_, i) => credits[i] >= 1);
  const missing = points.filter((_, i) => credits[i] < 1);
  const coverage = credits.length ? credits.reduce((a, b) => a + b, 0) / credits.length : 0;

  const figures = Math.min(1, (facts.figures + facts.bareNumbers * 0.5) / 2);
  const named = Math.min(1, facts.named / 3);
  const own = facts.ownStatements === 0 ? 0 : Math.min(1, facts.ownStatements / 2) *
    (facts.collectiveStatements > 2 * facts.ownStatements ? 0.75 : 1);
  const specificity = 0.35 * figures + 0.3 * named + 0.35 * own;
  const substance = Math.min(1, facts.wordCount / FULL_LENGTH[question.difficulty]);

  let score = WEIGHT.coverage * coverage +
    WEIGHT.specificity * specificity * (0.4 + 0.6 * coverage) +
    WEIGHT.substance * substance * (0.5 + 0.5 * Math.max(coverage, relevance)) +
    WEIGHT.relevance * relevance;

  const notes: string[] = [];
  if (facts.evasive) {
    score = Math.min(score, CAP.evasive);
    notes.push("The answer does not attempt the question.");
  } else if (copy) {
    score = Math.min(score, CAP.copy);
    notes.push("The answer repeats the question instead of answering it.");
  } else if (facts.wordCount < 12) {
    score = Math.min(score, CAP.short);
    notes.push("The answer is too short to show any depth.");
  } else if (facts.listLike || facts.repetitive) {
    // A string of keywords or the same words over and over: the words match, the answer does not.
    score *= 0.5;
    notes.push("The answer lists keywords or repeats itself rather than explaining.");
  }

  const parts = [`Covers ${covered.length} of ${points.length} expected points.`];
  if (missing.length > 0) parts.push(`Not covered: ${missing.join("; ")}.`);
  parts.push(...notes);
  if (!facts.evasive && !copy) {
    if (facts.figures === 0) parts.push("No figures or measured results.");
    if (facts.named === 0) parts.push("Names no concrete systems, tools or methods.");
    if (facts.ownStatements === 0) {
      parts.push(
        facts.collectiveStatements > 0
          ? "Says what the team did, not what the candidate did."
          : "Does not say what the candidate did personally.",
      );
    }
  }
  return {
    score: Math.round(Math.max(0, Math.min(100, score))),
    covered,
    missing,
    feedback: clip(parts.join(" "), 2000),
  };
}

/** Words that set the scene in an expected point but say nothing about its subject. */
const FILLER = new Set(
  `add adding added change changing adjust adjusting avoid avoiding find finding
  read reading keep keeping make making take taking step steps match matching clear concrete
  first new right own way part whole see seeing look looking go goes going show showing
  wrap wrapping related relevant`.split(
    /\s+/,
  ).filter(Boolean).map(concept),
);
/** What a concept the question itself names is worth towards a point. */
const ECHO = 1 / 3;
/** Points about the candidate's own part, judged by what the answer says they did. */
const OWNERSHIP_POINT =
  /\byour own\b|\bpersonally\b|\byou did\b|\byour (?:part|role|decisions?|contribution|responsibilit\w*)\b/i;
/** Points asking for evidence in numbers, judged by the figures the answer gives. */
const FIGURE_POINT =
  /\b(?:figures?|measured|measurable|numbers?|quantif\w*|timings?|before and after)\b/i;

/**
 * How much of a point the answer addresses, 0..1. A point is a short noun phrase; its subject
 * is its concepts less scene-setting words. One concept of a short subject is enough, two of a
 * longer one, three of a long one. A concept the question itself names counts a third and does not
 * add to what is needed: echoing the question's words is not yet saying anything. Points about the candidate's own part
 * or about figures are judged by those facts directly, provided the answer is on the subject.
 */
function pointCredit(
  point: string,
  known: Set<string>,
  asked: Set<string>,
  facts: Facts,
  onTopic: boolean,
): number {
  if (OWNERSHIP_POINT.test(point)) return onTopic && facts.ownStatements > 0 ? 1 : 0;
  const wanted = [...new Set(concepts(point))].filter((item) => !FILLER.has(item));
  const fresh = wanted.filter((item) => !asked.has(item)).length;
  let credit = 0;
  if (wanted.length > 0) {
    const size = fresh > 0 ? fresh : wanted.length;
    const need = size <= 2 ? 1 : size <= 5 ? 2 : 3;
    const found = wanted.filter((item) => known.has(item))
      .reduce((sum, item) => sum + (asked.has(item) ? ECHO : 1), 0);
    credit = Math.min(1, found / need);
  }
  if (FIGURE_POINT.test(point)) return onTopic && facts.figures > 0 ? 1 : credit * 0.5;
  return credit;
}

interface Facts {
  wordCount: number;
  concepts: string[];
  /** Numbers with a unit: "120 ms", "40%", "3x", "$2k", "p95". */
  figures: number;
  bareNumbers: number;
  /** Distinct technologies, products and proper names. */
  named: number;
  /** "I designed", "I'd first", "my role was": the candidate's own part. */
  ownStatements: number;
  /** "we", "they", "the team". */
  collectiveStatements: number;
  evasive: boolean;
  listLike: boolean;
  repetitive: boolean;
}

const UNITS = [
  "%",
  "percent",
  "pct",
  "ms",
  "msec",
  "milliseconds?",
  "s",
  "secs?",
  "seconds?",
  "mins?",
  "minutes?",
  "h",
  "hrs?",
  "hours?",
  "days?",
  "weeks?",
  "months?",
  "years?",
  "x",
  "times",
  "k",
  "m",
  "bn",
  "[kmgtp]b",
  "gib",
  "mib",
  "rps",
  "qps",
  "tps",
  "req/s",
  "requests",
  "queries",
  "users",
  "customers",
  "clients",
  "engineers",
  "developers",
  "people",
  "rows",
  "records",
  "events",
  "messages",
  "tables",
  "services",
  "nodes",
  "servers",
  "instances",
  "pods",
  "releases",
  "deploys",
  "deployments",
  "tickets",
  "bugs",
  "incidents",
  "dollars",
  "euros",
  "usd",
  "eur",
  "gbp",
];
const FIGURE = new RegExp(
  String.raw`[$€£]\s?\d[\d,.]*\s?[kmb]?\b|\b\d[\d,.]*\s?(?:${
    UNITS.join("|")
  })(?![a-z])|\bp(?:50|75|90|95|99|999)\b`,
  "g",
);
const NUMBER = /\b\d+(?:[.,]\d+)*\b/g;

/** Names that count as concrete systems and tools even when written in lower case. */
const TECHNOLOGIES = new Set(
  `postgresql postgres mysql mariadb sqlite oracle mongodb redis memcached kafka rabbitmq sqs sns
  kinesis nats s3 ec2 ecs eks gke aks lambda aws gcp azure kubernetes k8s docker helm terraform
  ansible pulumi jenkins github gitlab circleci react vue angular svelte next.js nuxt node node.js
  deno bun typescript javascript python django flask fastapi pydantic golang java kotlin spring
  scala rust c++ c# .net ruby rails php laravel graphql grpc openapi elasticsearch
  opensearch clickhouse snowflake bigquery redshift spark airflow dbt pandas numpy pytorch
  tensorflow scikit-learn prometheus grafana datadog sentry opentelemetry nginx envoy istio
  pgbouncer supabase firebase cassandra dynamodb cockroachdb timescaledb jest pytest vitest
  playwright cypress selenium linux git oauth jwt zod webpack vite celery sidekiq hadoop tableau
  looker jira figma salesforce hubspot vacuum autovacuum mvcc btree b-tree gin
  cprofile py-spy pprof kubectl lighthouse wcag mypy pyright ruff swiftui flutter
  android ios`.split(/\s+/).filter(Boolean),
);

const OWN_STATEMENT =
  /\b(?:i(?:'ve| have| had)?\s+(?:\w+ly\s+|then\s+|also\s+|first\s+|myself\s+)?(?:led|lead|ran|set up|took|wrote|built|chose|drove|cut|found|split|made|gave|got|did|began|brought|caught|sought|taught|kept|held|went|\w{2,}ed)\b|i(?:'d| would| will| am going to)\s+\w+|my (?:role|job|part|responsibility|task|decision|idea|proposal) (?:was|is)|i was (?:responsible|in charge|accountable|the owner)|i (?:own|owned|lead|manage|design|build|write))/g;
const COLLECTIVE = /\b(?:we|they|the team|our team|the company)\b/g;
const EVASIVE =
  /\b(?:i (?:really )?(?:do not|don't|dont|didn't) know|no idea|not sure|no clue|i (?:can't|cannot|cant) (?:answer|say|remember|think)|i (?:have|'ve) no (?:idea|experience)|never (?:done|used|worked|heard)|pass|skip(?: this)?|next question|no comment|n\/a|i forgot|don't remember|dunno|idk|nothing to say|no answer)\b/;

function analyze(answer: string): Facts {
  const text = normalize(answer);
  const all = words(answer);
  const contentWords = all.filter((word) => !isStopword(word) && !/^\d/.test(word));
  const answerConcepts = concepts(answer);

  const figureMatches = text.match(FIGURE) ?? [];
  const numbers = (text.match(NUMBER) ?? []).length;

  const names = new Set<string>();
  for (const word of all) if (TECHNOLOGIES.has(word)) names.add(word);
  // Proper names: capitalised words that do not start a sentence (Acme, Orders API, PgBouncer).
  for (
    const found of answer.matchAll(/(?<![.!?:;\n]\s*|^\s*)\b([A-Z][\w+#.-]*[\w+#]|[A-Z]{2,})\b/g)
  ) {
    if (!/^(I|I'm|I've|I'd|OK)$/.test(found[1])) names.add(found[1].toLowerCase());
  }
  // Technical identifiers mixing letters and digits: p95, gp3, EC2, HTTP2, S3.
  for (const word of all) if (/^[a-z]+\d+[a-z\d]*$/.test(word)) names.add(word);

  const wordCount = all.length;
  const distinct = new Set(answerConcepts).size;
  return {
    wordCount,
    concepts: answerConcepts,
    figures: figureMatches.length,
    bareNumbers: Math.max(0, numbers - figureMatches.length),
    named: names.size,
    ownStatements: (text.match(OWN_STATEMENT) ?? []).length,
    collectiveStatements: (text.match(COLLECTIVE) ?? []).length,
    evasive: wordCount < 30 && EVASIVE.test(text),
    // Prose is about half small words; a keyword dump has almost none.
    listLike: wordCount >= 8 && contentWords.length / wordCount > 0.8,
    repetitive: answerConcepts.length >= 20 && distinct / answerConcepts.length < 0.4,
  };
}

/** Whether the answer says little beyond the question's own words. */
function isCopyOf(questionText: string, answerConcepts: string[]): boolean {
  const asked = new Set(concepts(questionText));
  const said = new Set(answerConcepts);
  const fresh = [...said].filter((item) => !asked.has(item)).length;
  return said.size - fresh >= 3 && (fresh <= 2 || fresh / said.size < 0.2);
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/**
 * Text analysis for the built-in scorer. An answer is matched against what a good answer covers
 * by concept, not by phrase: words are lower-cased, stemmed ("indexes", "indexing" → "index")
 * and folded into synonym groups ("serializable" counts as "isolation"), so a candidate who
 * says it in their own words still gets the credit. Everything here is pure and deterministic.
 */

import SYNONYM_DATA from "./data/synonyms.json" with { type: "json" };

const STOPWORDS = new Set(
  `a about above after again against all also am an and any are as at be because been before
  being below between both but by can could did do does doing done down during each either etc
  few for from further had has have having he her here hers him his how however i ie eg if in
  into is it its itself just let like made make makes many may me might more most much must my
  myself no nor not now of off often on once one only or other our ours out over own per quite
  rather really same shall she should so some such than that the their theirs them then there
  these they this those through thus to too under until up upon us very via was way we well
  were what whatever when where whether which while who whom whose why will with within without
  would yet you your yours yourself thing things something stuff lot lots get got use used uses
  using describe explain tell example examples concrete specific good give gave kind sort basically
  actually especially particular particularly e.g i.e. vs don can won isn aren didn doesn wasn
  weren couldn wouldn shouldn haven hasn`.split(/\s+/).filter(Boolean),
);

/** Words of the same meaning, as an answer might put them (data/synonyms.json). */
const SYNONYMS: string[][] = SYNONYM_DATA.groups;

/** Lower-case, ASCII-folded, with typographic quotes and dashes made plain. */
export function normalize(text: string): string {
  return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u2010-\u2015]/g, "-");
}

/** Two-word verbs that mean something else apart: "roll back" is not "roll" and "back". */
const PHRASES: [RegExp, string][] = [
  [/\broll(?:ed|ing|s)? ?back\b/g, "rollback"],
  [/\broll(?:ed|ing|s)? ?out\b/g, "rollout"],
  [/\btrade ?offs?\b/g, "tradeoff"],
  [/\bpost ?mortems?\b/g, "postmortem"],
  [/\bon ?call\b/g, "oncall"],
  [/\bfeature ?flags?\b/g, "flag"],
  [/\broot ?causes?\b/g, "root-cause"],
  [/\b(?:query|execution) plans?\b/g, "query-plan"],
  [/\bin order to\b/g, "to"],
  [/\bdeal(?:s|t|ing)? with\b/g, "handle"],
  [/\ba\/b tests?(?:ing)?\b/g, "a/b"],
  [/\berror budgets?\b/g, "error-budget"],
  [/\bunit ?tests?\b/g, "unit-test"],
  [/\bintegration ?tests?\b/g, "integration-test"],
  [/\btest coverage\b/g, "test-coverage"],
  [/\bsql injections?\b/g, "sql-injection"],
  [/\brace conditions?\b/g, "race-condition"],
  [/\bconnection pool(?:s|ing)?\b/g, "connection-pool"],
  [/\bstate management\b/g, "state-management"],
  [/\bcycle ?counts?\b/g, "cycle-count"],
  [/\bsales pipelines?\b/g, "sales-pipeline"],
  [/\bpick ?rates?\b/g, "pick-rate"],
  [/\bresponse times?\b/g, "response-time"],
  [/\bmonth[- ]end\b/g, "month-end"],
];

/** Words, keeping the shapes technical names take: c++, c#, node.js, ci/cd, p95, b-tree. */
export function words(text: string): string[] {
  let plain = normalize(text);
  for (const [pattern, replacement] of PHRASES) plain = plain.replace(pattern, replacement);
  return (plain.match(/[a-z0-9][a-z0-9+#]*(?:['./-][a-z0-9+#]+)*/g) ?? [])
    // Contractions and possessives: "i'd" is "i", "query's" is "query", "don't" is "don".
    .map((word) => word.replace(/'(?:s|d|m|t|ve|ll|re)$/, ""));
}

// Longest first: the first suffix that leaves a stem of three or more letters is removed.
const SUFFIXES = [
  "izations",
  "ization",
  "ational",
  "ability",
  "ations",
  "ation",
  "ments",
  "ities",
  "ment",
  "ings",
  "ness",
  "ions",
  "ible",
  "able",
  "ance",
  "ence",
  "ives",
  "ity",
  "ing",
  "ion",
  "ive",
  "ies",
  "ied",
  "ers",
  "ate",
  "ent",
  "al",
  "er",
  "ed",
  "es",
  "ly",
  "at",
  "s",
  "e",
  "y",
];

/** Stems kept whole, for words that would otherwise meet others they do not mean. */
const KEEP = ["experiment", "tension", "container", "differentiat"];

/**
 * A light suffix-stripping stemmer. Linguistic accuracy matters less than consistency: the
 * expected points and the answers go through the same function, so "migrated", "migration" and
 * "migrate" all land on "migr".
 */
export function stem(word: string): string {
  if (!/^[a-z]+$/.test(word)) return word;
  // Words the suffixes would fold into others: "experiment" is not "experience".
  const kept = KEEP.find((prefix) => word.startsWith(prefix));
  if (kept) return kept;
  // Short words lose only a plural "s" and a final "e", as longer ones do: "dose" and "doses",
  // "case" and "cases" meet.
  if (word.length <= 4) {
    const single = word.length > 3 && /[^su]s$/.test(word) ? word.slice(0, -1) : word;
    return single.length > 3 && single.endsWith("e") ? single.slice(0, -1) : single;
  }
  // British and American spellings meet: optimise → optimize, analyse → analyze,
  // behaviour → behavior.
  let current = word.replace(/([a-z]{3})is(e|ed|es|ing|ation|ations)$/, "$1iz$2")
    .replace(/([a-z]{3})our(s|ed|ing|al|ally)?$/, "$1or$2")
    .replace(/ys(e|ed|es|ing)$/, "yz$1");
  for (let pass = 0; pass < 3; pass++) {
    const suffix = SUFFIXES.find((s) =>
      current.endsWith(s) && current.length - s.length >= 3 &&
      !(s === "s" && /(ss|us|is)$/.test(current))
    );
    if (!suffix) break;
    current = current.slice(0, -suffix.length);
  }
  // committed → committ → commit, planned → plan; but call, pass and buzz keep theirs.
  if (current !== word && /([^aeioulsz])\1$/.test(current)) current = current.slice(0, -1);
  return current;
}

const CONCEPT_OF = new Map<string, string>();
for (const group of SYNONYMS) {
  const concept = stem(group[0]);
  for (const word of group) {
    const key = stem(word);
    // A word in two groups keeps its first: groups are listed most specific first.
    if (!CONCEPT_OF.has(key)) CONCEPT_OF.set(key, concept);
  }
}

/** Whether a word belongs to one of the synonym groups. */
export function inSynonymGroup(word: string): boolean {
  return CONCEPT_OF.has(stem(word));
}

/** The concept a word stands for: its synonym group, or its own stem. */
export function concept(word: string): string {
  const key = stem(word);
  return CONCEPT_OF.get(key) ?? key;
}

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

/**
 * Texts already analysed: building an interview reads the same job sentences once per candidate
 * question (hundreds of times), and the phrase patterns make each reading cost. Bounded by the
 * characters kept, so a worker that reads many answers and whole CVs stays small.
 */
const CONCEPTS_SEEN = new Map<string, readonly string[]>();
const CONCEPTS_SEEN_MAX_CHARS = 200_000;
let conceptsSeenChars = 0;

/** The content words of a text (no stop words, no lone digits), as concepts. */
export function concepts(text: string): string[] {
  let known = CONCEPTS_SEEN.get(text);
  if (!known) {
    known = conceptsOfText(text);
    if (conceptsSeenChars + text.length > CONCEPTS_SEEN_MAX_CHARS) {
      CONCEPTS_SEEN.clear();
      conceptsSeenChars = 0;
    }
    CONCEPTS_SEEN.set(text, known);
    conceptsSeenChars += text.length;
  }
  // A copy: callers may sort or extend what they get.
  return [...known];
}

function conceptsOfText(text: string): string[] {
  const out: string[] = [];
  for (const word of words(text)) {
    // "trade-off" is one idea; "read-heavy" is two.
    const split = /[-/]/.test(word) && !CONCEPT_OF.has(stem(word));
    for (const part of split ? [word, ...word.split(/[-/]/)] : [word]) {
      if (part.length < 2 || isStopword(part) || /^\d+$/.test(part)) continue;
      out.push(concept(part));
    }
  }
  return out;
}

/** A sentence of a text, with where it stands, so a quote is the candidate's exact words. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/**
 * The sentences of a text: split after `.`, `!` or `?` followed by a space, and at line breaks
 * and bullets. Abbreviations and decimals ("e.g. Kafka", "3.5 s") do not end a sentence.
 */
export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const boundary =
    /(?<!\b(?:e\.g|i\.e|etc|vs|approx|incl|dr|mr|mrs|p\.s|ps|fig|dept|inc|ltd|co)\.)(?<=[.!?…])["'”’)\]]?\s+(?=["'“‘(\[]?[\p{Lu}\p{N}])|\s*\n\s*/giu;
  let start = 0;
  const push = (from: number, to: number) => {
    const raw = text.slice(from, to);
    // Leading space and a list's bullet are not the candidate's words.
    const lead = raw.match(/^\s*(?:[•·▪◦‣∙*-]\s+)?/)![0].length;
    const trimmed = raw.slice(lead).trimEnd();
    if (trimmed) out.push({ text: trimmed, start: from + lead, end: from + lead + trimmed.length });
  };
  for (const match of text.matchAll(boundary)) {
    const at = match.index!;
    // A boundary's own closing quote or bracket stays with the sentence before it.
    const closing = match[0].match(/^["'”’)\]]?/)![0].length;
    push(start, at + closing);
    start = at + match[0].length;
  }
  push(start, text.length);
  return out;
}

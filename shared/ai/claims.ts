/**
 * The CV's concrete claims ("Cut p99 latency from 800 to 120 ms", "Led a team of 6 nurses"), the
 * questions that probe them, and the claim check in the report: did the answers back each claim
 * up, leave it unsupported, or contradict it.
 *
 * Only what the CV parser is confident of is ever put in front of the candidate: a claim is quoted
 * word for word from a bullet that reads as a complete statement, and its employer is named only
 * when the parser is sure of the entry. A fragment ("Built Postgres and.") or a guessed employer
 * never reaches a question.
 */
import { figuresIn, numbersIn } from "./figures.ts";
import { findInjections } from "./guard.ts";
import type { ProbedClaim } from "./provider.ts";
import type { ParsedCv } from "../schemas/cv.ts";
import { normalize, sentences } from "./text.ts";

/** An entry at or above this confidence may be named in a question. */
export const CONFIDENT = 0.7;

export interface CvClaim extends ProbedClaim {
  /** The entry's title, when the parser is confident of it. */
  title: string | null;
  kind: "figure" | "team" | "other";
  /** Higher is a better claim to probe. */
  weight: number;
}

type Entry = ParsedCv["experience"][number] & {
  highlights?: string[];
  confidence?: number;
};

const LEADERSHIP =
  /\b(?:led|lead|managed|manage|supervised|coached|mentored|headed|ran|built and led|grew)\s+(?:a\s+|the\s+)?(?:team|group|squad|staff|unit|department|crew|shift)\b|\bteam of\s+\d+|\b(?:led|managed|supervised|coached|mentored|precepted|trained|onboarded|hired|recruited)\s+(?:a\s+team\s+of\s+)?\d+\s+(?:[\w-]+\s+){0,3}(?:people|staff|nurses|engineers|developers|agents|associates|reps|analysts|accountants|students|hires|graduates|direct reports|employees|volunteers|drivers|operators)\b/i;
const RESULT_VERB =
  /\b(?:cut|reduced|increased|improved|grew|raised|lowered|saved|halved|doubled|tripled|eliminated|launched|delivered|won|closed|achieved|exceeded|built|introduced|implemented|migrated|automated|redesigned|rolled out|negotiated|recovered|streamlined)\b/i;

/** The CV's claims worth probing, best first. */
export function cvClaims(cv: ParsedCv | null): CvClaim[] {
  if (!cv) return [];
  const claims: CvClaim[] = [];
  const seen = new Set<string>();
  (cv.experience as Entry[]).forEach((entry, index) => {
    const confident = (entry.confidence ?? 0) >= CONFIDENT;
    for (const highlight of entry.highlights ?? []) {
      const text = highlight.replace(/\s+/g, " ").trim().replace(/^[-–—•·▪◦*>]\s*/, "");
      const key = normalize(text);
      if (seen.has(key) || !isCompleteStatement(text) || findInjections(text).length > 0) continue;
      const figures = figuresIn(text);
      const team = LEADERSHIP.test(text);
      const result = RESULT_VERB.test(text);
      if (figures.length === 0 && !team && !(result && numbersIn(text).length > 0)) continue;
      seen.add(key);
      claims.push({
        text,
        company: confident && isPlainName(entry.company) ? entry.company!.trim() : null,
        title: confident && isPlainName(entry.title) ? entry.title!.trim() : null,
        figures: [...new Set(figures)].slice(0, 20),
        kind: figures.length > 0 ? "figure" : team ? "team" : "other",
        // Figures first, then leading people; recent roles (listed first) before older ones.
        weight: figures.length * 2 + (team ? 1.5 : 0) + (result ? 1 : 0) - index * 0.25,
      });
    }
  });
  return claims.sort((a, b) => b.weight - a.weight);
}

/**
 * A bullet that reads as a whole statement: long enough to mean something, short enough to
 * quote, and not cut off ("Built Postgres and."), unbalanced, or shouting.
 */
export function isCompleteStatement(text: string): boolean {
  const words = text.split(/\s+/);
  if (words.length < 5 || words.length > 45 || text.length > 320) return false;
  if (!/^[\p{L}\p{N}"“(]/u.test(text)) return false;
  if (
    /\b(?:and|or|but|with|to|of|for|in|on|at|by|the|a|an|from|including|via|as)[.,;:]?$/i.test(text)
  ) {
    return false;
  }
  if (/[,;:\-–—/&(]$/.test(text.replace(/\.$/, ""))) return false;
  if (/\.{3}|…|\s\.\s|\s[.,]$/.test(text)) return false;
  if (count(text, "(") !== count(text, ")") || count(text, "“") !== count(text, "”")) return false;
  if (count(text, '"') % 2 === 1) return false;
  const letters = text.replace(/[^\p{L}]/gu, "");
  if (letters.length > 0 && letters === letters.toUpperCase() && letters.length > 6) return false;
  return true;
}

/** An employer or title fit to name: a few words, no stray punctuation, no sentence. */
export function isPlainName(text: string | null | undefined): boolean {
  if (!text) return false;
  const name = text.trim();
  const words = name.split(/\s+/);
  if (name.length < 2 || name.length > 80 || words.length > 8) return false;
  if (!/^[\p{L}\p{N}]/u.test(name) || !/[\p{L}\p{N}.)]$/u.test(name)) return false;
  if (/\b(?:and|or|with|to|of|for|in|on|at|by|the|a|an|from)$/i.test(name)) return false;
  if (/[@|•·;]|https?:|\d{4}/.test(name)) return false;
  return true;
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

// --- the claim check ---------------------------------------------------------------------------

export type ClaimStatus = "supported" | "unsupported" | "contradicted";

export interface ClaimEvidence {
  question_id: string;
  quote: string;
}

export interface ClaimCheck {
  claim: string;
  company: string | null;
  question_id: string;
  status: ClaimStatus;
  reason: string;
  evidence: ClaimEvidence[];
}

/** An answer to a claim's question (or its follow-ups), as the check reads it. */
export interface ClaimAnswer {
  question_id: string;
  text: string;
  score: number;
  /** Whether the evaluation found what the candidate did personally. */
  own: boolean;
  quotes: string[];
}

/** Someone else did it, or it did not happen as written. */
const DISOWNED =
  /\b(?:i (?:wasn't|was not|didn't|did not|never) (?:really )?(?:involved|responsible|the (?:one|lead|owner)|lead|own|do|build|manage|run|make)|(?:my|our|the) (?:manager|lead|boss|colleague|team ?lead|director|predecessor|senior|partner|contractor|consultant)s?\s+(?:did|led|handled|ran|built|made|owned|drove|was responsible)|(?:that|it|this) was (?:mostly |actually |really )?(?:someone else|another team|my (?:manager|colleague|team)|not me)|i (?:only|just|mostly) (?:helped|assisted|watched|supported|contributed a little)|(?:it|that) (?:never|didn't|did not) (?:happen|work|ship|go live)|(?:exaggerat|overstat|inflat)\w*)/i;

const RELATIVE = 0.05;

/**
 * What the answers to a claim's questions say about it. Contradicted: they disown the work, or
 * give other figures for it where the claim has figures. Supported: relevant answers that say
 * what the candidate did, with the claim's figures or solid specifics. Otherwise unsupported.
 */
export function checkClaim(
  claim: ProbedClaim,
  questionId: string,
  answers: ClaimAnswer[],
): ClaimCheck {
  const base = { claim: claim.text, company: claim.company, question_id: questionId };
  const said = answers.filter((answer) => answer.text.trim());
  if (said.length === 0) {
    return {
      ...base,
      status: "unsupported",
      reason: "The candidate did not answer.",
      evidence: [],
    };
  }
  const disowned = said.flatMap((answer) =>
    sentencesOf(answer.text).filter((sentence) => DISOWNED.test(normalize(sentence)))
      .map((quote) => ({ question_id: answer.question_id, quote }))
  );
  if (disowned.length > 0) {
    return {
      ...base,
      status: "contradicted",
      reason:
        "The candidate's answers attribute the result to someone else or say it did not happen as written.",
      evidence: disowned.slice(0, 3),
    };
  }
  const claimed = numbersIn(claim.figures.join(" "));
  if (claimed.length > 0) {
    const matching: ClaimEvidence[] = [];
    const conflicting: ClaimEvidence[] = [];
    for (const answer of said) {
      for (const sentence of sentencesOf(answer.text)) {
        const figures = figuresIn(sentence);
        if (figures.length === 0) continue;
        const given = numbersIn(figures.join(" "));
        const agrees = given.some((value) => claimed.some((target) => close(value, target)));
        const sameUnit = figures.some((figure) =>
          claim.figures.some((own) => unitOf(own) === unitOf(figure))
        );
        if (agrees) matching.push({ question_id: answer.question_id, quote: sentence });
        else if (sameUnit) conflicting.push({ question_id: answer.question_id, quote: sentence });
      }
    }
    if (matching.length === 0 && conflicting.length > 0) {
      return {
        ...base,
        status: "contradicted",
        reason: "The answers give other figures than the CV claims.",
        evidence: conflicting.slice(0, 3),
      };
    }
    if (matching.length > 0 && said.some((answer) => answer.own)) {
      return {
        ...base,
        status: "supported",
        reason: "The answers repeat the CV's figures and say what the candidate did to reach them.",
        evidence: matching.slice(0, 3),
      };
    }
  }
  const best = said.reduce((a, b) => (b.score > a.score ? b : a));
  if (best.own && best.score >= 55) {
    return {
      ...base,
      status: "supported",
      reason: "The answers describe the candidate's own part in specific terms.",
      evidence: best.quotes.slice(0, 3).map((quote) => ({ question_id: best.question_id, quote })),
    };
  }
  return {
    ...base,
    status: "unsupported",
    reason: "The answers stay general: nothing specific backs the claim up.",
    evidence: [],
  };
}

function close(a: number, b: number): boolean {
  return a === b || (b !== 0 && Math.abs(a - b) / Math.abs(b) <= RELATIVE);
}

/** The unit of a figure: "120 ms" → "ms", "40%" → "%", "$2k" → "$". */
function unitOf(figure: string): string {
  const plain = normalize(figure).trim();
  if (/^[$€£¥]/.test(plain)) return plain[0];
  return plain.replace(/^[\d,.\s-]+/, "").replace(/s$/, "") || plain;
}

function sentencesOf(text: string): string[] {
  return sentences(text).map((sentence) => sentence.text);
}

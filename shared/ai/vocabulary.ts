/**
 * The one skills vocabulary, as the interviewer reads it: whether a word names a tool, a system,
 * a method or a discipline of some trade. The CV parser finds skills with the same vocabulary.
 */
import { canonicalSkill } from "../cv/skills.ts";

/** Whether `word` (lower case, as ../text.ts `words` gives it) is a known skill's spelling. */
export function isKnownTerm(word: string): boolean {
  let known = CACHE.get(word);
  if (known === undefined) {
    known = word.length > 1 && canonicalSkill(word) !== undefined;
    if (CACHE.size < 10_000) CACHE.set(word, known);
  }
  return known;
}

const CACHE = new Map<string, boolean>();

/** The vocabulary's own spelling of a skill ("postgres" → "PostgreSQL"), or null. */
export function canonicalSkillName(text: string): string | null {
  return canonicalSkill(text) ?? null;
}

/**
 * A skill or competency as it reads inside a sentence: a plain phrase in lower case
 * ("medication administration", "negotiation"), a name as it is ("Salesforce", "SBAR",
 * "PostgreSQL", "Excel").
 */
export function asInSentence(name: string): string {
  const first = name.split(/\s+/)[0];
  const plain = /^[A-Z][a-z]+(?:[\s-][a-z][\w-]*)*$/.test(name) &&
    !isKnownTerm(first.toLowerCase());
  return plain ? name[0].toLowerCase() + name.slice(1) : name;
}

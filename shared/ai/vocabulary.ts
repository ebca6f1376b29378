/**
 * The one skills vocabulary (shared/vocabulary/skills.json, which the CV parser reads too), as
 * the interviewer reads it: whether a word names a tool, a system, a method or a discipline of
 * some trade, and the vocabulary's own spelling of a skill.
 */
import { SKILLS } from "../vocabulary/skills.ts";

/**
 * Lower-case spellings that name a skill wherever they stand. Names that are also ordinary words
 * ("react", "swift", "excel") or too short to mean anything alone ("c", "go") are left out: a
 * lower-cased answer cannot tell them apart from the word.
 */
const TERMS = new Set(
  SKILLS.filter((entry) => !entry.caseSensitive && !entry.sectionOnly)
    .flatMap((entry) => [entry.name, ...(entry.aliases ?? [])])
    .map((spelling) => spelling.toLowerCase())
    .filter((spelling) => spelling.length > 1),
);

/** Every spelling, names and aliases alike, to the vocabulary's name. */
const NAMES = new Map(
  SKILLS.flatMap((entry) =>
    [entry.name, ...(entry.aliases ?? []), ...(entry.sectionAliases ?? [])]
      .map((spelling) => [spelling.toLowerCase(), entry.name] as const)
  ),
);

/** Whether `word` (lower case, as ../text.ts `words` gives it) is a known skill's spelling. */
export function isKnownTerm(word: string): boolean {
  return TERMS.has(word);
}

/** The vocabulary's own spelling of a skill ("postgres" → "PostgreSQL"), or null. */
export function canonicalSkillName(text: string): string | null {
  return NAMES.get(text.trim().toLowerCase()) ?? null;
}

/**
 * A skill or competency as it reads inside a sentence: a plain phrase in lower case
 * ("medication administration", "negotiation"), a name as it is ("Salesforce", "SBAR",
 * "PostgreSQL", "Excel").
 */
export function asInSentence(name: string): string {
  const first = name.split(/\s+/)[0];
  const plain = /^[A-Z][a-z]+(?:[\s-][a-z][\w-]*)*$/.test(name) && !NAMES.has(first.toLowerCase());
  return plain ? name[0].toLowerCase() + name.slice(1) : name;
}

/**
 * The skills vocabulary (shared/vocabulary/skills.json) matched in a CV's text. The text is cut
 * into tokens once (a token keeps the characters skill names are made of: "C++", "C#", ".NET",
 * "Node.js", "CI/CD", "scikit-learn") and runs of up to five adjacent tokens are looked up in a
 * map of every spelling, longest first: one pass, whatever the vocabulary's size. Names that are
 * also English words ("React", "Excel") match only as capitalized; the few that are single
 * letters or too common ("C", "R", "Go", "Leadership") count only inside a Skills section, where
 * a list says what it means.
 */
import { type SkillEntry, SKILLS } from "../vocabulary/skills.ts";

interface Spelling {
  entry: SkillEntry;
  text: string;
  /** Only counts inside a Skills section: the entry is, or this is one of its section aliases. */
  sectionOnly: boolean;
}

const BY_LOWER = new Map<string, Spelling[]>();
let longest = 1;
for (const entry of SKILLS) {
  const add = (text: string, sectionOnly: boolean) => {
    const key = text.toLowerCase();
    BY_LOWER.set(key, [...BY_LOWER.get(key) ?? [], { entry, text, sectionOnly }]);
    longest = Math.max(longest, text.split(/\s+/).length);
  };
  for (const text of [entry.name, ...entry.aliases ?? []]) add(text, entry.sectionOnly ?? false);
  for (const text of entry.sectionAliases ?? []) add(text, true);
}

function lookUp(text: string, inSkillsSection: boolean): SkillEntry | undefined {
  for (const spelling of BY_LOWER.get(text.toLowerCase()) ?? []) {
    if (spelling.sectionOnly && !inSkillsSection) continue;
    if (spelling.entry.caseSensitive && spelling.text !== text) continue;
    return spelling.entry;
  }
  return undefined;
}

/** The vocabulary's name for a spelling ("postgres" → "PostgreSQL"), or undefined. */
export function canonicalSkill(text: string): string | undefined {
  return BY_LOWER.get(text.trim().toLowerCase())?.[0]?.entry.name;
}

/** True when the text is a skill of the vocabulary (any spelling, any case). */
export function isKnownSkill(text: string): boolean {
  return BY_LOWER.has(text.trim().toLowerCase());
}

interface Token {
  text: string;
  start: number;
  end: number;
}

// What separates tokens: spaces and the punctuation no skill name has inside it.
const TOKEN = /[^\s,;:!?()[\]{}"“”|•·▪<>=*]+/gu;

function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    // A sentence's full stop, or quotes, are not part of the name ("Node.js." is Node.js).
    const raw = match[0];
    const trimmed = raw.replace(/^['‘]+/, "").replace(/(?:['’]s|[.'’]+)$/u, "");
    if (!trimmed) continue;
    const start = (match.index ?? 0) + raw.indexOf(trimmed);
    out.push({ text: trimmed, start, end: start + trimmed.length });
  }
  return out;
}

/** The vocabulary's skills named in `text`, each once, in the order they first appear. */
export function findSkills(text: string, { inSkillsSection = false } = {}): string[] {
  const list = tokens(text);
  const found: string[] = [];
  const seen = new Set<string>();
  const note = (entry: SkillEntry | undefined) => {
    if (entry && !seen.has(entry.name)) {
      seen.add(entry.name);
      found.push(entry.name);
    }
    return entry !== undefined;
  };
  for (let i = 0; i < list.length;) {
    let matched = 0;
    for (let k = Math.min(longest, list.length - i); k >= 1 && matched === 0; k--) {
      // Only tokens with nothing but white space between them make one name.
      let adjacent = true;
      for (let j = i + 1; j < i + k && adjacent; j++) {
        adjacent = /^\s+$/.test(text.slice(list[j - 1].end, list[j].start)) ||
          list[j - 1].end === list[j].start;
      }
      if (!adjacent) continue;
      const phrase = list.slice(i, i + k).map((token) => token.text).join(" ");
      if (note(lookUp(phrase, inSkillsSection))) matched = k;
    }
    if (matched === 0 && list[i].text.includes("/")) {
      // "HTML/CSS": each side on its own, unless the whole is a name ("CI/CD", "TCP/IP").
      for (const part of list[i].text.split("/")) note(lookUp(part, inSkillsSection));
    }
    i += Math.max(matched, 1);
  }
  return found;
}

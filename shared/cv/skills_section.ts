/**
 * The skills a CV lists. From a Skills section (under whatever heading: "Computer skills",
 * "Kenntnisse"), items as written: lines wrapped mid-list joined again; labels ("Frameworks:")
 * dropped; items cut at commas, semicolons, bars, bullets and tabs (chips); "Java and J2EE" as
 * two; a parenthesised list ("AWS (ECS, Lambda)") as more items, a parenthesised remark
 * ("Angular (versions 2+)", "Python (advanced)") dropped; chips separated by spaces alone
 * ("JavaScript HTML 5 CSS LAMP") matched against the vocabulary, longest names first. Spellings
 * the vocabulary knows are reported by its name ("postgres" → PostgreSQL).
 *
 * With such a list (three items or more), the list is the answer: it is what the candidate
 * claims, and a name met in passing elsewhere is often not a skill of theirs ("worked with the
 * data science team", "Figma" as an employer, "GitHub stars"). Without one, the vocabulary's
 * skills found anywhere in the text, matched strictly (ambiguous spellings such as "UX" or
 * "User Experience" count only inside a list), less the candidate's name ("Ruby Smith" knows no
 * Ruby for saying so).
 */
import type { Line } from "./lines.ts";
import { PROFICIENCY } from "./languages.ts";
import { canonicalSkill, findSkills, isKnownSkill } from "./skills.ts";

const MAX_SKILLS = 60;

export interface SkillsRead {
  skills: string[];
  /** The skills came from a Skills section's list (true) or from the vocabulary alone. */
  fromList: boolean;
}

/** `sections`: each Skills section's lines (a list never runs on from one into the next). */
export function parseSkills(
  sections: Line[][],
  allLines: Line[],
  name: string | null,
): SkillsRead {
  const sectionLines = sections.flat();
  const listed = unique(sections.flatMap(joinWrapped).flatMap(itemsOf));
  const inList = unique([
    ...listed,
    ...findSkills(sectionLines.map((l) => l.text).join("\n"), {
      inSkillsSection: true,
    }),
  ]);
  if (listed.length >= 3) return { skills: inList.slice(0, MAX_SKILLS), fromList: true };
  const text = allLines.map((line) => line.text).join("\n");
  const elsewhere = name ? text.replaceAll(name, " ") : text;
  return {
    skills: unique([...inList, ...findSkills(elsewhere)]).slice(0, MAX_SKILLS),
    fromList: false,
  };
}

/** A list wrapped across lines ("..., Project" / "management, ...") is one line again. */
function joinWrapped(lines: Line[]): string[] {
  const out: string[] = [];
  let open = false;
  for (const line of lines) {
    const text = (line.bullet ? line.body : line.text).trim();
    if (!text) {
      open = false;
      continue;
    }
    const labelled = /^[^:,]{1,40}:\s*\S/.test(text);
    if (open && !line.bullet && !labelled && out.length > 0) {
      out[out.length - 1] += (/[,;]$/.test(out[out.length - 1]) ? " " : " ") + text;
    } else {
      out.push(text);
    }
    // A list line that did not end its list: the next line goes on with it.
    open = /[,;]/.test(text) && !/[.]$/.test(text) && !/\t/.test(text);
  }
  return out;
}

function itemsOf(text: string): string[] {
  // "Frameworks: React, Vue", or a label in a column of its own: "DevOps ⇥ Kubernetes, AWS".
  const labelled = /^[^:]{1,40}:\s*(.+)$/.exec(text) ??
    /^[^,\t]{1,30}\t+([^\t]*,[^\t]*)$/.exec(text);
  const content = labelled ? labelled[1] : text;
  const pieces = splitOutsideParentheses(content, /[,;|•·▪\t]| {2,}|\s\/\s/);
  // Chips separated by single spaces: no separator at all on a line of several words.
  if (pieces.length === 1 && content.split(/\s+/).length >= 3 && !/[()]/.test(content)) {
    const chips = spaceSeparated(content);
    if (chips) return chips;
  }
  return pieces.flatMap(expandItem).map((item) => canonicalSkill(item) ?? item);
}

/** Splits at a pattern, but not inside parentheses ("AWS (ECS, Lambda)" stays one piece). */
function splitOutsideParentheses(text: string, separator: RegExp): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = "";
  for (let i = 0; i < text.length; i++) {
    const character = text[i];
    if (character === "(" || character === "[") depth++;
    if ((character === ")" || character === "]") && depth > 0) depth--;
    if (depth === 0) {
      const match = separator.exec(text.slice(i, i + 3));
      if (match && match.index === 0) {
        out.push(current);
        current = "";
        i += match[0].length - 1;
        continue;
      }
    }
    current += character;
  }
  out.push(current);
  return out.map((piece) => piece.trim()).filter(Boolean);
}

/** One listed item: its parenthesised list, its "X and Y", its clean-up. */
function expandItem(raw: string): string[] {
  const parenthesis = /^(.*?)\s*[([]([^)\]]*)[)\]]\s*(.*)$/.exec(raw);
  if (parenthesis) {
    const [, before, inside, after] = parenthesis;
    const inner = inside.split(/\s*[,;/]\s*/).filter((item) =>
      /^\p{Lu}|^[.#]|\d[A-Za-z]|^[a-z]+[A-Z]/u.test(item) && !PROFICIENCY.test(item) &&
      !/\d+\+?\s*(?:years?|yrs?)/i.test(item)
    );
    return [...expandItem(before), ...inner.flatMap(expandItem), ...expandItem(after)];
  }
  const item = raw.replace(/[.\s]+$/, "").replace(/^[\s\-–—*]+/, "")
    .replace(/^(?:and|or|&|und|et|y|e)\s+/i, "").trim();
  if (!keep(item)) return [];
  // "NoSQL databases", "Python basics": the skill, less the word for its kind.
  const generic =
    /^(.+?)\s+(?:databases?|basics|fundamentals|concepts|principles|frameworks?|libraries|tools|programming|development|stack)$/i
      .exec(item);
  if (generic && isKnownSkill(generic[1])) return [generic[1]];
  // "Java and J2EE", "Docker & Kubernetes": two skills, when both sides are short names.
  const both = /^(.{1,30}?)\s+(?:and|&|und|et|y|e)\s+(.{1,40})$/.exec(item);
  if (both && both[1].split(/\s+/).length <= 3 && both[2].split(/\s+/).length <= 4) {
    return [both[1], both[2]].filter(keep).flatMap(expandItem);
  }
  return [item];
}

function keep(item: string): boolean {
  return item.length > 0 && item.length <= 40 && item.split(/\s+/).length <= 4 &&
    /\p{L}/u.test(item) && !/^(?:and|or|etc|e\.g|i\.e)$/i.test(item) &&
    !/^\d+\+?\s*(?:years?|yrs?)/i.test(item);
}

/**
 * "JavaScript HTML 5 CSS LAMP MVC REST": names the vocabulary knows taken longest first; the
 * words left over stand alone when they look like names (a capital, a digit, a dot). Null when
 * the line reads as prose instead (mostly lower-case words the vocabulary does not know).
 */
function spaceSeparated(text: string): string[] | null {
  const words = text.split(/\s+/).filter(Boolean);
  const out: string[] = [];
  let known = 0;
  for (let i = 0; i < words.length;) {
    let taken = 0;
    for (let k = Math.min(4, words.length - i); k >= 1 && taken === 0; k--) {
      const phrase = words.slice(i, i + k).join(" ");
      if (isKnownSkill(phrase)) {
        out.push(canonicalSkill(phrase) ?? phrase);
        taken = k;
        known++;
      }
    }
    if (taken === 0) {
      const word = words[i];
      if (!/^[\p{Lu}\d.#]|[A-Z]/u.test(word)) return null;
      // A number after a name ("HTML 5") belongs to it.
      if (/^\d+$/.test(word) && out.length > 0) out[out.length - 1] += ` ${word}`;
      else out.push(word);
      taken = 1;
    }
    i += taken;
  }
  return known >= Math.ceil(out.length / 3) ? out : null;
}

function unique(items: string[]): string[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = item.toLowerCase().replace(/[^\p{L}\p{N}+#]/gu, "");
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

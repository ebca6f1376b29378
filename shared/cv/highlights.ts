/**
 * An entry's description as highlights: each bullet with its wrapped lines joined, and each
 * sentence of a paragraph, in reading order. Words broken at a line's end are mended: a soft
 * hyphen always; a hyphen when the rest of the CV writes the word whole, or when what follows is
 * a word's ending ("Devel-" + "oping"), never when the CV writes the pair with its hyphen
 * ("event-" + "driven").
 */
import { isDuration, isOnlyDateRange } from "./dates.ts";
import type { Line } from "./lines.ts";

const MAX_HIGHLIGHTS = 20;
const MAX_LENGTH = 500;

interface Block {
  bullet: boolean;
  x: number | undefined;
  text: string;
}

export function highlightsOf(lines: Line[], allText: string): string[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  for (const line of lines) {
    // Fields that only annotate (a duration, dates) are not part of the description.
    const text = (line.bullet ? line.body : line.text).split("\t")
      .filter((field) => !isDuration(field) && !isOnlyDateRange(field)).join(" ").trim();
    if (!text) {
      current = null;
      continue;
    }
    if (line.bullet || !current || !continues(current, line, text)) {
      current = { bullet: line.bullet, x: line.x, text };
      blocks.push(current);
    } else {
      current.text = join(current.text, text, allText);
    }
  }
  return blocks.flatMap((block) => block.bullet ? [block.text] : sentences(block.text))
    .map((text) => text.replace(/\s+/g, " ").trim().slice(0, MAX_LENGTH))
    .filter((text) => /\p{L}{2}/u.test(text))
    .slice(0, MAX_HIGHLIGHTS);
}

/** Whether a line goes on with the block above it (a wrapped line) or starts another. */
function continues(block: Block, line: Line, text: string): boolean {
  if (!block.bullet) return true;
  if (line.x !== undefined && block.x !== undefined) return line.x > block.x + 1;
  return /^\p{Ll}/u.test(text) || !/[.!?:]$/.test(block.text) || /[-\u00ad]$/.test(block.text);
}

function join(before: string, after: string, allText: string): string {
  if (before.endsWith("\u00ad")) return before.slice(0, -1) + after;
  const broken = /(\p{L}+)-$/u.exec(before);
  const next = /^(\p{Ll}+)/u.exec(after);
  if (!broken || !next) return `${before} ${after}`;
  const [head, tail] = [broken[1], next[1]];
  const text = allText.toLowerCase();
  const keepHyphen = text.includes(`${head}-${tail}`.toLowerCase());
  const whole = !keepHyphen && (text.includes(`${head}${tail}`.toLowerCase()) ||
    (tail.length <= 6 && WORD_ENDING.test(tail)));
  return whole ? before.slice(0, -1) + after : before + after;
}

const WORD_ENDING =
  /(?:ing|ings|ment|ments|tion|tions|sion|sions|ance|ences?|ity|ities|ed|ers?|ly|al|ous|ive|able|ible|i[sz]e[ds]?|ical|ness|ship|ures?|ated?|ations?|ists?|ism|ant|ent|ary|ory|ery|ies)$/;

/** A paragraph's sentences (a full stop, then a capital or a digit). */
function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=[\p{Lu}\d"“])/u)
    .filter((sentence) => sentence.trim() !== "");
}

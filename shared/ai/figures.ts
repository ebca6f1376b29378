/**
 * Figures in text: numbers with a unit ("120 ms", "40%", "$2k", "12 patients", "p95",
 * "doubled"), the evidence a specific answer or a CV claim gives. Shared by the evaluator, the
 * claim finder and the claim check.
 */
import LANGUAGE from "./data/language.json" with { type: "json" };
import { normalize } from "./text.ts";

const UNITS = LANGUAGE.units.join("|");
const FIGURE = new RegExp(
  String
    .raw`[$€£¥]\s?\d[\d,.]*\s?(?:k|m|bn|million|billion)?\b|\b\d[\d,.]*\s?(?:${UNITS})(?![a-z])|\b\d[\d,.]*\s?-?(?:fold|percent)\b|\bp(?:50|75|90|95|99|999)\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty|a hundred|hundreds of|thousands of|dozens of)\s+(?:${UNITS})(?![a-z])|\b(?:halved|doubled|tripled)\b`,
  "g",
);
const NUMBER = /\b\d+(?:[.,]\d+)*\b/g;

/** The figures of a text, as written (lower case). */
export function figuresIn(text: string): string[] {
  return normalize(text).match(FIGURE) ?? [];
}

/** The numbers of a text, as numbers: "1,200" is 1200, "3.5" is 3.5. */
export function numbersIn(text: string): number[] {
  return (normalize(text).match(NUMBER) ?? []).map((found) =>
    Number(
      /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(found)
        ? found.replaceAll(",", "")
        : found.replace(",", "."),
    )
  ).filter(Number.isFinite);
}

/** How many numbers a text has, with a unit or without. */
export function countNumbers(text: string): number {
  return (normalize(text).match(NUMBER) ?? []).length;
}

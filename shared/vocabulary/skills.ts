/**
 * The skills vocabulary (skills.json beside this file): one list for the CV parser and the
 * interviewer. Data, not code, so a new skill is a line in the JSON; this module only types it
 * and checks its shape once when first loaded.
 */
import data from "./skills.json" with { type: "json" };

export type SkillCategory =
  | "language"
  | "framework"
  | "database"
  | "cloud"
  | "devops"
  | "data"
  | "design"
  | "office"
  | "business"
  | "healthcare"
  | "finance"
  | "sales"
  | "logistics"
  | "support";

export interface SkillEntry {
  /** How the skill is reported. */
  name: string;
  category: SkillCategory;
  /** Other spellings that mean it wherever they are found ("k8s" is Kubernetes). */
  aliases?: string[];
  /** Spellings that mean it only in a Skills section's list ("Node", "Rails"). */
  sectionAliases?: string[];
  /** Match the exact case: the name is also an ordinary word ("React", "Excel"). */
  caseSensitive?: boolean;
  /** Only in a Skills section: a single letter or a word too common elsewhere ("C", "Go"). */
  sectionOnly?: boolean;
}

const CATEGORIES: ReadonlySet<string> = new Set<SkillCategory>([
  "language",
  "framework",
  "database",
  "cloud",
  "devops",
  "data",
  "design",
  "office",
  "business",
  "healthcare",
  "finance",
  "sales",
  "logistics",
  "support",
]);

function checked(entries: unknown[]): SkillEntry[] {
  return entries.map((entry, i) => {
    const e = entry as SkillEntry;
    const strings = (value: unknown) =>
      value === undefined || (Array.isArray(value) && value.every((s) => typeof s === "string"));
    if (
      typeof e?.name !== "string" || !CATEGORIES.has(e.category) || !strings(e.aliases) ||
      !strings(e.sectionAliases)
    ) {
      throw new Error(`shared/vocabulary/skills.json: entry ${i} is malformed`);
    }
    return e;
  });
}

/** Every skill, in the file's order. */
export const SKILLS: readonly SkillEntry[] = checked(data.skills);

/**
 * A CV's lines grouped under its headings ("Experience", "EDUCATION", "Technical Skills:"),
 * with the lines before the first heading as the header, where the name and contact details
 * usually are. A heading may carry its first line ("Skills: TypeScript, Go").
 */

export type SectionKind =
  | "header"
  | "summary"
  | "contact"
  | "experience"
  | "education"
  | "skills"
  | "languages"
  | "other";

export interface Section {
  kind: SectionKind;
  lines: string[];
}

const HEADINGS: Record<Exclude<SectionKind, "header">, string[]> = {
  summary: [
    "summary",
    "professional summary",
    "profile",
    "professional profile",
    "about",
    "about me",
    "objective",
    "career objective",
    "personal statement",
  ],
  contact: [
    "contact",
    "contacts",
    "contact information",
    "contact details",
    "personal details",
    "personal information",
    "personal data",
  ],
  experience: [
    "experience",
    "work experience",
    "professional experience",
    "relevant experience",
    "employment",
    "employment history",
    "work history",
    "career history",
    "career",
    "professional background",
    "positions held",
  ],
  education: [
    "education",
    "education and training",
    "academic background",
    "academic qualifications",
    "qualifications",
    "studies",
  ],
  skills: [
    "skills",
    "technical skills",
    "core skills",
    "key skills",
    "hard skills",
    "skills and tools",
    "skills and technologies",
    "competencies",
    "core competencies",
    "expertise",
    "areas of expertise",
    "technologies",
    "tech stack",
    "tools",
    "tools and technologies",
  ],
  languages: ["languages", "language skills", "spoken languages", "language"],
  other: [
    "projects",
    "personal projects",
    "certifications",
    "certificates",
    "courses",
    "training",
    "awards",
    "achievements",
    "honors",
    "publications",
    "interests",
    "hobbies",
    "references",
    "volunteering",
    "volunteer experience",
    "activities",
  ],
};

const KIND_BY_HEADING = new Map(
  Object.entries(HEADINGS).flatMap(([kind, names]) =>
    names.map((name) => [name, kind as SectionKind])
  ),
);

/** A heading's kind and the text after it on the same line, or null for an ordinary line. */
export function readHeading(line: string): { kind: SectionKind; rest: string } | null {
  const inline = /^\s*([\p{L} &/]{3,40}?)\s*:\s*(.*)$/u.exec(line);
  const [title, rest] = inline ? [inline[1], inline[2]] : [line, ""];
  const key = title
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^\p{L} ]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (key.length === 0 || key.length > 40) return null;
  const kind = KIND_BY_HEADING.get(key);
  // A line of ordinary text that happens to start with "Experience:" is still a heading; a
  // whole line must not run on past the heading words otherwise.
  return kind ? { kind, rest: rest.trim() } : null;
}

export function splitSections(lines: string[]): Section[] {
  const sections: Section[] = [{ kind: "header", lines: [] }];
  for (const line of lines) {
    const heading = line.trim() ? readHeading(line) : null;
    if (heading) {
      sections.push({ kind: heading.kind, lines: heading.rest ? [heading.rest] : [] });
    } else {
      sections[sections.length - 1].lines.push(line);
    }
  }
  return sections;
}

/** The lines of every section of a kind, in order. */
export function linesOf(sections: Section[], kind: SectionKind): string[] {
  return sections.filter((section) => section.kind === kind).flatMap((section) => section.lines);
}

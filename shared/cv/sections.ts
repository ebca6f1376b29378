/**
 * A CV's lines grouped under its headings, with the lines before the first heading as the header
 * (where the name and contact details usually are).
 *
 * A heading is a short line whose words, less the modifiers CVs put before them ("Professional",
 * "Technical", "Computer", "Relevant"...), are a section's name in English or a common European
 * language: "Computer skills", "Berufserfahrung", "EXPÉRIENCE PROFESSIONNELLE". A heading may
 * carry its first line ("Skills: TypeScript, Go"). Once a known heading has been seen, a line set
 * clearly larger than the body text that names nothing known ("Selected Honors", "Patents")
 * starts a section of its own too, so it does not run on into the one before.
 */
import type { Line } from "./lines.ts";
import { findLanguages } from "./languages.ts";

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
  /** The heading as written ("" for the header). */
  title: string;
  lines: Line[];
}

const HEADINGS: Record<Exclude<SectionKind, "header">, string[]> = {
  summary: [
    "summary",
    "profile",
    "about",
    "about me",
    "objective",
    "career objective",
    "objectives",
    "personal statement",
    "overview",
    "introduction",
    "highlights",
    "profil",
    "zusammenfassung",
    "über mich",
    "uber mich",
    "kurzprofil",
    "à propos",
    "a propos",
    "perfil",
    "resumen",
    "sobre mí",
    "sobre mi",
    "profilo",
    "sommario",
    "profiel",
    "samenvatting",
  ],
  contact: [
    "contact",
    "contacts",
    "contact information",
    "contact info",
    "contact details",
    "details",
    "personal details",
    "personal information",
    "personal data",
    "personal info",
    "kontakt",
    "persönliche daten",
    "personliche daten",
    "persönliche angaben",
    "coordonnées",
    "coordonnees",
    "informations personnelles",
    "contacto",
    "datos personales",
    "contatti",
    "dati personali",
    "contato",
    "dados pessoais",
    "persoonlijke gegevens",
  ],
  experience: [
    "experience",
    "experiences",
    "work experience",
    "employment",
    "employment history",
    "work history",
    "career history",
    "career",
    "background",
    "positions held",
    "positions",
    "history",
    "jobs",
    "roles",
    "experience and employment",
    "work",
    "berufserfahrung",
    "berufliche erfahrung",
    "erfahrung",
    "beruflicher werdegang",
    "werdegang",
    "praxiserfahrung",
    "expérience",
    "experience professionnelle",
    "expérience professionnelle",
    "expériences professionnelles",
    "parcours professionnel",
    "experiencia",
    "experiencia laboral",
    "experiencia profesional",
    "esperienza",
    "esperienze",
    "esperienza lavorativa",
    "esperienze professionali",
    "experiência",
    "experiência profissional",
    "werkervaring",
    "ervaring",
    "loopbaan",
    // Roles outside paid work, read as entries too: a volunteer post or a membership is
    // experience the interview may ask about.
    "volunteering",
    "volunteer experience",
    "volunteer work",
    "volunteer",
    "affiliations",
    "affiliation",
    "memberships",
    "professional memberships",
    "leadership",
    "leadership experience",
    "activities",
    "extracurricular activities",
    "extracurriculars",
    "campus involvement",
    "community involvement",
    "community service",
    "research experience",
    "teaching experience",
    "military service",
    "internships",
    "ehrenamt",
    "ehrenamtliches engagement",
    "bénévolat",
    "voluntariado",
  ],
  education: [
    "education",
    "education and training",
    "academic background",
    "academics",
    "academic qualifications",
    "qualifications",
    "studies",
    "training",
    "degrees",
    "academic history",
    "educational background",
    "ausbildung",
    "bildung",
    "bildungsweg",
    "studium",
    "schulbildung",
    "formation",
    "formations",
    "études",
    "etudes",
    "educación",
    "educacion",
    "formación",
    "formacion",
    "formación académica",
    "istruzione",
    "formazione",
    "educação",
    "formação",
    "formação académica",
    "opleiding",
    "opleidingen",
  ],
  skills: [
    "skills",
    "skill set",
    "skillset",
    "competencies",
    "competences",
    "expertise",
    "areas of expertise",
    "technologies",
    "tech stack",
    "stack",
    "tools",
    "toolbox",
    "tools and technologies",
    "skills and tools",
    "skills and technologies",
    "proficiencies",
    "abilities",
    "capabilities",
    "strengths",
    "kenntnisse",
    "fähigkeiten",
    "fahigkeiten",
    "kompetenzen",
    "fachkenntnisse",
    "it kenntnisse",
    "edv kenntnisse",
    "compétences",
    "competences techniques",
    "compétences techniques",
    "habilidades",
    "competencias",
    "conocimientos",
    "aptitudes",
    "competenze",
    "capacità",
    "competências",
    "habilidades",
    "vaardigheden",
    "competenties",
    "know how",
  ],
  languages: [
    "languages",
    "language skills",
    "spoken languages",
    "language",
    "sprachen",
    "sprachkenntnisse",
    "langues",
    "idiomas",
    "lingue",
    "línguas",
    "talen",
    "talenkennis",
  ],
  other: [
    "projects",
    "personal projects",
    "side projects",
    "certifications",
    "certificates",
    "certification",
    "licenses",
    "licences",
    "courses",
    "awards",
    "achievements",
    "honors",
    "honours",
    "honors and awards",
    "publications",
    "interests",
    "hobbies",
    "references",
    "patents",
    "invited talks",
    "presentations",
    "conferences",
    "projekte",
    "zertifikate",
    "interessen",
    "hobbys",
    "projets",
    "centres d'intérêt",
    "proyectos",
    "certificados",
    "intereses",
    "progetti",
    "interessi",
    "projetos",
    "projecten",
    "additional information",
    "miscellaneous",
    "other",
  ],
};

/** Words CVs put before a heading's name: "Professional Experience", "Computer Skills". */
const MODIFIERS = new Set([
  "professional",
  "work",
  "working",
  "relevant",
  "related",
  "technical",
  "technological",
  "computer",
  "it",
  "key",
  "core",
  "soft",
  "hard",
  "other",
  "additional",
  "selected",
  "personal",
  "academic",
  "digital",
  "software",
  "programming",
  "industry",
  "my",
  "main",
  "general",
  "recent",
  "previous",
  "prior",
  "practical",
  "business",
  "functional",
  "transferable",
  "interpersonal",
  "management",
  "leadership",
  "language",
  "languages",
  "and",
  "&",
  "of",
  "berufliche",
  "berufliches",
  "technische",
  "fachliche",
  "persönliche",
  "professionnelle",
  "professionnelles",
  "techniques",
  "profesional",
  "técnicas",
  "tecnicas",
  "professionale",
  "tecniche",
  "profissional",
  "werk",
  "relevante",
]);

const KIND_BY_HEADING = new Map(
  Object.entries(HEADINGS).flatMap(([kind, names]) =>
    names.map((name) => [keyOf(name), kind as SectionKind])
  ),
);

function keyOf(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^\p{L} ]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** The section a heading names, or undefined. */
function kindOf(title: string): SectionKind | undefined {
  const key = keyOf(title);
  if (!key || key.length > 50) return undefined;
  const exact = KIND_BY_HEADING.get(key);
  if (exact) return exact;
  // Less its modifiers, a heading must be a section's name: "Customer Experience Manager" is not.
  const words = key.split(" ");
  for (let cut = 1; cut < words.length; cut++) {
    if (!words.slice(0, cut).every((word) => MODIFIERS.has(word))) break;
    const kind = KIND_BY_HEADING.get(words.slice(cut).join(" "));
    if (kind) return kind;
  }
  // "Skills & Tools", "Experience and Projects": the first name decides.
  const [first] = key.split(" and ");
  if (first !== key) return kindOf(first);
  return undefined;
}

export interface HeadingRead {
  kind: SectionKind;
  rest: string;
}

/** A heading's kind and the text after it on the same line, or null for an ordinary line. */
export function readHeading(line: Line, knownSeen = true, inSkills = false): HeadingRead | null {
  const text = line.text.replace(/[\s:\-–—_=*#.|]+$/, "").replace(/^[\s#*|•]+/, "").trim();
  if (!text || line.bullet) return null;
  const inline = /^([\p{L} &/'’]{3,40}?)\s*:\s*(.+)$/u.exec(line.text.trim());
  if (inline) {
    const kind = kindOf(inline[1]);
    if (!kind) return null;
    // "Languages: Python, C++" inside a Skills section lists programming languages.
    if (kind === "languages" && (inSkills || findLanguages(inline[2]).length === 0)) return null;
    return { kind, rest: inline[2].trim() };
  }
  if (text.split(/\s+/).length > 6 || /\t/.test(text)) return null;
  const kind = kindOf(text);
  if (kind) return { kind, rest: "" };
  // An unknown heading, known by its looks: set large, short, no digits, not a sentence; or
  // underlined or ruled as plain text sets headings.
  if (line.ruled && text.split(/\s+/).length <= 5 && !/@/.test(text)) {
    return { kind: "other", rest: "" };
  }
  if (
    knownSeen && (line.size ?? 1) >= 1.15 && text.split(/\s+/).length <= 4 &&
    !/\d|@|,/.test(text) && /^\p{Lu}/u.test(text)
  ) {
    return { kind: "other", rest: "" };
  }
  return null;
}

export function splitSections(lines: Line[]): Section[] {
  const sections: Section[] = [{ kind: "header", title: "", lines: [] }];
  let knownSeen = false;
  for (const line of lines) {
    const current = sections[sections.length - 1];
    const heading = line.text.trim()
      ? readHeading(line, knownSeen, current.kind === "skills")
      : null;
    if (heading) {
      knownSeen = true;
      const rest = heading.rest ? [{ ...line, text: heading.rest, body: heading.rest }] : [];
      sections.push({ kind: heading.kind, title: line.text.trim(), lines: rest });
    } else {
      current.lines.push(line);
    }
  }
  return sections;
}

/** The lines of every section of a kind, in order. */
export function linesOf(sections: Section[], kind: SectionKind): Line[] {
  return sections.filter((section) => section.kind === kind).flatMap((section) => section.lines);
}

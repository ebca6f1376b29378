/**
 * A job's heading, its dates taken out, told apart into title, company and location, with how
 * sure that split is.
 *
 * The heading's pieces (from the lines around the dates, in reading order) are cut at the
 * separators CVs use: tabs and wide gaps, bars, bullets, spaced dashes, commas ("ABC Company,
 * Inc." and "VP, Engineering" stay whole), and "Title at Company". Then:
 *  - a place is a location, never a company: known places and region codes ("Mountain View",
 *    "CA", "USA", "Remote"), and an unknown capitalised piece just before a region ("Anywhere,
 *    USA") when a title and a company remain without it;
 *  - the title is the piece with a title's words ("Engineer", "Co-Founder & CTO", "Leiter");
 *  - the company is a piece with a legal form, a known employer or an organisation's word, else
 *    what is left beside the title;
 *  - without such words, the piece on the dates' line is taken as the title (the usual layouts:
 *    "Title ... dates" over "Company", "Company" over "Title ... dates"), at lower confidence.
 * Pieces that read as sentence fragments (a lower-case start, many words, a full stop) are
 * never a title or a company.
 */
import LANGUAGE from "../ai/data/language.json" with { type: "json" };
import { companySignal, DEPARTMENT, hasTitleWords, isLegalForm } from "./entry_words.ts";
import { isKnownPlace, isPlace, isRegion, looksLikePlaceName } from "./places.ts";

export interface HeadingPiece {
  text: string;
  /** On the line that holds the dates. */
  dateLine: boolean;
}

export interface EntryParts {
  title: string | null;
  company: string | null;
  /** The company stood on a line of its own (a heading over one or more roles). */
  companyOwnLine: boolean;
  location: string | null;
  /** 0..1: how sure both the title and the company are. */
  confidence: number;
}

interface Atom {
  text: string;
  dateLine: boolean;
  /** Which piece (line or field) it came from: atoms of one piece were cut at commas. */
  piece: number;
  place?: boolean;
}

interface Scored {
  atom: Atom;
  /** 2: a title's words. */
  title: number;
  /** 2: a legal form or known employer; 1: an organisation's word. */
  company: number;
}

const STRONG = /\s*(?:\t+|\s[|•·▪◆]\s|\s[–—-]\s|\s:\s|\s{2,})\s*|^\s*[|•·]\s*|\s*[|•·]\s*$/;

export function entryParts(pieces: HeadingPiece[]): EntryParts {
  // "Title at Company" / "Title @ Company": the order is the writer's.
  for (const piece of pieces) {
    const at = /^(.{2,60}?)\s+(?:at|@|bei|chez|en)\s+(\p{Lu}.{1,60})$/u.exec(piece.text.trim());
    if (at && hasTitleWords(at[1]) && !hasTitleWords(at[2])) {
      const rest = pieces.filter((other) => other !== piece);
      const location = locationOf(rest.flatMap((other, i) => atomsOf(other, i + 1)));
      const [title, company] = [tidy(at[1]), tidy(splitPlace(at[2]).name)];
      if (usable(title) && usable(company)) {
        return {
          title,
          company,
          companyOwnLine: false,
          location: location ?? splitPlace(at[2]).place,
          confidence: 0.95,
        };
      }
    }
  }
  const atoms = pieces.flatMap((piece, i) => atomsOf(piece, i));
  markPlaces(atoms);
  const location = locationOf(atoms);
  const named = atoms.filter((atom) => !atom.place && usable(atom.text));
  if (named.length === 0) {
    return { title: null, company: null, companyOwnLine: false, location, confidence: 0 };
  }

  // A department ("Emergency Communications", "Risk Advisory") names a part of an employer: it
  // is the company only when nothing else is.
  const scored: Scored[] = named.map((atom) => ({
    atom,
    title: hasTitleWords(atom.text) ? 2 : 0,
    company: Math.max(0, companySignal(atom.text) - (DEPARTMENT.test(atom.text) ? 1 : 0)),
  }));
  const titled = scored.filter((s) => s.title > s.company || (s.title > 0 && s.company < 2))
    .sort((a, b) => b.title - a.title);
  let title: Scored | null = titled[0] ?? null;
  const others = scored.filter((s) => s !== title);
  // Between equals, an employer on a line of its own beats a part beside the title ("Critical
  // Care Nurse, Medical ICU" over "Tidewater General Hospital, Norfolk").
  const besideTitle = (s: Scored) => title !== null && s.atom.piece === title.atom.piece ? 1 : 0;
  let company: Scored | null = others.filter((s) => s.company > 0)
    .sort((a, b) => b.company - a.company || besideTitle(a) - besideTitle(b))[0] ??
    null;
  let guessed = false;
  if (!title && !company) {
    // No words to go by: the dates' line holds the title, another line the company; on one
    // line, "Title, Company" is the common order.
    guessed = true;
    title = scored.find((s) => s.atom.dateLine) ?? scored[0];
    company = scored.find((s) => s !== title) ?? null;
    if (!company && title && !title.atom.dateLine) [title, company] = [null, title];
  } else if (!company) {
    company = others[0] ?? null;
  } else if (!title) {
    title = others.find((s) => s !== company) ?? null;
    guessed = title !== null;
  }
  const structural = title && company && (title.atom.piece !== company.atom.piece);
  const titleSure = !title ? 0 : title.title > 0 ? 1 : guessed ? 0.4 : 0.55;
  const companySure = !company
    ? 0
    : company.company >= 2
    ? 1
    : company.company === 1
    ? 0.85
    : structural
    ? 0.7
    : guessed
    ? 0.4
    : 0.55;
  let confidence = 0.5 * titleSure + 0.5 * companySure;
  for (const part of [title, company]) {
    if (part && part.atom.text.split(/\s+/).length > 6) confidence *= 0.6;
  }
  const companyOwnLine = company !== null && !company.atom.dateLine &&
    named.filter((atom) => line(atom) === line(company!.atom)).length === 1;
  return {
    title: title ? tidy(title.atom.text) : null,
    company: company ? tidy(company.atom.text) : null,
    companyOwnLine,
    location,
    confidence: Math.round(Math.min(confidence, 0.97) * 100) / 100,
  };
}

/** Whether a phrase starts with a proper name rather than an everyday word ("Halden Logistics"). */
function startsWithName(text: string): boolean {
  const first = text.trim().split(/\s+/)[0] ?? "";
  return /^\p{Lu}\p{Ll}+$/u.test(first) && !EVERYDAY.has(first.toLowerCase()) &&
    text.trim().split(/\s+/).length > 1;
}

const EVERYDAY = new Set(LANGUAGE.common_words);

/** Which heading line an atom came from (atoms carry their piece and field). */
const line = (atom: Atom) => Math.floor(atom.piece / 100);

/** A piece cut at its separators and commas, legal forms and departments kept with theirs. */
function atomsOf(piece: HeadingPiece, index: number): Atom[] {
  const out: Atom[] = [];
  piece.text.split(STRONG).forEach((field, f) => {
    const parts = field.split(/\s*,\s*|\s*;\s*/).map(tidy).filter(Boolean);
    const merged: string[] = [];
    for (const part of parts) {
      const previous = merged[merged.length - 1];
      // "Manager, Risk Advisory" is one title; "Analyst, Halden Logistics" is a title and a
      // company: a department's other words are ordinary ones, a company's a name.
      const department = DEPARTMENT.test(part) && companySignal(part) < 2 &&
        hasTitleWords(previous ?? "") && !hasTitleWords(part) && !startsWithName(part);
      if (previous && (isLegalForm(part) || department)) {
        merged[merged.length - 1] = `${previous}, ${part}`;
      } else {
        merged.push(part);
      }
    }
    for (const text of merged) out.push({ text, dateLine: piece.dateLine, piece: index * 100 + f });
  });
  return out;
}

/** Marks the places among the atoms: known ones, and an unknown name just before a region. */
function markPlaces(atoms: Atom[]) {
  for (const atom of atoms) {
    atom.place = isKnownPlace(atom.text) || isRegion(atom.text) ||
      (isPlace(atom.text) && companySignal(atom.text) === 0 && !hasTitleWords(atom.text));
  }
  for (let i = atoms.length - 2; i >= 0; i--) {
    const atom = atoms[i];
    const next = atoms[i + 1];
    if (atom.place || !next.place || next.piece !== atom.piece) continue;
    if (!looksLikePlaceName(atom.text) || hasTitleWords(atom.text) || companySignal(atom.text)) {
      continue;
    }
    // Only when a title and a company are left without it.
    const left = atoms.filter((other) => other !== atom && !other.place && usable(other.text));
    if (left.length >= 2) atom.place = true;
  }
}

function locationOf(atoms: Atom[]): string | null {
  const places = atoms.filter((atom) =>
    atom.place ?? (isKnownPlace(atom.text) || isPlace(atom.text))
  );
  return places.length ? places.map((atom) => atom.text).join(", ").slice(0, 120) : null;
}

/** "Google, Mountain View, CA" → the name and the place after it. */
function splitPlace(text: string): { name: string; place: string | null } {
  const parts = text.split(/\s*,\s*/);
  for (let cut = 1; cut < parts.length; cut++) {
    const place = parts.slice(cut).join(", ");
    if (isPlace(place)) return { name: parts.slice(0, cut).join(", "), place };
  }
  return { name: text, place: null };
}

/** A title or company, not a fragment of a sentence, a date or contact details. */
export function usable(text: string): boolean {
  const t = text.trim();
  if (t.length < 2 || t.length > 100) return false;
  if (/^(?:in|at|on|for|the|and|of|to|from|with|since|by|as|a|an|i)$/i.test(t)) return false;
  if (/^[^\p{L}\p{N}]/u.test(t) && !/^\.NET\b/i.test(t)) return false;
  if (/^\p{Ll}\p{Ll}/u.test(t) && !/^(?:e|i)[A-Z]/.test(t)) return false;
  if (/@|https?:|www\.|\.com\b/i.test(t)) return false;
  if (/^[\d\s.,/%+-]+$/.test(t)) return false;
  const words = t.split(/\s+/).length;
  if (words > 9) return false;
  // A sentence's end, unless it is a legal form's ("Harbor & Pine Clothing Co.").
  if (
    /[.;:,]$/.test(t) && words >= 4 && !/\b(?:inc|co|corp|ltd|llc|plc|pty|bv|nv|s\.a)\.$/i.test(t)
  ) {
    return false;
  }
  return true;
}

function tidy(text: string): string {
  return text
    .replace(/\(\s*\)|\[\s*\]/g, " ")
    .replace(/^[\s|,;:–—\-()•·]+|[\s|,;:–—\-(•·]+$/g, "")
    .replace(/^\((.*)\)$/, "$1")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 120);
}

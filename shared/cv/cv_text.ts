/**
 * A CV's text as the extractors hand it to the parser: lines in reading order, each with what
 * the page said about it where the format tells (PDF: font size and weight, left edge; DOCX:
 * bold and size from the runs, heading styles), and the text that was drawn but hidden.
 */

export interface CvLine {
  text: string;
  /** The line's font size over the document's body size (1: body text); absent when unknown. */
  size?: number;
  /** Most of the line is bold (or a heading style). */
  bold?: boolean;
  /** The line's left edge in points (PDF), to tell a wrapped line from a new one. */
  x?: number;
  /** 1-based page (PDF). */
  page?: number;
}

export interface CvText {
  lines: CvLine[];
  /** Text drawn so that no reader sees it (white on white, invisible, tiny, off the page). */
  hidden: string[];
}

/** What is stored as the CV's extracted text (and searched): the visible lines only. */
export function plainText(text: CvText): string {
  return text.lines.map((line) => line.text).join("\n");
}

/** Lines from plain text, with nothing known about their looks. */
export function linesFromText(text: string): CvLine[] {
  return text.replace(/\r\n?/g, "\n").split(/[\n\f\v\u2028\u2029]/).map((line) => ({
    text: line,
  }));
}

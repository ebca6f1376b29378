/**
 * The glyphs a PDF page draws, each where it lands and whether a reader can see it, from pdf.js's
 * operator list. pdf.js's own text content (getTextContent) gives positions but neither colour,
 * render mode nor what is painted beneath, and those decide whether text is hidden: white on a
 * white page, or drawn invisibly (render mode 3), is a known trick for stuffing a CV with
 * keywords that only a machine reads, while white on a dark sidebar is ordinary design. So the
 * operator list is replayed here as pdf.js's canvas renderer replays it (graphics state stack,
 * text matrices, glyph advances), keeping each glyph's origin, size, font and visibility, and
 * the filled shapes under it.
 *
 * What counts as hidden: render mode 3 or 7 (invisible, clip only); a fill alpha near 0; a
 * colour too close to what is painted beneath (contrast ratio under 1.25: `#eeeeee` on white is
 * 1.16, a light grey such as `#d1d5db` is 1.5; over an image, where `images` says one is painted,
 * the colour is not judged); a glyph under 3 points; a glyph whose origin lies outside the page.
 * Not detected: text covered by an image drawn over it, text clipped away.
 */
import { apply, IDENTITY, type Matrix, multiply } from "./pdf_matrix.ts";

/** One glyph, in page space: x from the page's left edge, y (its baseline) from the top. */
export interface Glyph {
  text: string;
  x: number;
  y: number;
  /** The advance width on the page. */
  width: number;
  /** The font size on the page, in points. */
  size: number;
  bold: boolean;
  /** A space glyph: it separates words wherever it sits. */
  space: boolean;
  hidden: HiddenReason | null;
}

export type HiddenReason = "invisible" | "transparent" | "background" | "tiny" | "off-page";

/** pdf.js's operator codes (its public `OPS` table; stable across its versions). */
const OP = {
  setGState: 9,
  save: 10,
  restore: 11,
  transform: 12,
  fill: 22,
  eoFill: 23,
  fillStroke: 24,
  eoFillStroke: 25,
  closeFillStroke: 26,
  closeEOFillStroke: 27,
  beginText: 31,
  setCharSpacing: 33,
  setWordSpacing: 34,
  setHScale: 35,
  setLeading: 36,
  setFont: 37,
  setTextRenderingMode: 38,
  setTextRise: 39,
  moveText: 40,
  setLeadingMoveText: 41,
  setTextMatrix: 42,
  nextLine: 43,
  showText: 44,
  setStrokeColorN: 53,
  setFillColorN: 55,
  setStrokeRGBColor: 58,
  setFillRGBColor: 59,
  paintFormXObjectBegin: 74,
  paintFormXObjectEnd: 75,
  constructPath: 91,
  setStrokeTransparent: 92,
  setFillTransparent: 93,
} as const;

const FILLS: ReadonlySet<number> = new Set([
  OP.fill,
  OP.eoFill,
  OP.fillStroke,
  OP.eoFillStroke,
  OP.closeFillStroke,
  OP.closeEOFillStroke,
]);

/** An RGB colour as 0..1 channels; null when unknown (a pattern): taken as visible. */
type Rgb = [number, number, number] | null;

interface GraphicsState {
  ctm: Matrix;
  fill: Rgb;
  stroke: Rgb;
  fillAlpha: number;
  strokeAlpha: number;
  font: FontInfo | null;
  fontSize: number;
  charSpacing: number;
  wordSpacing: number;
  hScale: number;
  leading: number;
  rise: number;
  renderMode: number;
}

interface FontInfo {
  bold: boolean;
  widthScale: number;
  vertical: boolean;
}

/** What the page's fonts are, by pdf.js's loaded name (from the page's commonObjs). */
export type FontLookup = (loadedName: string) => {
  name?: string;
  bold?: boolean;
  black?: boolean;
  fontMatrix?: number[];
  vertical?: boolean;
} | null;

interface Fill {
  box: [number, number, number, number];
  color: Rgb;
}

/** At most this many filled shapes are remembered per page, the latest painted. */
const MAX_FILLS = 400;

export interface OperatorList {
  fnArray: number[];
  argsArray: unknown[];
}

/**
 * The glyphs of one page. `view` is the page's box ([x0, y0, x1, y1], PDF units); `maxGlyphs`
 * stops the replay once that many glyphs are kept (the page is past what will be read).
 */
export function pageGlyphs(
  list: OperatorList,
  view: number[],
  fonts: FontLookup,
  maxGlyphs = Infinity,
  images: readonly [number, number, number, number][] = [],
): Glyph[] {
  const [x0, y0, x1, y1] = view;
  const glyphs: Glyph[] = [];
  const fills: Fill[] = [];
  const stack: GraphicsState[] = [];
  const fontCache = new Map<string, FontInfo | null>();
  let state: GraphicsState = {
    ctm: IDENTITY,
    fill: [0, 0, 0],
    stroke: [0, 0, 0],
    fillAlpha: 1,
    strokeAlpha: 1,
    font: null,
    fontSize: 0,
    charSpacing: 0,
    wordSpacing: 0,
    hScale: 1,
    leading: 0,
    rise: 0,
    renderMode: 0,
  };
  // Text position, as pdf.js's canvas keeps it: within the text matrix, a line start and a pen.
  let textMatrix: Matrix = IDENTITY;
  let lineX = 0, lineY = 0, penX = 0, penY = 0;

  const fontOf = (name: string): FontInfo | null => {
    if (!fontCache.has(name)) {
      let info: FontInfo | null = null;
      try {
        const font = fonts(name);
        if (font) {
          info = {
            bold: Boolean(font.bold || font.black) ||
              /bold|black|heavy|semibold|demi|extrabold/i.test(font.name ?? ""),
            widthScale: Number(font.fontMatrix?.[0]) || 0.001,
            vertical: Boolean(font.vertical),
          };
        }
      } catch {
        // A font pdf.js could not load: its glyphs still have widths of their own.
      }
      fontCache.set(name, info);
    }
    return fontCache.get(name)!;
  };

  const setFont = (args: unknown) => {
    const [name, size] = args as [string, number];
    state.font = fontOf(name);
    state.fontSize = Math.abs(Number(size) || 0);
  };

  const moveText = (x: number, y: number) => {
    penX = lineX += x;
    penY = lineY += y;
  };

  const backgroundAt = (x: number, y: number): Rgb => {
    // Over an image, the background is the image's colours, which are not known here.
    for (const [left, bottom, right, top] of images) {
      if (x >= left && x <= right && y >= bottom && y <= top) return null;
    }
    for (let i = fills.length - 1; i >= 0; i--) {
      const [left, bottom, right, top] = fills[i].box;
      if (x >= left && x <= right && y >= bottom && y <= top) return fills[i].color;
    }
    return [1, 1, 1];
  };

  const hiddenReason = (x: number, y: number, size: number): HiddenReason | null => {
    const mode = state.renderMode & 3;
    if (state.renderMode === 3 || state.renderMode === 7) return "invisible";
    const stroked = mode === 1;
    if ((stroked ? state.strokeAlpha : state.fillAlpha) < 0.05) return "transparent";
    if (size < 3) return "tiny";
    if (x < x0 - 1 || x > x1 + 1 || y < y0 - 1 || y > y1 + 1) return "off-page";
    const color = stroked ? state.stroke : state.fill;
    if (color && contrast(color, backgroundAt(x, y)) < 1.25) return "background";
    return null;
  };

  const showText = (items: unknown[]) => {
    const font = state.font;
    const size = state.fontSize;
    const widthScale = font?.widthScale ?? 0.001;
    const matrix = multiply(textMatrix, state.ctm);
    const xScale = Math.hypot(matrix[0], matrix[1]);
    const yScale = Math.hypot(matrix[2], matrix[3]);
    const pageSize = size * yScale;
    let x = 0;
    for (const item of items) {
      if (typeof item === "number") {
        x -= item * size / 1000;
        continue;
      }
      if (!item || typeof item !== "object") continue;
      const glyph = item as { unicode?: string; width?: number; isSpace?: boolean };
      const spacing = (glyph.isSpace ? state.wordSpacing : 0) + state.charSpacing;
      const advance = (Number(glyph.width) || 0) * size * widthScale + spacing;
      const text = glyph.unicode ?? "";
      if (text && glyphs.length < maxGlyphs) {
        const [px, py] = apply(matrix, penX + x * state.hScale, penY + state.rise);
        glyphs.push({
          text,
          x: px - x0,
          y: y1 - py,
          width: Math.abs(advance * state.hScale * xScale),
          size: pageSize,
          bold: font?.bold ?? false,
          // Not glyph.isSpace: pdf.js sets it for char code 32, which a subset font may give
          // to any glyph (a "2", say); word spacing applies to that code all the same.
          space: text.trim() === "",
          hidden: hiddenReason(px, py, pageSize),
        });
      }
      x += advance;
    }
    if (font?.vertical) penY -= x;
    else penX += x * state.hScale;
  };

  const { fnArray, argsArray } = list;
  for (let i = 0; i < fnArray.length && glyphs.length < maxGlyphs; i++) {
    const args = argsArray[i] as unknown[] | null;
    switch (fnArray[i]) {
      case OP.save:
        stack.push({ ...state });
        break;
      case OP.restore:
        state = stack.pop() ?? state;
        break;
      case OP.transform: {
        const matrix = matrixOf(args);
        if (matrix) state.ctm = multiply(matrix, state.ctm);
        break;
      }
      case OP.paintFormXObjectBegin: {
        stack.push({ ...state });
        const matrix = matrixOf(args?.[0]);
        if (matrix) state.ctm = multiply(matrix, state.ctm);
        break;
      }
      case OP.paintFormXObjectEnd:
        state = stack.pop() ?? state;
        break;
      case OP.setFillRGBColor:
        state.fill = parseColor(args?.[0]);
        break;
      case OP.setStrokeRGBColor:
        state.stroke = parseColor(args?.[0]);
        break;
      case OP.setFillColorN:
        state.fill = null;
        break;
      case OP.setStrokeColorN:
        state.stroke = null;
        break;
      case OP.setFillTransparent:
        state.fillAlpha = 0;
        break;
      case OP.setStrokeTransparent:
        state.strokeAlpha = 0;
        break;
      case OP.setGState:
        for (const [key, value] of (args?.[0] ?? []) as [string, unknown][]) {
          if (key === "ca") state.fillAlpha = Number(value);
          else if (key === "CA") state.strokeAlpha = Number(value);
          else if (key === "Font") setFont(value);
        }
        break;
      case OP.constructPath: {
        const [paint, , minMax] = (args ?? []) as [number, unknown, ArrayLike<number> | null];
        if (FILLS.has(paint) && minMax && state.fillAlpha > 0.5) {
          const corners = [
            apply(state.ctm, minMax[0], minMax[1]),
            apply(state.ctm, minMax[2], minMax[3]),
            apply(state.ctm, minMax[0], minMax[3]),
            apply(state.ctm, minMax[2], minMax[1]),
          ];
          const xs = corners.map((c) => c[0]), ys = corners.map((c) => c[1]);
          fills.push({
            box: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)],
            color: state.fill,
          });
          if (fills.length > MAX_FILLS) fills.shift();
        }
        break;
      }
      case OP.beginText:
        textMatrix = IDENTITY;
        lineX =
          lineY =
          penX =
          penY =
            0;
        break;
      case OP.setFont:
        setFont(args);
        break;
      case OP.setCharSpacing:
        state.charSpacing = Number(args?.[0]) || 0;
        break;
      case OP.setWordSpacing:
        state.wordSpacing = Number(args?.[0]) || 0;
        break;
      case OP.setHScale:
        state.hScale = (Number(args?.[0]) || 100) / 100;
        break;
      case OP.setLeading:
        state.leading = -(Number(args?.[0]) || 0);
        break;
      case OP.setTextRenderingMode:
        state.renderMode = Number(args?.[0]) || 0;
        break;
      case OP.setTextRise:
        state.rise = Number(args?.[0]) || 0;
        break;
      case OP.moveText:
        moveText(Number(args?.[0]) || 0, Number(args?.[1]) || 0);
        break;
      case OP.setLeadingMoveText:
        state.leading = Number(args?.[1]) || 0;
        moveText(Number(args?.[0]) || 0, Number(args?.[1]) || 0);
        break;
      case OP.nextLine:
        moveText(0, state.leading);
        break;
      case OP.setTextMatrix: {
        // pdf.js 5 passes the matrix as one argument; older versions as six.
        const matrix = matrixOf(args?.[0]) ?? matrixOf(args);
        if (matrix) textMatrix = matrix;
        lineX =
          lineY =
          penX =
          penY =
            0;
        break;
      }
      case OP.showText:
        if (Array.isArray(args?.[0])) showText(args[0]);
        break;
    }
  }
  return glyphs;
}

/** Six finite numbers (an array or a typed array) as a matrix, else null. */
function matrixOf(value: unknown): Matrix | null {
  if (!value || typeof value !== "object" || !("length" in value)) return null;
  const numbers = Array.from(value as ArrayLike<unknown>, Number);
  return numbers.length >= 6 && numbers.slice(0, 6).every(Number.isFinite)
    ? numbers.slice(0, 6) as Matrix
    : null;
}

function parseColor(value: unknown): Rgb {
  if (typeof value === "string" && /^#[0-9a-f]{6}$/i.test(value)) {
    return [1, 3, 5].map((at) => parseInt(value.slice(at, at + 2), 16) / 255) as Rgb;
  }
  if (Array.isArray(value) && value.length === 3) {
    return value.map((channel) => Number(channel) / 255) as Rgb;
  }
  return null;
}

/** WCAG's contrast ratio of two colours: 1 (the same) to 21 (black on white). */
function contrast(a: [number, number, number], b: Rgb): number {
  if (!b) return 21;
  const la = luminance(a), lb = luminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

function luminance([r, g, b]: [number, number, number]): number {
  const linear = (c: number) => c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/**
 * .txt and .md → DocModel.
 *
 * Text exported from PDFs (the customer's own policy is one) wraps lines mid-sentence and
 * scatters blank lines, so lines are re-joined into paragraphs: a new paragraph starts at an
 * item marker ("4.1.", "-", "а)"), after a line that ends a sentence, or after a heading.
 * Each paragraph remembers the source line and column of every line it joined.
 */
import { DocumentError, type DocModel, type DocParagraph, type TextOrigin } from "./model";

/** Decodes bytes: UTF-8/UTF-16 by BOM, else UTF-8, else Windows-1251 (common for Cyrillic files). */
export function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8" };
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: new TextDecoder("windows-1251").decode(bytes), encoding: "windows-1251" };
  }
}

const ITEM_MARKER = /^\s*(?:\d+(?:\.\d+)*[.)]\s|\d+(?:\.\d+)+\s|[-–—•□▪*]\s?|[а-яәғқңөұүһіa-z]\)\s|[IVXLC]+\.\s|§)/iu;
const SENTENCE_END = /[.;:!?]["»”')\]]*\s*$/u;
const HEADING = /^\s*(?:\d+(?:\.\d+)*\.?\s+\S.{0,80}|[A-ZА-ЯӘҒҚҢӨҰҮҺІ][^.;:!?]{0,80})$/u;

interface Line {
  readonly text: string;
  readonly number: number;
  /** Blank lines directly before it. */
  readonly blankBefore: boolean;
}

export function readText(bytes: Uint8Array, kind: "txt" | "md"): DocModel {
  if (bytes.length === 0) throw new DocumentError("empty", "the file is empty");
  const { text } = decodeText(bytes);
  if (text.includes("\u0000")) throw new DocumentError("unsupported", "this looks like a binary file, not text");
  return textToModel(text, kind);
}

export function textToModel(text: string, kind: "txt" | "md"): DocModel {
  const lines: Line[] = [];
  let blank = false;
  text.split(/\r\n|\r|\n/u).forEach((raw, i) => {
    const t = raw.replace(/\s+$/u, "");
    if (t.trim() === "") {
      blank = true;
      return;
    }
    lines.push({ text: t, number: i + 1, blankBefore: blank });
    blank = false;
  });
  const paragraphs: DocParagraph[] = [];
  let current: { text: string; origin: TextOrigin[] } | undefined;
  const flush = () => {
    if (current && current.text.trim() !== "") paragraphs.push({ text: current.text, part: "body", origin: current.origin });
    current = undefined;
  };
  lines.forEach((line, i) => {
    const prev = lines[i - 1];
    const leading = line.text.length - line.text.trimStart().length;
    const body = kind === "md" ? line.text.trimStart().replace(/^#{1,6}\s+/u, "") : line.text.trimStart();
    const stripped = line.text.trimStart().length - body.length;
    const startsNew =
      !current ||
      !prev ||
      ITEM_MARKER.test(line.text) ||
      SENTENCE_END.test(prev.text) ||
      (kind === "md" && (line.blankBefore || line.text.trimStart().startsWith("#"))) ||
      (isHeading(prev.text) && startsUpper(body)) ||
      (line.blankBefore && startsUpper(body) && prev.text.trim().length < 60);
    if (startsNew) {
      flush();
      current = { text: body, origin: [{ offset: 0, line: line.number, column: leading + stripped + 1 }] };
      return;
    }
    const c = current as { text: string; origin: TextOrigin[] };
    // A word hyphenated across lines ("іс-" / "қимыл") is joined without a space.
    const joiner = /[-‐]$/u.test(c.text) ? "" : " ";
    c.text += joiner;
    c.origin.push({ offset: c.text.length, line: line.number, column: leading + 1 });
    c.text += body;
  });
  flush();
  const title = paragraphs[0]?.text.trim();
  return title ? { kind, paragraphs, title } : { kind, paragraphs };
}

function startsUpper(s: string): boolean {
  const c = s.trimStart().charAt(0);
  return c !== "" && c !== c.toLowerCase();
}

function isHeading(s: string): boolean {
  return HEADING.test(s) && !SENTENCE_END.test(s) && s.trim().length < 90 && /^\s*\d/u.test(s);
}

/**
 * .txt and .md → DocModel.
 *
 * Text exported from PDFs (the customer's own policy is one) wraps lines mid-sentence and
 * scatters blank lines, so lines are re-joined into paragraphs: a new paragraph starts at an
 * item marker ("4.1.", "-", "а)"), after a line that ends a sentence, or after a heading.
 * Each paragraph remembers the source line and column of every line it joined.
 */
import { DocumentError, type ReadWarning } from "./errors";
import type { DocModel, DocParagraph, TextOrigin } from "./model";
import { DEFAULT_XML_LIMITS } from "./limits";

export interface DecodedText {
  readonly text: string;
  readonly encoding: string;
  /** Invalid UTF-8 bytes replaced with U+FFFD (only when the rest was valid UTF-8). */
  readonly replaced?: number;
}

/**
 * Decodes bytes: UTF-8/UTF-16 by BOM, else UTF-8, else Windows-1251 (common for Cyrillic files).
 * A file that is overwhelmingly valid UTF-8 stays UTF-8 even with a few bad bytes (a damaged
 * copy, a stray byte from an editor): read as Windows-1251 it would become mojibake that no rule
 * matches, a silent clean pass. In Windows-1251 Cyrillic text almost no byte pair is a valid
 * UTF-8 sequence, so the two cases are far apart.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return utf8(bytes.subarray(3));
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  const { valid, invalid } = utf8Sequences(bytes);
  if (invalid === 0) return { text: new TextDecoder("utf-8").decode(bytes), encoding: "utf-8" };
  if (invalid * 20 <= valid) return { ...utf8(bytes), replaced: invalid };
  return { text: new TextDecoder("windows-1251").decode(bytes), encoding: "windows-1251" };
}

function utf8(bytes: Uint8Array): DecodedText {
  return { text: new TextDecoder("utf-8").decode(bytes), encoding: "utf-8" };
}

/** Counts well-formed multi-byte UTF-8 sequences and bytes that are not part of one (RFC 3629 table 3-7). */
export function utf8Sequences(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  const cont = (i: number, lo = 0x80, hi = 0xbf) => i < bytes.length && (bytes[i] as number) >= lo && (bytes[i] as number) <= hi;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    let n = 0;
    if (b >= 0xc2 && b <= 0xdf) n = cont(i + 1) ? 2 : 0;
    else if (b >= 0xe0 && b <= 0xef) n = cont(i + 1, b === 0xe0 ? 0xa0 : 0x80, b === 0xed ? 0x9f : 0xbf) && cont(i + 2) ? 3 : 0;
    else if (b >= 0xf0 && b <= 0xf4) n = cont(i + 1, b === 0xf0 ? 0x90 : 0x80, b === 0xf4 ? 0x8f : 0xbf) && cont(i + 2) && cont(i + 3) ? 4 : 0;
    if (n > 0) {
      valid++;
      i += n;
    } else {
      invalid++;
      i++;
    }
  }
  return { valid, invalid };
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

export function readText(bytes: Uint8Array, kind: "txt" | "md", maxParagraphs = DEFAULT_XML_LIMITS.maxParagraphs): DocModel {
  if (bytes.length === 0) throw new DocumentError({ kind: "empty" });
  const { text, replaced } = decodeText(bytes);
  if (text.includes("\u0000")) throw new DocumentError({ kind: "binary" });
  const model = textToModel(text, kind, maxParagraphs);
  const warnings: ReadWarning[] = replaced ? [{ kind: "utf8-replaced", count: replaced }] : [];
  return warnings.length > 0 ? { ...model, warnings } : model;
}

export function textToModel(text: string, kind: "txt" | "md", maxParagraphs = DEFAULT_XML_LIMITS.maxParagraphs): DocModel {
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
    if (current && current.text.trim() !== "") {
      if (paragraphs.length >= maxParagraphs) throw new DocumentError({ kind: "too-many-paragraphs", limit: maxParagraphs });
      paragraphs.push({ text: current.text, part: "body", origin: current.origin });
    }
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

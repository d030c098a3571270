/**
 * Character classes the tokenizer and normaliser need, as table lookups.
 *
 * NOTE: JavaScript `\w` and `\b` are ASCII-only even with the `u` flag, so Cyrillic words would
 * never match them. Letters are decided by `\p{L}` / `\p{M}` once per code unit and cached.
 */

const LETTER = 1;
const DIGIT = 2;
const SPACE = 4;
const MARK = 8;
const UPPER = 16;

const TABLE_SIZE = 0x3000;
const table = new Uint8Array(TABLE_SIZE);
const letterRe = /\p{L}/u;
const markRe = /\p{M}/u;
const digitRe = /\p{Nd}/u;
const spaceRe = /\s/u;

for (let c = 0; c < TABLE_SIZE; c++) {
  if (c >= 0xd800 && c <= 0xdfff) continue;
  const ch = String.fromCharCode(c);
  let flags = 0;
  if (letterRe.test(ch)) flags |= LETTER;
  if (markRe.test(ch)) flags |= MARK;
  if (digitRe.test(ch)) flags |= DIGIT;
  if (spaceRe.test(ch)) flags |= SPACE;
  // The tokenizer asks once per word; case-mapping a fresh string each time showed in profiles.
  if (upperOf(ch)) flags |= UPPER;
  table[c] = flags;
}

function slowFlags(code: number): number {
  const ch = String.fromCharCode(code);
  let flags = 0;
  if (letterRe.test(ch)) flags |= LETTER;
  if (markRe.test(ch)) flags |= MARK;
  if (digitRe.test(ch)) flags |= DIGIT;
  if (spaceRe.test(ch)) flags |= SPACE;
  return flags;
}

function flagsOf(code: number): number {
  if (code < TABLE_SIZE) return table[code] ?? 0;
  // Surrogate halves of astral letters (rare in regulations) count as letters so a word is not split.
  if (code >= 0xd800 && code <= 0xdfff) return LETTER;
  return slowFlags(code);
}

/** A letter or a combining mark (marks stay inside the word they follow). */
export function isWordChar(code: number): boolean {
  return (flagsOf(code) & (LETTER | MARK)) !== 0;
}

export function isDigit(code: number): boolean {
  return (flagsOf(code) & DIGIT) !== 0;
}

export function isSpace(code: number): boolean {
  return (flagsOf(code) & SPACE) !== 0;
}

export function isMark(code: number): boolean {
  return (flagsOf(code) & MARK) !== 0;
}

export function isCyrillic(code: number): boolean {
  return code >= 0x0400 && code <= 0x04ff;
}

export function isLatinLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) || code === 0x259 || code === 0x18f;
}

/** Letters that only Kazakh (among kk/ru) writes: ә ғ қ ң ө ұ ү һ і and their capitals. */
const KAZAKH_ONLY = new Set("әғқңөұүһіӘҒҚҢӨҰҮҺІ".split("").map((c) => c.charCodeAt(0)));

export function isKazakhLetter(code: number): boolean {
  return KAZAKH_ONLY.has(code);
}

function upperOf(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

export function isUpper(code: number): boolean {
  return code < TABLE_SIZE ? ((table[code] ?? 0) & UPPER) !== 0 : upperOf(String.fromCharCode(code));
}

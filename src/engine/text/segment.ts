/**
 * Sentence (clause) segmentation over tokens.
 *
 * Rules look for subjects, negation and companions "in the same sentence", so a boundary in the
 * wrong place costs precision. Legal texts are full of abbreviations (т.д., т. б., ст., п., №),
 * initials (И.К. Кузьмичев) and item numbers (5.2, 10.4.), none of which ends a sentence.
 * A semicolon ends one: list items of a regulation are separate provisions.
 */
import { NUM, PUNCT, WORD, type Tokens } from "./tokenize";

export interface Sentence {
  /** First token index. */
  readonly from: number;
  /** One past the last token index. */
  readonly to: number;
}

/** Words after which a full stop is an abbreviation mark, not a sentence end (lower case, no dot). */
const ABBREVIATIONS = new Set([
  // ru
  "т", "п", "пп", "ст", "стст", "г", "гг", "др", "пр", "им", "р", "руб", "тыс", "млн", "млрд", "ч", "см", "обл",
  "ул", "д", "кв", "корп", "тел", "вкл", "искл", "напр", "прим", "разд", "абз", "подп", "гл", "рис", "табл", "стр",
  "мин", "сек", "жж", "ж", "бб", "б", "тт", "с", "тг", "млрд", "коп", "рис", "e", "i", "no", "vs", "etc", "mr", "mrs",
  "ms", "dr", "prof", "inc", "ltd", "co", "art", "para", "sec", "e.g", "i.e", "ст-я", "каз", "рус", "англ",
]);

/** Returns sentences as token ranges; every token belongs to exactly one sentence. */
export function segment(tokens: Tokens): Sentence[] {
  const out: Sentence[] = [];
  const n = tokens.count;
  let from = 0;
  for (let i = 0; i < n; i++) {
    if (i > from && tokens.gapBefore[i] === 2 && !continuesLine(tokens, i)) {
      out.push({ from, to: i });
      from = i;
    }
    if (tokens.kind[i] !== PUNCT) continue;
    const p = tokens.lower[i];
    // "[...]" stands between a lead-in and its sub-item (model/lead-in.ts): a boundary on both sides.
    const mark = p === "[" ? leadInMarkEnd(tokens, i) : -1;
    if (mark > 0) {
      if (i > from) out.push({ from, to: i });
      out.push({ from: i, to: mark });
      from = mark;
      i = mark - 1;
      continue;
    }
    let boundary = false;
    if (p === ";" || p === "!" || p === "?") boundary = true;
    else if (p === ".") boundary = isSentenceFinalDot(tokens, i);
    if (boundary) {
      // Keep closing quotes and brackets with the sentence they close.
      let end = i + 1;
      while (end < n && tokens.kind[end] === PUNCT && tokens.gapBefore[end] === 0 && isCloser(tokens.lower[end] ?? "")) end++;
      out.push({ from, to: end });
      from = end;
      i = end - 1;
    }
  }
  if (from < n) out.push({ from, to: n });
  return out;
}

/** End (exclusive) of a "[...]" or "[…]" mark starting at token i, or -1. */
function leadInMarkEnd(tokens: Tokens, i: number): number {
  let j = i + 1;
  while (j < tokens.count && (tokens.lower[j] === "." || tokens.lower[j] === "…")) j++;
  return j > i + 1 && tokens.lower[j] === "]" ? j + 1 : -1;
}

function isCloser(p: string): boolean {
  return p === '"' || p === ")" || p === "]" || p === "'";
}

/** A line break inside a paragraph ends a sentence unless the next line plainly continues it. */
function continuesLine(tokens: Tokens, i: number): boolean {
  return tokens.kind[i] === WORD && tokens.cap[i] === 0 && tokens.kind[i - 1] === WORD;
}

function isSentenceFinalDot(tokens: Tokens, i: number): boolean {
  const n = tokens.count;
  if (i + 1 >= n) return true;
  // "5.2." or "10.4." at the start of an item: the number is a label, not the end of a sentence.
  if (tokens.kind[i - 1] === NUM && isItemLabel(tokens, i - 1)) return false;
  const prev = tokens.lower[i - 1] ?? "";
  const prevIsWord = tokens.kind[i - 1] === WORD;
  let next = i + 1;
  while (next < n && tokens.kind[next] === PUNCT && (tokens.lower[next] === '"' || tokens.lower[next] === "(")) next++;
  if (next >= n) return true;
  const nextStartsSentence = (tokens.kind[next] === WORD && tokens.cap[next] === 1) || tokens.kind[next] === NUM;
  if (tokens.gapBefore[i + 1] === 0 && tokens.kind[i + 1] !== PUNCT) return false; // "т.д", "e.g": no space after the dot
  if (!nextStartsSentence) return false;
  if (prevIsWord) {
    // An initial: "И." in "Кузьмичев И.К." or "А. Сулейменов".
    if (prev.length === 1 && tokens.cap[i - 1] === 1) return false;
    if (ABBREVIATIONS.has(prev) && tokens.kind[next] === NUM) return false;
  }
  return true;
}

/** A number at the very start of a sentence (or after a line break) is an item label like "4.1." */
function isItemLabel(tokens: Tokens, numIndex: number): boolean {
  if (numIndex === 0) return true;
  if (tokens.gapBefore[numIndex] === 2) return true;
  const before = tokens.lower[numIndex - 1];
  return before === ";" || before === ":" || (before === "." && tokens.kind[numIndex - 2] !== NUM);
}

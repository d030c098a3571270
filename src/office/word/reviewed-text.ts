/**
 * Tracked deletions: `Paragraph.text` keeps the deleted words (OfficeDev/office-js#1267) and so
 * does `search` (#5874), while the reviewer must be shown, and the engine must read, the text as
 * it now reads: `getReviewedText("Current")` (WordApi 1.4). The current text is the paragraph's
 * text with the deleted stretches taken out, so each of its characters has a place in `text`;
 * this finds those places, preferring long unbroken stretches (a deletion is a contiguous run).
 */

export interface Alignment {
  /** Index in `text` of each character of the current text. */
  readonly toText: Int32Array;
  /** Characters of `text` that are deleted (not in the current text). */
  readonly deleted: (i: number) => boolean;
}

const LONGEST_COMMON_LIMIT = 4_000_000;

/** Aligns `current` into `text`, or null when it is not `text` with stretches removed. */
export function alignCurrent(text: string, current: string): Alignment | null {
  const toText = new Int32Array(current.length);
  if (text === current) {
    for (let i = 0; i < current.length; i++) toText[i] = i;
    return { toText, deleted: () => false };
  }
  if (!place(text, 0, text.length, current, 0, current.length, toText)) return null;
  const kept = new Uint8Array(text.length);
  for (const i of toText) kept[i] = 1;
  return { toText, deleted: (i) => kept[i] === 0 };
}

/** Places current[c0, c1) into text[t0, t1); false when it does not fit. */
function place(text: string, t0: number, t1: number, current: string, c0: number, c1: number, out: Int32Array): boolean {
  // Common prefix and suffix first: one tracked replacement leaves only the deletion in between.
  while (c0 < c1 && t0 < t1 && text[t0] === current[c0]) out[c0++] = t0++;
  while (c0 < c1 && t0 < t1 && text[t1 - 1] === current[c1 - 1]) out[--c1] = --t1;
  if (c0 === c1) return true;
  if (t1 - t0 < c1 - c0) return false;
  const common = (t1 - t0) * (c1 - c0) <= LONGEST_COMMON_LIMIT ? longestCommon(text, t0, t1, current, c0, c1) : null;
  if (!common || common.length === 0) return greedy(text, t0, t1, current, c0, c1, out);
  for (let k = 0; k < common.length; k++) out[common.c + k] = common.t + k;
  return place(text, t0, common.t, current, c0, common.c, out) && place(text, common.t + common.length, t1, current, common.c + common.length, c1, out);
}

/** The longest stretch the two pieces share (dynamic programming, one row at a time). */
function longestCommon(text: string, t0: number, t1: number, current: string, c0: number, c1: number): { t: number; c: number; length: number } | null {
  let prev = new Int32Array(c1 - c0 + 1);
  let row = new Int32Array(c1 - c0 + 1);
  let best = { t: 0, c: 0, length: 0 };
  for (let i = t0; i < t1; i++) {
    for (let j = c0; j < c1; j++) {
      const v = text[i] === current[j] ? (prev[j - c0] as number) + 1 : 0;
      row[j - c0 + 1] = v;
      if (v > best.length) best = { t: i - v + 1, c: j - v + 1, length: v };
    }
    [prev, row] = [row, prev];
  }
  return best.length > 0 ? best : null;
}

function greedy(text: string, t0: number, t1: number, current: string, c0: number, c1: number, out: Int32Array): boolean {
  let t = t0;
  for (let c = c0; c < c1; c++) {
    while (t < t1 && text[t] !== current[c]) t++;
    if (t >= t1) return false;
    out[c] = t++;
  }
  return true;
}

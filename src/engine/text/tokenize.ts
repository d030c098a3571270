/**
 * Tokenizer over normalised text. Word boundaries are Unicode-aware (see chars.ts), so
 * "вправе", "құқылы" and "may" are single tokens and "Орган вправе" splits where a reader would.
 *
 * Tokens are stored as parallel typed arrays: a 1 MB document has ~150k tokens and the engine's
 * speed target is a small multiple of one regex pass.
 */
import { isDigit, isSpace, isUpper, isWordChar } from "./chars";

export const WORD = 1;
export const NUM = 2;
export const PUNCT = 3;
export type TokenKind = typeof WORD | typeof NUM | typeof PUNCT;

export interface Tokens {
  readonly count: number;
  /** Start offset in the normalised text. */
  readonly start: Uint32Array;
  /** End offset (exclusive) in the normalised text. */
  readonly end: Uint32Array;
  readonly kind: Uint8Array;
  /** Lower-cased token text: the key every pattern lookup uses. */
  readonly lower: readonly string[];
  /** 1 when the token starts with an upper-case letter. */
  readonly cap: Uint8Array;
  /** 0: no space before; 1: a space; 2: a line break. */
  readonly gapBefore: Uint8Array;
}

/** Splits normalised text into word, number and punctuation tokens; whitespace is dropped. */
export function tokenize(text: string): Tokens {
  const n = text.length;
  const starts: number[] = [];
  const ends: number[] = [];
  const kinds: number[] = [];
  const lowers: string[] = [];
  const caps: number[] = [];
  const gaps: number[] = [];
  let i = 0;
  let gap = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      if (c === 0x0a) gap = 2;
      else if (gap === 0) gap = 1;
      i++;
      continue;
    }
    let j = i + 1;
    let kind: number;
    if (isWordChar(c)) {
      kind = WORD;
      for (;;) {
        while (j < n && (isWordChar(text.charCodeAt(j)) || isDigit(text.charCodeAt(j)))) j++;
        // A hyphen or apostrophe between two letters keeps a compound together: іс-қимыл, PR-кампания, don't.
        const sep = text.charCodeAt(j);
        if ((sep === 0x2d || sep === 0x27) && j + 1 < n && isWordChar(text.charCodeAt(j + 1))) {
          j += 2;
          continue;
        }
        break;
      }
    } else if (isDigit(c)) {
      kind = NUM;
      for (;;) {
        while (j < n && isDigit(text.charCodeAt(j))) j++;
        const sep = text.charCodeAt(j);
        if ((sep === 0x2e || sep === 0x2c) && j + 1 < n && isDigit(text.charCodeAt(j + 1))) {
          j += 2;
          continue;
        }
        break;
      }
    } else {
      kind = PUNCT;
    }
    const raw = text.slice(i, j);
    starts.push(i);
    ends.push(j);
    kinds.push(kind);
    lowers.push(kind === WORD ? raw.toLowerCase() : raw);
    caps.push(kind === WORD && isUpper(c) ? 1 : 0);
    gaps.push(gap);
    gap = 0;
    i = j;
  }
  return {
    count: starts.length,
    start: Uint32Array.from(starts),
    end: Uint32Array.from(ends),
    kind: Uint8Array.from(kinds),
    lower: lowers,
    cap: Uint8Array.from(caps),
    gapBefore: Uint8Array.from(gaps),
  };
}

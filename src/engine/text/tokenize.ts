/**
 * Tokenizer over normalised text. Word boundaries are Unicode-aware (see chars.ts), so
 * "вправе", "құқылы" and "may" are single tokens and "Орган вправе" splits where a reader would.
 *
 * Tokens are stored as parallel typed arrays: a 1 MB document has ~150k tokens and the engine's
 * speed target is a small multiple of one regex pass.
 */
import { isDigit, isSpace, isUpper, isWordChar } from "./chars";
import { takeUint32, takeUint8 } from "./slab";

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
  // At most one token per code unit: written to scratch arrays of that size, then copied out at the count.
  if (scratch.starts.length < n) scratch = newScratch(n);
  const { starts, ends, kinds, caps, gaps } = scratch;
  const lowers: string[] = [];
  // One lower-casing of the whole text instead of one per word: Cyrillic goes through ICU, and a
  // call per word was a tenth of reading a long mail. Per word again when lengths or the context-
  // dependent Greek sigma could make a slice of the whole differ from the word lower-cased alone.
  let lowered = text.toLowerCase();
  if (lowered.length !== n || text.includes("\u03a3")) lowered = "";
  let count = 0;
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
    starts[count] = i;
    ends[count] = j;
    kinds[count] = kind;
    lowers.push(kind !== WORD ? text.slice(i, j) : lowered ? lowered.slice(i, j) : text.slice(i, j).toLowerCase());
    caps[count] = kind === WORD && isUpper(c) ? 1 : 0;
    gaps[count] = gap;
    count++;
    gap = 0;
    i = j;
  }
  return {
    count,
    start: copyUint32(starts, count),
    end: copyUint32(ends, count),
    kind: copyUint8(kinds, count),
    lower: lowers,
    cap: copyUint8(caps, count),
    gapBefore: copyUint8(gaps, count),
  };
}

function newScratch(n: number) {
  const size = Math.max(n, 4096);
  return { starts: new Uint32Array(size), ends: new Uint32Array(size), kinds: new Uint8Array(size), caps: new Uint8Array(size), gaps: new Uint8Array(size) };
}

/** Reused by every call (the engine is single-threaded): one text's tokens before they are counted. */
let scratch = newScratch(0);

function copyUint32(from: Uint32Array, count: number): Uint32Array {
  const out = takeUint32(count);
  out.set(from.subarray(0, count));
  return out;
}

function copyUint8(from: Uint8Array, count: number): Uint8Array {
  const out = takeUint8(count);
  out.set(from.subarray(0, count));
  return out;
}

/**
 * Normalisation for matching, with a map back to the original text.
 *
 * The normalised text is what the tokenizer and rules see; `toOriginal` turns any normalised
 * offset back into a UTF-16 offset of the text the caller passed in, so findings always point
 * into the original paragraph even when characters were dropped (soft hyphens, zero-width
 * spaces) or recomposed (NFC).
 */
import { isCyrillic, isLatinLetter, isMark, isWordChar } from "./chars";
import { takeUint32 } from "./slab";

export interface NormalizedText {
  /** Normalised text: NFC, one space class, one quote class, ё→е, homoglyphs resolved. Case is kept. */
  readonly text: string;
  /** `starts[i]` = original offset where normalised code unit `i` begins. */
  readonly starts: Uint32Array;
  /** `ends[i]` = original offset just after the original code units normalised unit `i` came from (for i < text.length). */
  readonly ends: Uint32Array;
}

/**
 * Most paragraphs and mail blocks have nothing to drop, replace or recompose: their offsets map to
 * themselves, and both maps are views on one shared run 0, 1, 2, … (filling two fresh arrays per
 * block was a fifth of reading a long mail).
 */
let identity = new Uint32Array(0);

function identityMaps(n: number): { starts: Uint32Array; ends: Uint32Array } {
  if (identity.length < n + 2) {
    identity = new Uint32Array(Math.max(n + 2, identity.length * 2, 4096));
    for (let i = 0; i < identity.length; i++) identity[i] = i;
  }
  return { starts: identity.subarray(0, n + 1), ends: identity.subarray(1, n + 2) };
}

/** True when normalisation leaves every code unit where it is (resolving look-alikes keeps offsets too). */
function keepsOffsets(original: string): boolean {
  for (let i = 0; i < original.length; i++) {
    const code = original.charCodeAt(i);
    if (SPECIAL[code] !== 0 || (code >= 0xd800 && code <= 0xdbff) || isMark(code)) return false;
  }
  return true;
}

const DROP = new Set([0x00ad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);

const REPLACE: Record<number, string> = {
  0x00a0: " ",
  0x2007: " ",
  0x202f: " ",
  0x2009: " ",
  0x200a: " ",
  0x2002: " ",
  0x2003: " ",
  0x09: " ",
  0x0b: " ",
  0x0c: " ",
  0x0d: "\n",
  0x2028: "\n",
  0x2029: "\n",
  0x00ab: '"',
  0x00bb: '"',
  0x201c: '"',
  0x201d: '"',
  0x201e: '"',
  0x201f: '"',
  0x2033: '"',
  0x2018: "'",
  0x2019: "'",
  0x201a: "'",
  0x201b: "'",
  0x02bc: "'",
  0x0060: "'",
  0x00b4: "'",
  0x2010: "-",
  0x2011: "-",
  0x2012: "-",
  0x2013: "-",
  0x2014: "-",
  0x2015: "-",
  0x2212: "-",
  0x2026: ".",
  0x0451: "е",
  0x0401: "Е",
};

/** Latin look-alikes inside a Cyrillic word, mapped to the Cyrillic letter a Kazakh or Russian writer meant. */
const LATIN_TO_CYRILLIC: Record<string, string> = {
  a: "а", A: "А", e: "е", E: "Е", o: "о", O: "О", p: "р", P: "Р", c: "с", C: "С", x: "х", X: "Х",
  y: "у", Y: "У", k: "к", K: "К", m: "м", M: "М", h: "һ", H: "Н", t: "т", T: "Т", B: "В",
  i: "і", I: "І", ə: "ә", Ə: "Ә", ö: "ө", Ö: "Ө", ü: "ү", Ü: "Ү",
};

/** Cyrillic look-alikes inside a Latin word (English mail or an English regulation). */
const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: "a", А: "A", е: "e", Е: "E", о: "o", О: "O", р: "p", Р: "P", с: "c", С: "C", х: "x", Х: "X",
  у: "y", к: "k", К: "K", м: "m", М: "M", Т: "T", В: "B", Н: "H", і: "i", І: "I",
};

/** 1 for the code units normalisation drops or replaces; everything else is copied as it is. */
const SPECIAL = new Uint8Array(0x10000);
for (const c of DROP) SPECIAL[c] = 1;
for (const c of Object.keys(REPLACE)) SPECIAL[Number(c)] = 1;

/**
 * Normalises `original` for matching. Lengths may differ; use `map` for offsets.
 * @param original paragraph text as given by the host (Word, a .docx, a mail body, a jsonl line)
 */
export function normalize(original: string): NormalizedText {
  const n = original.length;
  if (keepsOffsets(original)) return { text: resolveHomoglyphs(original), ...identityMaps(n) };
  // Almost every code unit is copied unchanged: such runs go out as one slice each. One string per
  // character made this the largest single cost of classifying a long mail.
  const pieces: string[] = [];
  let starts: Uint32Array = takeUint32(n + 1);
  let ends: Uint32Array = takeUint32(n + 1);
  let len = 0;
  let copyFrom = 0;
  let i = 0;
  while (i < n) {
    const code = original.charCodeAt(i);
    if (SPECIAL[code] === 0 && !(code >= 0xd800 && code <= 0xdbff) && !(i + 1 < n && isMark(original.charCodeAt(i + 1)))) {
      starts[len] = i;
      ends[len] = i + 1;
      len++;
      i++;
      continue;
    }
    if (copyFrom < i) pieces.push(original.slice(copyFrom, i));
    if (DROP.has(code)) {
      i++;
      copyFrom = i;
      continue;
    }
    if (code === 0x0d && original.charCodeAt(i + 1) === 0x0a) {
      // CRLF becomes one newline that maps to the CR.
      pieces.push("\n");
      starts[len] = i;
      ends[len] = i + 2;
      len++;
      i += 2;
      copyFrom = i;
      continue;
    }
    // Collect a base character with its combining marks so NFC can recompose them (и + ̆ → й).
    let j = i + 1;
    if (code >= 0xd800 && code <= 0xdbff && j < n) j++;
    while (j < n && isMark(original.charCodeAt(j))) j++;
    if (j - i > 1 && !(code >= 0xd800 && code <= 0xdbff && j - i === 2)) {
      const composed = original.slice(i, j).normalize("NFC");
      // NFC may come out longer than its input (U+0344 → two marks).
      const need = len + composed.length + (n - j) + 1;
      if (need > starts.length) {
        starts = grow(starts, need);
        ends = grow(ends, need);
      }
      for (let k = 0; k < composed.length; k++) {
        pieces.push(REPLACE[composed.charCodeAt(k)] ?? composed.charAt(k));
        starts[len] = i;
        ends[len] = j;
        len++;
      }
    } else {
      const rep = REPLACE[code];
      if (rep !== undefined) {
        pieces.push(rep);
        starts[len] = i;
        ends[len] = j;
        len++;
      } else {
        // A surrogate pair (or a lone high surrogate and whatever follows it), copied as it is.
        pieces.push(original.slice(i, j));
        for (let k = i; k < j; k++) {
          starts[len] = k;
          ends[len] = k + 1;
          len++;
        }
      }
    }
    i = j;
    copyFrom = i;
  }
  if (copyFrom < n) pieces.push(original.slice(copyFrom, n));
  starts[len] = n;
  ends[len] = n;
  if (len + 1 < starts.length) {
    starts = starts.subarray(0, len + 1);
    ends = ends.subarray(0, len + 1);
  }
  return { text: resolveHomoglyphs(pieces.join("")), starts, ends };
}

function grow(a: Uint32Array, size: number): Uint32Array {
  const b = new Uint32Array(Math.max(size, a.length * 2));
  b.set(a);
  return b;
}

/**
 * Replaces look-alike letters inside mixed-script words. A word is a run of word characters; the
 * majority script of the run decides the direction. Each replacement is one code unit for one,
 * so offsets do not move.
 */
function resolveHomoglyphs(text: string): string {
  const len = text.length;
  let out = "";
  let copied = 0;
  let k = 0;
  // A tie ("уоur": two of each) goes to the script of the word before it, so an English sentence
  // with Cyrillic look-alikes stays English; with nothing before, to Cyrillic.
  let previousLatin = false;
  while (k < len) {
    if (!isWordChar(text.charCodeAt(k))) {
      k++;
      continue;
    }
    let end = k;
    let cyr = 0;
    let lat = 0;
    while (end < len) {
      const c = text.charCodeAt(end);
      if (!isWordChar(c)) break;
      if (isCyrillic(c)) cyr++;
      else if (isLatinLetter(c)) lat++;
      end++;
    }
    let latin: boolean = lat > cyr || (lat === cyr && lat > 0 && previousLatin);
    if (cyr > 0 && lat > 0) {
      // Letters with no look-alike in the other script decide alone: "бoнyc" (б, н) is Cyrillic
      // and "kacпигe" (п, и, г) too, however many look-alikes were typed in it.
      let cyrOnly = 0;
      let latOnly = 0;
      for (let m = k; m < end; m++) {
        const ch = text.charAt(m);
        if (CYRILLIC_TO_LATIN[ch] === undefined && isCyrillic(ch.charCodeAt(0))) cyrOnly++;
        else if (LATIN_TO_CYRILLIC[ch] === undefined && isLatinLetter(ch.charCodeAt(0))) latOnly++;
      }
      if (cyrOnly > 0 && latOnly === 0) latin = false;
      else if (latOnly > 0 && cyrOnly === 0) latin = true;
    }
    if (cyr > 0 || lat > 0) previousLatin = latin;
    if (cyr > 0 && lat > 0) {
      const table = latin ? CYRILLIC_TO_LATIN : LATIN_TO_CYRILLIC;
      out += text.slice(copied, k);
      for (let m = k; m < end; m++) {
        const ch = text.charAt(m);
        out += table[ch] ?? ch;
      }
      copied = end;
    }
    k = end;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** Maps a normalised [start, end) back to the original text. */
export function toOriginalRange(norm: NormalizedText, start: number, end: number): [number, number] {
  const s = norm.starts[start] ?? 0;
  const e = end > start ? (norm.ends[end - 1] ?? s) : s;
  return [s, e];
}

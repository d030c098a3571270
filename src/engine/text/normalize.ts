/**
 * Normalisation for matching, with a map back to the original text.
 *
 * The normalised text is what the tokenizer and rules see; `toOriginal` turns any normalised
 * offset back into a UTF-16 offset of the text the caller passed in, so findings always point
 * into the original paragraph even when characters were dropped (soft hyphens, zero-width
 * spaces) or recomposed (NFC).
 */
import { isCyrillic, isLatinLetter, isMark, isWordChar } from "./chars";

export interface NormalizedText {
  /** Normalised text: NFC, one space class, one quote class, ё→е, homoglyphs resolved. Case is kept. */
  readonly text: string;
  /** `starts[i]` = original offset where normalised code unit `i` begins. */
  readonly starts: Uint32Array;
  /** `ends[i]` = original offset just after the original code units normalised unit `i` came from. */
  readonly ends: Uint32Array;
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

/**
 * Normalises `original` for matching. Lengths may differ; use `map` for offsets.
 * @param original paragraph text as given by the host (Word, a .docx, a mail body, a jsonl line)
 */
export function normalize(original: string): NormalizedText {
  const n = original.length;
  const out: string[] = [];
  const map: number[] = [];
  const endMap: number[] = [];
  let i = 0;
  while (i < n) {
    const code = original.charCodeAt(i);
    if (DROP.has(code)) {
      i++;
      continue;
    }
    if (code === 0x0d && original.charCodeAt(i + 1) === 0x0a) {
      // CRLF becomes one newline that maps to the CR.
      out.push("\n");
      map.push(i);
      endMap.push(i + 2);
      i += 2;
      continue;
    }
    // Collect a base character with its combining marks so NFC can recompose them (и + ̆ → й).
    let j = i + 1;
    if (code >= 0xd800 && code <= 0xdbff && j < n) j++;
    while (j < n && isMark(original.charCodeAt(j))) j++;
    if (j - i > 1 && !(code >= 0xd800 && code <= 0xdbff && j - i === 2)) {
      const composed = original.slice(i, j).normalize("NFC");
      for (let k = 0; k < composed.length; k++) {
        const c = composed.charCodeAt(k);
        const rep = REPLACE[c];
        out.push(rep ?? composed.charAt(k));
        map.push(i);
        endMap.push(j);
      }
      i = j;
      continue;
    }
    const rep = REPLACE[code];
    if (rep !== undefined) {
      out.push(rep);
      map.push(i);
      endMap.push(j);
    } else if (j - i === 2) {
      out.push(original.charAt(i), original.charAt(i + 1));
      map.push(i, i + 1);
      endMap.push(i + 1, i + 2);
    } else {
      out.push(original.charAt(i));
      map.push(i);
      endMap.push(j);
    }
    i = j;
  }
  resolveHomoglyphs(out);
  const starts = new Uint32Array(out.length + 1);
  const ends = new Uint32Array(out.length + 1);
  for (let k = 0; k < map.length; k++) {
    starts[k] = map[k] ?? 0;
    ends[k] = endMap[k] ?? 0;
  }
  starts[out.length] = n;
  ends[out.length] = n;
  return { text: out.join(""), starts, ends };
}

/**
 * Replaces look-alike letters inside mixed-script words, in place. A word is a run of word
 * characters; the majority script of the run decides the direction.
 */
function resolveHomoglyphs(chars: string[]): void {
  let k = 0;
  const len = chars.length;
  while (k < len) {
    const c0 = (chars[k] ?? "").charCodeAt(0);
    if (!isWordChar(c0)) {
      k++;
      continue;
    }
    let end = k;
    let cyr = 0;
    let lat = 0;
    while (end < len) {
      const c = (chars[end] ?? "").charCodeAt(0);
      if (!isWordChar(c)) break;
      if (isCyrillic(c)) cyr++;
      else if (isLatinLetter(c)) lat++;
      end++;
    }
    if (cyr > 0 && lat > 0) {
      const table = cyr >= lat ? LATIN_TO_CYRILLIC : CYRILLIC_TO_LATIN;
      for (let m = k; m < end; m++) {
        const ch = chars[m] ?? "";
        const rep = table[ch];
        if (rep !== undefined) chars[m] = rep;
      }
    }
    k = end;
  }
}

/** Maps a normalised [start, end) back to the original text. */
export function toOriginalRange(norm: NormalizedText, start: number, end: number): [number, number] {
  const s = norm.starts[start] ?? 0;
  const e = end > start ? (norm.ends[end - 1] ?? s) : s;
  return [s, e];
}

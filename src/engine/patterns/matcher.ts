/**
 * Finds every occurrence of many compiled patterns in one pass over the tokens.
 *
 * Each pattern is indexed under the forms of one "anchor" slot (a required literal slot, the
 * longest-worded one, so "в" never becomes an anchor when "установленном" is available). A token
 * looks up its candidates in a hash map; each candidate is verified outwards from the anchor.
 * A pattern anchored on a regex slot with literal prefixes (`/шақыр\p{L}*\/`) is found through
 * a letter trie of those prefixes, so its regex runs only on tokens that start right.
 */
import type { Tokens } from "../text/tokenize";
import { NUM, PUNCT, WORD } from "../text/tokenize";
import type { Slot } from "./compile";

export interface IndexedPattern {
  readonly group: number;
  readonly slots: readonly Slot[];
  readonly anchor: number;
}

interface PrefixNode {
  readonly next: Map<number, PrefixNode>;
  /** Patterns one of whose anchor prefixes ends here. */
  readonly here: IndexedPattern[];
}

export interface Match {
  readonly group: number;
  /** First token. */
  readonly from: number;
  /** One past the last token. */
  readonly to: number;
}

export class PatternIndex {
  private readonly byForm = new Map<string, IndexedPattern[]>();
  private readonly byPrefix: PrefixNode = { next: new Map(), here: [] };
  /** Patterns with no literal slot or prefix to anchor on: tried at every token. Kept rare on purpose. */
  private readonly unanchored: IndexedPattern[] = [];
  private size = 0;
  private readonly memo = new Map<string, readonly IndexedPattern[]>();

  add(group: number, slots: readonly Slot[]): void {
    this.memo.clear();
    const anchor = chooseAnchor(slots);
    const p: IndexedPattern = { group, slots, anchor };
    this.size++;
    const slot = slots[anchor];
    if (slot && slot.t === "forms" && !slot.optional) {
      for (const f of slot.forms) {
        const list = this.byForm.get(f);
        if (list) list.push(p);
        else this.byForm.set(f, [p]);
      }
    } else if (slot && slot.t === "regex" && !slot.optional && slot.prefixes) {
      for (const prefix of slot.prefixes) {
        let node = this.byPrefix;
        for (let i = 0; i < prefix.length; i++) {
          const c = prefix.charCodeAt(i);
          let child = node.next.get(c);
          if (!child) {
            child = { next: new Map(), here: [] };
            node.next.set(c, child);
          }
          node = child;
        }
        node.here.push(p);
      }
    } else {
      this.unanchored.push(p);
    }
  }

  get patternCount(): number {
    return this.size;
  }

  /**
   * Appends to `out` the matches that start and end inside [from, to) (one sentence).
   * @param wanted optional filter: only groups for which `wanted[group]` is true
   */
  scan(tokens: Tokens, from: number, to: number, out: Match[], wanted?: Uint8Array): void {
    for (let t = from; t < to; t++) {
      const lower = tokens.lower[t] as string;
      // A regex anchor never matches punctuation (slotMatches), so punctuation looks up its form only.
      const cands = tokens.kind[t] === PUNCT ? this.byForm.get(lower) : this.candidates(lower);
      if (cands) {
        for (const p of cands) {
          if (wanted && !wanted[p.group]) continue;
          tryAt(p, tokens, t, from, to, out);
        }
      }
      for (const p of this.unanchored) {
        if (wanted && !wanted[p.group]) continue;
        if (slotMatches(p.slots[p.anchor] as Slot, tokens, t)) tryAt(p, tokens, t, from, to, out);
      }
    }
  }

  /**
   * The patterns whose anchor a word matches: its form's list, then the prefix patterns whose
   * regex it passes, in that order. Remembered per word: words recur (a 100 KB mail has some 15,000
   * tokens and a few thousand distinct words), and the letter walk with its regex tests was the
   * largest single cost of a scan.
   */
  private candidates(lower: string): readonly IndexedPattern[] {
    const known = this.memo.get(lower);
    if (known !== undefined) return known;
    const byForm = this.byForm.get(lower);
    let byPrefix: IndexedPattern[] | undefined;
    // Prefixes of one pattern never extend each other, so the walk meets each pattern at most once.
    let node: PrefixNode | undefined = this.byPrefix;
    for (let i = 0; i < lower.length; i++) {
      node = node.next.get(lower.charCodeAt(i));
      if (!node) break;
      for (const p of node.here) {
        const slot = p.slots[p.anchor] as Slot;
        if (slot.t === "regex" && slot.re.test(lower)) (byPrefix ??= []).push(p);
      }
    }
    const out = byPrefix ? (byForm ? byForm.concat(byPrefix) : byPrefix) : (byForm ?? NONE);
    if (this.memo.size >= MEMO_LIMIT) this.memo.clear();
    this.memo.set(lower, out);
    return out;
  }
}

/** Words remembered per index before the memo starts afresh (a few MB at most). */
const MEMO_LIMIT = 50_000;
const NONE: readonly IndexedPattern[] = [];

function tryAt(p: IndexedPattern, tokens: Tokens, t: number, lo: number, hi: number, out: Match[]): void {
  const end = forward(p.slots, p.anchor + 1, t + 1, hi, tokens);
  if (end < 0) return;
  const start = backward(p.slots, p.anchor - 1, t - 1, lo, tokens);
  if (start < 0) return;
  out.push({ group: p.group, from: start, to: end });
}

/**
 * Anchor: a required literal slot with the longest shortest form. A slot of one- or two-letter words
 * ("в|за|к", "на|по") gives way to a regex slot with literal prefixes of three letters or more, and
 * with no literal slot a prefixed regex slot is preferred to a number or any-word slot: such anchors
 * were tried at every preposition or number of a long text. Else the first required slot.
 */
function chooseAnchor(slots: readonly Slot[]): number {
  let best = -1;
  let bestScore = -1;
  let bestMin = 0;
  for (let i = 0; i < slots.length; i++) {
    const s = slots[i] as Slot;
    if (s.t !== "forms" || s.optional) continue;
    let min = Infinity;
    for (const f of s.forms) if (f.length < min) min = f.length;
    // Penalise huge form sets a little: they are usually generic words.
    const score = min * 4 - Math.log2(s.forms.size + 1);
    if (score > bestScore) {
      bestScore = score;
      best = i;
      bestMin = min;
    }
  }
  const prefixed = slots.findIndex((s) => s.t === "regex" && !s.optional && s.prefixes !== undefined && s.prefixes.length > 0 && s.prefixes.every((p) => p.length >= 3));
  if (best >= 0 && (bestMin > 2 || prefixed < 0)) return best;
  if (prefixed >= 0) return prefixed;
  for (let i = 0; i < slots.length; i++) {
    const s = slots[i] as Slot;
    if (s.t !== "gap" && !("optional" in s && s.optional)) return i;
  }
  return 0;
}

export function slotMatches(slot: Slot, tokens: Tokens, t: number): boolean {
  switch (slot.t) {
    case "forms":
      return slot.forms.has(tokens.lower[t] as string);
    case "regex":
      return tokens.kind[t] !== PUNCT && slot.re.test(tokens.lower[t] as string);
    case "num":
      return tokens.kind[t] === NUM;
    case "word":
      return tokens.kind[t] === WORD;
    case "cap":
      return tokens.kind[t] === WORD && tokens.cap[t] === 1;
    case "any":
      return true;
    case "gap":
      return true;
  }
}

/** Matches slots[k..] starting at token t; returns the end token (exclusive) or -1. */
function forward(slots: readonly Slot[], k: number, t: number, hi: number, tokens: Tokens): number {
  if (k >= slots.length) return t;
  const s = slots[k] as Slot;
  if (s.t === "gap") {
    for (let skip = 0; skip <= s.max && t + skip <= hi; skip++) {
      const r = forward(slots, k + 1, t + skip, hi, tokens);
      if (r >= 0) return r;
    }
    return -1;
  }
  if (t < hi && slotMatches(s, tokens, t)) {
    const r = forward(slots, k + 1, t + 1, hi, tokens);
    if (r >= 0) return r;
  }
  return s.optional ? forward(slots, k + 1, t, hi, tokens) : -1;
}

/** Matches slots[..k] ending at token t (moving left); returns the start token or -1. */
function backward(slots: readonly Slot[], k: number, t: number, lo: number, tokens: Tokens): number {
  if (k < 0) return t + 1;
  const s = slots[k] as Slot;
  if (s.t === "gap") {
    for (let skip = 0; skip <= s.max && t - skip >= lo - 1; skip++) {
      const r = backward(slots, k - 1, t - skip, lo, tokens);
      if (r >= 0) return r;
    }
    return -1;
  }
  if (t >= lo && slotMatches(s, tokens, t)) {
    const r = backward(slots, k - 1, t - 1, lo, tokens);
    if (r >= 0) return r;
  }
  return s.optional ? backward(slots, k - 1, t, lo, tokens) : -1;
}

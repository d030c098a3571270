/**
 * Aligns the items of two language versions: a monotone alignment (dynamic programming, as in
 * sentence alignment of parallel texts) where an item pairs with one item of the other version,
 * with two or three (a merged or split item), or with none (an item missing on one side).
 *
 * What makes two items a pair, in order of weight: the same number ("5.2." / "5.2."; "Глава 2" /
 * "2-тарау"); the same facts (digits, dates, references, named bodies and acts, proper names);
 * similar length (Kazakh and Russian versions of one item are of similar length); a lead-in's
 * colon kept in both. Where numbering is missing, order and length decide. The search stays in a
 * band around the diagonal, and each item's features are computed once, so two 100-page versions
 * align in a fraction of a second.
 */
import { labelKey, type Item } from "./items";

export interface AlignmentInput {
  readonly items: readonly Item[];
  /** Per item: what it says that both languages write alike (sorted, as interned ids). */
  readonly anchors: readonly (readonly number[])[];
}

export interface AlignedRow {
  /** Indexes into each version's item list (empty on the side that has no counterpart). */
  readonly items: readonly [readonly number[], readonly number[]];
  /** How the pair was found: by equal numbering, or by order, length and content. */
  readonly by: "number" | "content" | "none";
}

/** [items of the first version, items of the second] taken by one step. */
const MOVES: ReadonlyArray<readonly [number, number]> = [
  [1, 1],
  [1, 0],
  [0, 1],
  [2, 1],
  [1, 2],
  [3, 1],
  [1, 3],
];

/** What the scorer needs of one version, computed once. */
interface Features {
  readonly n: number;
  readonly length: Float64Array;
  /** log(length + 30), for the length term of a one-to-one pair. */
  readonly logLength: Float64Array;
  /** Interned label key, -1 when none. */
  readonly key: Int32Array;
  /** Interned label kind, -1 when none. */
  readonly kind: Int32Array;
  /** 1 ":" at the end, 2 ";", 0 else. */
  readonly end: Uint8Array;
  readonly gap: Float64Array;
  readonly anchors: readonly (readonly number[])[];
}

function features(input: AlignmentInput, intern: (s: string) => number): Features {
  const n = input.items.length;
  const f = { n, length: new Float64Array(n), logLength: new Float64Array(n), key: new Int32Array(n), kind: new Int32Array(n), end: new Uint8Array(n), gap: new Float64Array(n), anchors: input.anchors };
  input.items.forEach((it, i) => {
    f.length[i] = it.text.length - it.bodyStart;
    f.logLength[i] = Math.log(f.length[i] + 30);
    const k = labelKey(it.label);
    f.key[i] = k === undefined ? -1 : intern(k);
    f.kind[i] = it.label ? intern(`kind:${it.label.kind}`) : -1;
    const last = /([:;])\s*$/u.exec(it.text)?.[1];
    f.end[i] = last === ":" ? 1 : last === ";" ? 2 : 0;
    // Leaving an item without a counterpart: tiny layout lines are cheap to skip.
    f.gap[i] = it.label ? -2 : it.words < 4 ? -0.4 : -1.5;
  });
  return f;
}

/** Shared ids of two sorted lists (as multisets). */
function sharedSorted(a: readonly number[], b: readonly number[]): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared;
}

function merged(lists: readonly (readonly number[])[], from: number, count: number): readonly number[] {
  if (count === 1) return lists[from] ?? [];
  const out: number[] = [];
  for (let k = from; k < from + count; k++) out.push(...(lists[k] ?? []));
  return out.sort((x, y) => x - y);
}

function pairScore(A: Features, i: number, di: number, B: Features, j: number, dj: number): number {
  let s = 1;
  const ka = A.key[i] as number;
  const kb = B.key[j] as number;
  if (ka >= 0 && kb >= 0) s += ka === kb ? 4 : A.kind[i] === B.kind[j] ? -3 : -2;
  else if (ka >= 0 || kb >= 0) s -= 1.5;
  if (di + dj === 2) s -= 3 * Math.abs((A.logLength[i] as number) - (B.logLength[j] as number));
  else {
    let la = A.length[i] as number;
    let lb = B.length[j] as number;
    // A merged group should not swallow a numbered item.
    s -= 1;
    for (let k = 1; k < di; k++) {
      if ((A.key[i + k] as number) >= 0) s -= 2;
      la += A.length[i + k] as number;
    }
    for (let k = 1; k < dj; k++) {
      if ((B.key[j + k] as number) >= 0) s -= 2;
      lb += B.length[j + k] as number;
    }
    s -= 3 * Math.abs(Math.log((la + 30) / (lb + 30)));
  }
  // Both languages keep the colon of a list's lead-in and the semicolon of its members.
  const ea = A.end[i + di - 1] as number;
  if (ea !== 0 && ea === B.end[j + dj - 1]) s += ea === 1 ? 1.5 : 0.5;
  const xa = merged(A.anchors, i, di);
  const xb = merged(B.anchors, j, dj);
  if (xa.length + xb.length > 0) {
    const shared = sharedSorted(xa, xb);
    s += Math.max(-3, Math.min(6, 1.2 * shared - 0.4 * (xa.length + xb.length - 2 * shared)));
  }
  return s;
}

/** Scores and moves of the cells searched, row by row (only a band of each row is kept). */
interface Search {
  readonly lo: Int32Array;
  readonly score: readonly Float64Array[];
  readonly move: readonly Int8Array[];
}

function moveAt(s: Search, i: number, j: number): number {
  const k = j - (s.lo[i] as number);
  const row = s.move[i] as Int8Array;
  return k >= 0 && k < row.length ? (row[k] as number) : -1;
}

/** Dynamic programming over the cells `range(i)` gives for each row, with the first `moves` moves. */
function search(A: Features, B: Features, moves: number, range: (i: number) => readonly [number, number]): Search {
  const n = A.n;
  const m = B.n;
  const lo = new Int32Array(n + 1);
  const score: Float64Array[] = [];
  const move: Int8Array[] = [];
  for (let i = 0; i <= n; i++) {
    const [a, b] = range(i);
    lo[i] = a;
    score.push(new Float64Array(Math.max(0, b - a + 1)).fill(-Infinity));
    move.push(new Int8Array(Math.max(0, b - a + 1)).fill(-1));
  }
  if ((lo[0] as number) === 0 && (score[0] as Float64Array).length > 0) (score[0] as Float64Array)[0] = 0;
  for (let i = 0; i <= n; i++) {
    const row = score[i] as Float64Array;
    const base = lo[i] as number;
    for (let c = 0; c < row.length; c++) {
      const here = row[c] as number;
      if (here === -Infinity) continue;
      const j = base + c;
      for (let k = 0; k < moves; k++) {
        const [di, dj] = MOVES[k] as readonly [number, number];
        const ni = i + di;
        const nj = j + dj;
        if (ni > n || nj > m) continue;
        const target = score[ni] as Float64Array;
        const t = nj - (lo[ni] as number);
        if (t < 0 || t >= target.length) continue;
        const s = di === 0 ? (B.gap[j] as number) : dj === 0 ? (A.gap[i] as number) : pairScore(A, i, di, B, j, dj);
        if (here + s > (target[t] as number)) {
          target[t] = here + s;
          (move[ni] as Int8Array)[t] = k;
        }
      }
    }
  }
  return { lo, score, move };
}

/** The cells (i, j) the best path passes through, from the end back to the start. */
function pathOf(s: Search, n: number, m: number): Array<[number, number]> {
  const out: Array<[number, number]> = [[n, m]];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const k = moveAt(s, i, j);
    const [di, dj] = k >= 0 ? (MOVES[k] as readonly [number, number]) : i > 0 ? [1, 0] : [0, 1];
    i -= di;
    j -= dj;
    out.push([i, j]);
  }
  return out;
}

/**
 * Where row i of the first version is expected to meet the second, and how far to look: through
 * the items both versions number alike (each label key taken in order of occurrence, kept where
 * they rise together: a longest increasing subsequence), straight between them; the look widens
 * with the difference in item counts of the stretch, and is wide everywhere when nothing is numbered.
 */
function guideOf(A: Features, B: Features): (i: number) => readonly [number, number] {
  const n = A.n;
  const m = B.n;
  const occurrences = (f: Features) => {
    const seen = new Map<number, number[]>();
    for (let i = 0; i < f.n; i++) {
      const k = f.key[i] as number;
      if (k >= 0) seen.set(k, [...(seen.get(k) ?? []), i]);
    }
    return seen;
  };
  const inA = occurrences(A);
  const inB = occurrences(B);
  const candidates: Array<[number, number]> = [];
  for (const [k, xs] of inA) {
    const ys = inB.get(k);
    if (ys && ys.length === xs.length) xs.forEach((x, t) => candidates.push([x, ys[t] as number]));
  }
  candidates.sort((p, q) => p[0] - q[0]);
  // Longest increasing subsequence in j (patience sorting with back links).
  const tails: number[] = [];
  const back = new Int32Array(candidates.length).fill(-1);
  candidates.forEach(([, j], c) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((candidates[tails[mid] as number] as [number, number])[1] < j) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) back[c] = tails[lo - 1] as number;
    tails[lo] = c;
  });
  const anchors: Array<[number, number]> = [[0, 0]];
  const chain: Array<[number, number]> = [];
  for (let c = tails.length > 0 ? (tails[tails.length - 1] as number) : -1; c >= 0; c = back[c] as number) chain.push(candidates[c] as [number, number]);
  anchors.push(...chain.reverse(), [n, m]);
  const wide = Math.max(40, Math.abs(n - m) + 30, Math.ceil(0.02 * Math.max(n, m)));
  if (anchors.length < 4) return (i) => [(i * m) / n, wide];
  let seg = 0;
  return (i) => {
    while (seg < anchors.length - 2 && (anchors[seg + 1] as [number, number])[0] < i) seg++;
    while (seg > 0 && (anchors[seg] as [number, number])[0] > i) seg--;
    const [i0, j0] = anchors[seg] as [number, number];
    const [i1, j1] = anchors[seg + 1] as [number, number];
    const centre = i1 === i0 ? j0 : j0 + ((i - i0) * (j1 - j0)) / (i1 - i0);
    return [centre, 12 + Math.abs(j1 - j0 - (i1 - i0))];
  };
}

/** The best monotone alignment of two item lists. */
export function align(a: AlignmentInput, b: AlignmentInput): AlignedRow[] {
  const n = a.items.length;
  const m = b.items.length;
  if (n === 0 || m === 0) {
    return [...a.items.map((_x, i): AlignedRow => ({ items: [[i], []], by: "none" })), ...b.items.map((_x, j): AlignedRow => ({ items: [[], [j]], by: "none" }))];
  }
  const ids = new Map<string, number>();
  const intern = (s: string) => {
    let v = ids.get(s);
    if (v === undefined) ids.set(s, (v = ids.size));
    return v;
  };
  const A = features(a, intern);
  const B = features(b, intern);
  // Two passes keep the search small. The first looks at one-to-one pairs and gaps in a band
  // around a guide: the line through items numbered alike in both versions (or the diagonal).
  // The second looks for merges only near the path the first found.
  const guide = guideOf(A, B);
  const first = search(A, B, 3, (i) => {
    const [centre, width] = guide(i);
    return [Math.max(0, Math.floor(centre - width)), Math.min(m, Math.ceil(centre + width))];
  });
  const near = new Int32Array(n + 1).fill(-1);
  const far = new Int32Array(n + 1).fill(-1);
  for (const [i, j] of pathOf(first, n, m)) {
    near[i] = (near[i] as number) < 0 ? j : Math.min(near[i] as number, j);
    far[i] = Math.max(far[i] as number, j);
  }
  const second = search(A, B, MOVES.length, (i) => [Math.max(0, (near[i] as number) - 8), Math.min(m, (far[i] as number) + 8)]);
  const rows: AlignedRow[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const k = moveAt(second, i, j);
    // Outside the band (cannot happen with the bands above, but never loop): close the gap.
    const [di, dj] = k >= 0 ? (MOVES[k] as readonly [number, number]) : i > 0 ? [1, 0] : [0, 1];
    const sameLabel = di > 0 && dj > 0 && (A.key[i - di] as number) >= 0 && A.key[i - di] === B.key[j - dj];
    rows.push({ items: [Array.from({ length: di }, (_x, q) => i - di + q), Array.from({ length: dj }, (_x, q) => j - dj + q)], by: di === 0 || dj === 0 ? "none" : sameLabel ? "number" : "content" });
    i -= di;
    j -= dj;
  }
  return rows.reverse();
}

/**
 * Aligns the items of two language versions: a monotone alignment (dynamic programming, as in
 * sentence alignment of parallel texts) where an item pairs with one item of the other version,
 * with two or three (a merged or split item), or with none (an item missing on one side).
 *
 * What makes two items a pair, in order of weight: the same number ("5.2." / "5.2."; "Глава 2" /
 * "2-тарау"); the same facts (digits, dates, references, named bodies and acts, proper names);
 * similar length (Kazakh and Russian versions of one item are of similar length). Where numbering
 * is missing, order and length decide. The search is restricted to a band around the diagonal,
 * so two 100-page versions align in a fraction of a second.
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

const MOVES: ReadonlyArray<readonly [number, number]> = [
  [1, 1],
  [1, 0],
  [0, 1],
  [2, 1],
  [1, 2],
  [3, 1],
  [1, 3],
];

function lengthOf(items: readonly Item[], from: number, n: number): number {
  let s = 0;
  for (let k = from; k < from + n; k++) s += (items[k]?.text.length ?? 0) - (items[k]?.bodyStart ?? 0);
  return s;
}

/** Size of the intersection of sorted id lists (as multisets), over the union of groups. */
function sharedAnchors(a: readonly (readonly number[])[], b: readonly (readonly number[])[]): { shared: number; total: number } {
  const count = new Map<number, number>();
  let total = 0;
  for (const list of a) for (const x of list) {
    count.set(x, (count.get(x) ?? 0) + 1);
    total++;
  }
  let shared = 0;
  for (const list of b) for (const x of list) {
    total++;
    const c = count.get(x) ?? 0;
    if (c > 0) {
      shared++;
      count.set(x, c - 1);
    }
  }
  return { shared, total };
}

/** Cost of leaving an item without a counterpart: tiny layout lines are cheap to skip. */
function gapScore(item: Item): number {
  if (item.label) return -2;
  return item.words < 4 ? -0.4 : -1.5;
}

function pairScore(A: AlignmentInput, i: number, di: number, B: AlignmentInput, j: number, dj: number): number {
  const a0 = A.items[i] as Item;
  const b0 = B.items[j] as Item;
  let s = 1;
  const ka = labelKey(a0.label);
  const kb = labelKey(b0.label);
  if (ka && kb) s += ka === kb ? 4 : a0.label?.kind === b0.label?.kind ? -3 : -2;
  else if (ka || kb) s -= 1.5;
  // A merged group should not swallow a numbered item.
  for (let k = 1; k < di; k++) if (A.items[i + k]?.label) s -= 2;
  for (let k = 1; k < dj; k++) if (B.items[j + k]?.label) s -= 2;
  if (di + dj > 2) s -= 1;
  // Both languages keep the colon of a list's lead-in and the semicolon of its members.
  const lastA = A.items[i + di - 1] as Item;
  const lastB = B.items[j + dj - 1] as Item;
  const end = (it: Item) => /([:;])\s*$/u.exec(it.text)?.[1];
  if (end(lastA) !== undefined && end(lastA) === end(lastB)) s += end(lastA) === ":" ? 1.5 : 0.5;
  const la = lengthOf(A.items, i, di);
  const lb = lengthOf(B.items, j, dj);
  s -= 3 * Math.abs(Math.log((la + 30) / (lb + 30)));
  const { shared, total } = sharedAnchors(A.anchors.slice(i, i + di), B.anchors.slice(j, j + dj));
  s += Math.max(-3, Math.min(6, 1.2 * shared - 0.4 * (total - 2 * shared)));
  return s;
}

/** The best monotone alignment of two item lists. */
export function align(A: AlignmentInput, B: AlignmentInput): AlignedRow[] {
  const n = A.items.length;
  const m = B.items.length;
  if (n === 0 || m === 0) {
    return [...A.items.map((_x, i): AlignedRow => ({ items: [[i], []], by: "none" })), ...B.items.map((_x, j): AlignedRow => ({ items: [[], [j]], by: "none" }))];
  }
  // Only cells near the diagonal are searched (a missing chapter shifts it by |n - m| at most).
  const band = Math.max(40, Math.abs(n - m) + 30, Math.ceil(0.08 * Math.max(n, m)));
  const lo = (i: number) => Math.max(0, Math.floor((i * m) / n) - band);
  const hi = (i: number) => Math.min(m, Math.ceil((i * m) / n) + band);
  const width = m + 1;
  const score = new Float64Array((n + 1) * width).fill(-Infinity);
  const move = new Int8Array((n + 1) * width).fill(-1);
  score[0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = lo(i); j <= hi(i); j++) {
      const here = score[i * width + j] as number;
      if (here === -Infinity) continue;
      MOVES.forEach(([di, dj], k) => {
        const ni = i + di;
        const nj = j + dj;
        if (ni > n || nj > m) return;
        let s: number;
        if (di === 0) s = gapScore(B.items[j] as Item);
        else if (dj === 0) s = gapScore(A.items[i] as Item);
        else s = pairScore(A, i, di, B, j, dj);
        const cell = ni * width + nj;
        if (here + s > (score[cell] as number)) {
          score[cell] = here + s;
          move[cell] = k;
        }
      });
    }
  }
  const rows: AlignedRow[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const k = move[i * width + j] as number;
    // Outside the band (cannot happen with the band above, but never loop): close the gap.
    const [di, dj] = k >= 0 ? (MOVES[k] as readonly [number, number]) : i > 0 ? [1, 0] : [0, 1];
    const a = Array.from({ length: di }, (_x, q) => i - di + q);
    const b = Array.from({ length: dj }, (_x, q) => j - dj + q);
    const sameLabel = di > 0 && dj > 0 && labelKey(A.items[i - di]?.label) !== undefined && labelKey(A.items[i - di]?.label) === labelKey(B.items[j - dj]?.label);
    rows.push({ items: [a, b], by: di === 0 || dj === 0 ? "none" : sameLabel ? "number" : "content" });
    i -= di;
    j -= dj;
  }
  return rows.reverse();
}

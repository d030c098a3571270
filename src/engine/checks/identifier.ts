/**
 * `identifier`: a 12-digit Kazakh IIN (individuals) or BIN (legal entities) inside a norm names a
 * particular person or company (A1.3.7). Only numbers whose check digit is valid count, so
 * account numbers, phone numbers and dates do not fire.
 */
import type { ParagraphContext } from "../analysis/paragraph";
import { NUM } from "../text/tokenize";
import { conditionsAllow, type Check } from "./types";

const W1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const W2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

/**
 * Check-digit rule for IIN/BIN (weights 1..11 mod 11; when the result is 10, weights 3..11,1,2;
 * 10 again means the number is invalid).
 */
export function isValidIinBin(digits: string): boolean {
  if (!/^\d{12}$/u.test(digits)) return false;
  if (/^(\d)\1{11}$/u.test(digits)) return false;
  const d = Array.from(digits, (c) => c.charCodeAt(0) - 48);
  const sum = (w: readonly number[]) => w.reduce((acc, wi, i) => acc + wi * (d[i] as number), 0) % 11;
  let check = sum(W1);
  if (check === 10) check = sum(W2);
  if (check === 10) return false;
  return check === d[11];
}

/**
 * A number inside a web address or a file path ("…/103002000000-…/kaz.md") is a catalogue code,
 * not a person's IIN: the tokens around it are glued to it with "/", "-", "_", "=" or ".".
 */
function inAddress(ctx: ParagraphContext, from: number, to: number): boolean {
  const t = ctx.tokens;
  const glued = (i: number) => i >= 0 && i < t.count && /^[/\\=_-]$/u.test(t.lower[i] ?? "");
  return (t.gapBefore[from] === 0 && glued(from - 1)) || (to < t.count && t.gapBefore[to] === 0 && glued(to));
}

export const identifierCheck: Check = {
  kind: "identifier",
  lexicons: [],
  run(rule, ctx, _lexicon, out) {
    const toks = ctx.tokens;
    for (const m of ctx.matches(rule.trigger)) {
      let valid = false;
      for (let t = m.from; t < m.to; t++) {
        if (toks.kind[t] === NUM && isValidIinBin(toks.lower[t] as string)) valid = true;
      }
      if (!valid || inAddress(ctx, m.from, m.to) || !conditionsAllow(rule, ctx, m)) continue;
      out.push({ rule, from: m.from, to: m.to, severity: rule.spec.severity });
    }
  },
};

/** What the checks that compare values inside one item (`terms`, `quorum`) share. */
import type { ParagraphContext } from "../analysis/paragraph";
import type { CompiledRule } from "../rulebook/compile";
import type { Match } from "../patterns/matcher";
import { conditionsAllow } from "./types";

/** The sentence of a match (a sub-item is a sentence), cut at the ";" around it: one rule of an item. */
export function clauseOf(ctx: ParagraphContext, m: { from: number; to: number }): { from: number; to: number } {
  const sentence = ctx.sentenceRange(m);
  let from = m.from;
  while (from > sentence.from && ctx.tokens.lower[from - 1] !== ";") from--;
  let to = m.to;
  while (to < sentence.to && ctx.tokens.lower[to] !== ";") to++;
  return { from, to };
}

/** Every value the rule's patterns find in the item, read once each (overlapping matches are one value). */
export function valuesOf<T>(rule: CompiledRule, ctx: ParagraphContext, read: (m: Match) => T | undefined): T[] {
  const values: T[] = [];
  let lastTo = -1;
  for (const m of ctx.matches(rule.trigger)) {
    if (m.from < lastTo || !conditionsAllow(rule, ctx, m)) continue;
    const value = read(m);
    if (value === undefined) continue;
    values.push(value);
    lastTo = m.to;
  }
  return values;
}

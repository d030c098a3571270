/** What the checks that compare values inside one item (`terms`, `quorum`) share. */
import type { ParagraphContext } from "../analysis/paragraph";
import type { CompiledRule } from "../rulebook/compile";
import type { Match } from "../patterns/matcher";
import { PUNCT, WORD } from "../text/tokenize";
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

/** How far from a time limit (tokens) what it runs from is looked for. */
const ANCHOR_WINDOW = 8;

/**
 * The words naming what a time limit runs from, nearest first: Russian names the event after "со дня",
 * "после" ("со дня его поступления"), Kazakh before "күннен бастап", "кейін" ("ол тіркелген күннен
 * бастап"). `anchor` is the group of those markers (term.anchor); up to three words, in `within`.
 */
export function startWords(ctx: ParagraphContext, limit: { from: number; to: number }, within: { from: number; to: number }, anchor: number): number[] {
  const kazakh = ctx.langOf(limit) === "kk";
  const a = kazakh
    ? ctx.within(anchor, Math.max(within.from, limit.from - ANCHOR_WINDOW), limit.to).pop()
    : ctx.within(anchor, limit.from, Math.min(within.to, limit.to + ANCHOR_WINDOW))[0];
  if (!a) return [];
  const out: number[] = [];
  const step = kazakh ? -1 : 1;
  for (let i = kazakh ? a.from - 1 : a.to; i >= within.from && i < within.to && out.length < 3; i += step) {
    if (ctx.tokens.kind[i] === PUNCT) break;
    if (ctx.tokens.kind[i] === WORD) out.push(i);
  }
  return out;
}

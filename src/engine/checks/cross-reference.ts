/**
 * `cross-reference`: a reference to a sub-item of the same item ("мерами, предусмотренными
 * подпунктом 3) настоящего пункта", "осы тармақтың 4) тармақшасында көзделген тәртіппен") that the
 * item does not have. What the reference was to settle — the measures after a failed attestation,
 * the other expenses and how they are paid — is then settled by nobody, and whoever applies the item
 * fills the gap (a defect of legal technique the methodologies count as legal-linguistic
 * uncertainty).
 *
 * Read only where the item's sub-items stand in the same paragraph as the reference (a provision
 * written with its list). A document whose sub-items are paragraphs of their own is read one
 * sub-item at a time, with its lead-in: there the check cannot see the siblings and says nothing.
 */
import type { ParagraphContext } from "../analysis/paragraph";
import { NUM, PUNCT } from "../text/tokenize";
import { conditionsAllow, type Check } from "./types";

export const crossReferenceCheck: Check = {
  kind: "cross-reference",
  lexicons: [],
  run(rule, ctx, _lexicon, out) {
    const labels = inlineLabels(ctx);
    // one label is a "lead-in [...] item" paragraph or a list of one: the siblings are elsewhere
    if (labels.size < 2) return;
    for (const m of ctx.matches(rule.trigger)) {
      let missing = false;
      for (let t = m.from; t + 1 < m.to; t++) {
        if (ctx.tokens.kind[t] === NUM && ctx.tokens.lower[t + 1] === ")" && !labels.has(ctx.tokens.lower[t] ?? "")) missing = true;
      }
      if (!missing || !conditionsAllow(rule, ctx, m)) continue;
      out.push({ rule, from: m.from, to: m.to, severity: rule.spec.severity });
    }
  },
};

/** "1)", "2)" that open a sub-item: at a sentence's start or after ":" / ";". */
function inlineLabels(ctx: ParagraphContext): Set<string> {
  const t = ctx.tokens;
  const starts = new Set(ctx.sentences.map((s) => s.from));
  const labels = new Set<string>();
  for (let i = 0; i + 1 < t.count; i++) {
    if (t.kind[i] !== NUM || t.lower[i + 1] !== ")") continue;
    const prev = t.lower[i - 1] ?? "";
    if (starts.has(i) || (t.kind[i - 1] === PUNCT && /^[:;.]$/u.test(prev))) labels.add(t.lower[i] ?? "");
  }
  return labels;
}

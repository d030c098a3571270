/**
 * Which structural units a draft imposes duties on (A1.3.5): the routing issue sends the draft
 * to their heads. A unit counts when it is named in a sentence that also carries a duty
 * (обязан, обеспечивает, жүктеледі, shall, ...). This is not a corruption factor.
 */
import type { ParagraphContext } from "../analysis/paragraph";
import type { CompiledRulebook } from "../rulebook/compile";
import { toOriginalRange } from "../text/normalize";
import type { AffectedUnit, Lang, UnitMention } from "../types";

/** Mentions found in one paragraph, keyed by unit id. */
export function unitMentions(ctx: ParagraphContext, rulebook: CompiledRulebook): Map<string, UnitMention[]> {
  const out = new Map<string, UnitMention[]>();
  for (const unit of rulebook.units) {
    for (const m of ctx.matches(unit.group)) {
      const s = ctx.sentenceRange(m);
      if (!ctx.hasIn(rulebook.dutyGroup, s.from, s.to)) continue;
      const [start, end] = toOriginalRange(ctx.norm, ctx.tokens.start[m.from] ?? 0, ctx.tokens.end[m.to - 1] ?? 0);
      const list = out.get(unit.spec.id) ?? [];
      list.push({ paragraph: ctx.index, start, end, excerpt: ctx.text.slice(start, end) });
      out.set(unit.spec.id, list);
    }
  }
  return out;
}

const MAX_MENTIONS = 20;

/** Merges per-paragraph mentions into the document's list, in the configured unit order. */
export function mergeUnits(perParagraph: readonly Map<string, UnitMention[]>[], rulebook: CompiledRulebook, locale: Lang): AffectedUnit[] {
  const out: AffectedUnit[] = [];
  for (const unit of rulebook.units) {
    const mentions: UnitMention[] = [];
    for (const p of perParagraph) for (const m of p.get(unit.spec.id) ?? []) if (mentions.length < MAX_MENTIONS) mentions.push(m);
    if (mentions.length > 0) out.push({ unit: unit.spec.id, name: unit.spec.name[locale], mentions });
  }
  return out;
}

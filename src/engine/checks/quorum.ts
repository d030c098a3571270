/**
 * `quorum`: one item sets two different quorums for a body's sitting ("правомочно, если присутствуют
 * не менее двух третей членов" … "правомочна принимать решения при участии более половины членов"),
 * or two different majorities for its decision ("большинством голосов" … "если его поддержали все
 * члены"). Each rule looks precise; whoever chairs picks the one that suits the outcome — a collision
 * of norms (Annex 1 part 3).
 *
 * A share is read from rule patterns and `quorum.share.*` lexicons (a half, more than half, two
 * thirds, three quarters, all), and what it counts from the words around it: the members present
 * (`quorum.attendance`) or the votes (`quorum.vote`). Two shares of one kind in different sentences
 * or sub-items that differ collide; a share for a named kind of question ("по вопросам …", "при
 * избрании …") is a special rule, not a second one.
 */
import type { ParagraphContext } from "../analysis/paragraph";
import type { Match } from "../patterns/matcher";
import { clauseOf, valuesOf } from "./item-values";
import type { Check } from "./types";

const SHARES = ["half", "more-than-half", "two-thirds", "three-quarters", "all"].map((s) => `quorum.share.${s}`);
const L = {
  attendance: "quorum.attendance",
  vote: "quorum.vote",
  special: "quorum.special",
};
/** How far after a share (tokens) the word saying it counts votes is looked for: "большинством голосов". */
const VOTE_AFTER = 3;

interface Share {
  readonly m: Match;
  /** The share as its rank in SHARES (a half … all): two ranks differ when the shares do. */
  readonly value: number;
  readonly kind: "attendance" | "vote";
  readonly clause: number;
}

export const quorumCheck: Check = {
  kind: "quorum",
  lexicons: [...SHARES, ...Object.values(L)],
  run(rule, ctx, lexicon, out) {
    const shares = valuesOf(rule, ctx, (m) => read(ctx, m, lexicon));
    for (let j = 1; j < shares.length; j++) {
      const b = shares[j] as Share;
      if (shares.slice(0, j).some((a) => a.kind === b.kind && a.clause !== b.clause && a.value !== b.value)) {
        out.push({ rule, from: b.m.from, to: b.m.to, severity: rule.spec.severity });
      }
    }
  },
};

function read(ctx: ParagraphContext, m: Match, lexicon: (name: string) => number): Share | undefined {
  let value = -1;
  SHARES.forEach((name, i) => {
    if (ctx.within(lexicon(name), m.from, m.to).length > 0) value = Math.max(value, i);
  });
  if (value < 0) return undefined;
  const clause = clauseOf(ctx, m);
  if (ctx.hasIn(lexicon(L.special), clause.from, clause.to)) return undefined;
  const votes = ctx.hasIn(lexicon(L.vote), m.from, Math.min(clause.to, m.to + VOTE_AFTER));
  if (votes) return { m, value, kind: "vote", clause: clause.from };
  if (ctx.hasIn(lexicon(L.attendance), clause.from, clause.to)) return { m, value, kind: "attendance", clause: clause.from };
  // "если его поддержали все члены", "барлық мүшелері қолдаса": a vote stated by its verb anywhere in the clause
  if (ctx.hasIn(lexicon(L.vote), clause.from, clause.to)) return { m, value, kind: "vote", clause: clause.from };
  return undefined;
}

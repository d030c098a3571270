/**
 * `phrase`: a trigger pattern, optionally qualified by conditions.
 *
 * With `unless` it is Vale's "conditional" kind: "в установленном порядке" unless an act is
 * named nearby; "принимает решение" unless a deadline is in the item. With `requires` it is a
 * co-occurrence: a bonus noun that requires a grant verb in the same sentence.
 */
import { conditionsAllow, type Check } from "./types";

export const phraseCheck: Check = {
  kind: "phrase",
  lexicons: [],
  run(rule, ctx, _lexicon, out) {
    for (const m of ctx.matches(rule.trigger)) {
      if (!conditionsAllow(rule, ctx, m)) continue;
      out.push({ rule, from: m.from, to: m.to, severity: rule.spec.severity });
    }
  },
};

/**
 * Every pattern of a gift cue should be shown by one of the cue's own examples: a pattern no
 * example exercises is a guess nobody checked. Each pattern is read as a cue of its own, and the
 * cue's match examples tell which patterns they exercise.
 */
import { createGiftDetector } from "../../src/engine/gifts/detector";
import type { Lang } from "../../src/engine";
import { DEFAULT_GIFT_BOOK } from "../../src/rulebook/gifts";
import { unmark } from "../helpers/examples";

type Cue = { id: string; kind: string; patterns: Record<string, string[]>; examples: Record<string, { match?: string[]; nomatch?: string[] }>; [k: string]: unknown };
const data = DEFAULT_GIFT_BOOK.data as { cues: Cue[]; [k: string]: unknown };
const split: Cue[] = data.cues.flatMap((c) =>
  Object.entries(c.patterns).flatMap(([lang, pats]) =>
    pats.map((p, i): Cue => ({ ...c, id: `${c.id}.${lang}${i}`, kind: c.kind === "guard" ? "object" : c.kind, scope: undefined, unless: undefined, refusal: undefined, patterns: { [lang]: [p] }, examples: { [lang]: { match: ["[[x]]"], nomatch: [] } } } as Cue)),
  ),
);
const detector = createGiftDetector({ source: "split", data: { ...data, cues: split.map((c) => Object.fromEntries(Object.entries(c).filter(([, v]) => v !== undefined))) } });

function uncovered(): string[] {
  const out: string[] = [];
  for (const c of data.cues) {
    for (const [lang, pats] of Object.entries(c.patterns)) {
      const texts = (c.examples[lang]?.match ?? []).map((e) => unmark(e).text);
      const hit = new Set<string>();
      for (const t of texts) for (const m of detector.cueMatches(t, lang as Lang)) hit.add(m.cue.id);
      pats.forEach((p, i) => {
        if (!hit.has(`${c.id}.${lang}${i}`)) out.push(`${c.id} (${lang}): ${p}`);
      });
    }
  }
  return out;
}

/**
 * A ratchet, not a goal: when it was written (2026-12-05, tenth session) 1,847 of the book's 2,928 patterns had no example
 * of their own — lexicon growth from blind rounds whose mails, not the book, showed them; 1,840 of 3,205 at that session's end,
 * 1,837 of 3,331 at the eleventh session's (every pattern it added has an example of its own); 1,836 in the twelfth.
 * The number may only go down: a new pattern comes with an example from other text, and an old one
 * gains one or is folded into a broader pattern. `SHOW_UNCOVERED=1 npx jest cue-pattern-coverage`
 * lists them.
 */
const UNCOVERED_AT_MOST = 1836;

test("gift cue patterns without an example of their own do not grow", () => {
  const list = uncovered();
  if (process.env.SHOW_UNCOVERED) console.log(list.join("\n"));
  expect(list.length).toBeLessThanOrEqual(UNCOVERED_AT_MOST);
});

test("the split book reads one pattern as one cue", () => {
  expect(detector.cueMatches("We would like to send you a small gift.", "en").map((m) => m.cue.id)).toContain("object.gift.en0");
});

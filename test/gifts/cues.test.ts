/**
 * Every gift cue's own examples in every language it covers (like the rules' RuleTester):
 * a `match` example must produce that cue exactly on the [[...]] span, a `nomatch` example
 * must not produce it once the guards are applied.
 */
import { createGiftDetector } from "../../src/engine/gifts/detector";
import type { Lang } from "../../src/engine";
import { DEFAULT_GIFT_BOOK } from "../../src/rulebook/gifts";
import { unmark } from "../helpers/examples";

const detector = createGiftDetector(DEFAULT_GIFT_BOOK);


const cases = detector.book.cues.flatMap((cue) =>
  (Object.entries(cue.examples) as Array<[Lang, { match: readonly string[]; nomatch: readonly string[] }]>).flatMap(([lang, ex]) => [
    ...ex.match.map((e) => ({ cue, lang, example: e, expect: "match" as const })),
    ...ex.nomatch.map((e) => ({ cue, lang, example: e, expect: "nomatch" as const })),
  ]),
);

describe("gift cues: their own examples", () => {
  test.each(cases.map((c) => [c.cue.id, c.lang, c.expect, c.example, c] as const))("%s (%s) %s: %s", (_id, lang, expectation, _e, c) => {
    const { text, spans } = unmark(c.example);
    if (c.cue.kind === "guard") {
      // A guard masks: the raw match is what the example marks, and it hides what it covers.
      const raw = detector.cueMatches(text, lang, { includeGuards: true }).filter((m) => m.cue.id === c.cue.id).map((m) => m.text);
      if (expectation === "match") expect(raw).toEqual(expect.arrayContaining(spans));
      else expect(raw).toEqual([]);
      return;
    }
    const found = detector.cueMatches(text, lang).filter((m) => m.cue.id === c.cue.id).map((m) => m.text);
    if (expectation === "match") expect(found).toEqual(expect.arrayContaining(spans));
    else expect(found).toEqual([]);
  });

  test("every cue has a match example in each language it has patterns for", () => {
    for (const cue of detector.book.cues) for (const lang of Object.keys(cue.patterns) as Lang[]) expect(cue.examples[lang]?.match.length ?? 0).toBeGreaterThan(0);
  });
});

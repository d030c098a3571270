/**
 * Probe mails (test/gifts/mail-probes.jsonl): seven rounds of short kk/ru/mixed/en mails written
 * during issue 11 to measure the reader on text it had not seen. Each round was written before the
 * changes of that round and scored once fresh (the figures are in README); after that the round
 * became development data, and this test keeps what was learned from it: every probe is read as
 * labelled (`gift_related`: flagged or not), except the known misses listed with their reason.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { createGiftDetector } from "../../src/engine/gifts/detector";
import { DEFAULT_GIFT_BOOK } from "../../src/rulebook/gifts";

interface Probe {
  readonly id: string;
  readonly round: number;
  readonly lang: "kk" | "ru" | "mixed" | "en";
  readonly subject: string;
  readonly from: string;
  readonly body: string;
  readonly gift_related: boolean;
  /** Why and when the label was changed to the project's convention, if it was. */
  readonly relabelled?: string;
}

/** Probes the reader still gets wrong, and why. */
const KNOWN_MISSES: Readonly<Record<string, string>> = {
  "r2-q08": "the thing offered is only implied (\"мы подобрали вам новый\" after a sentence about a broken phone)",
};

const probes = readFileSync(path.join(__dirname, "mail-probes.jsonl"), "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Probe);
const detector = createGiftDetector(DEFAULT_GIFT_BOOK);
const flagged = (p: Probe) => detector.classify({ subject: p.subject, from: p.from, body: p.body }).risk !== "none";

describe("probe mails", () => {
  test("seven rounds, ids unique, all four language groups, positives and negatives", () => {
    expect(new Set(probes.map((p) => p.id)).size).toBe(probes.length);
    expect(new Set(probes.map((p) => p.round))).toEqual(new Set([1, 2, 3, 4, 5, 6, 7]));
    for (const lang of ["kk", "ru", "mixed", "en"]) expect(probes.some((p) => p.lang === lang)).toBe(true);
    expect(probes.filter((p) => p.gift_related).length).toBeGreaterThan(probes.length / 3);
    expect(probes.filter((p) => !p.gift_related).length).toBeGreaterThan(probes.length / 4);
  });

  test.each(probes.filter((p) => !(p.id in KNOWN_MISSES)).map((p) => [p.id, p.gift_related ? "flagged" : "not flagged", p] as const))("%s is %s", (_id, _label, p) => {
    expect(flagged(p)).toBe(p.gift_related);
  });

  test.each(Object.entries(KNOWN_MISSES))("known miss %s still missed (%s)", (id) => {
    // When this fails the reader now gets the probe right: drop it from KNOWN_MISSES.
    const p = probes.find((x) => x.id === id)!;
    expect(flagged(p)).not.toBe(p.gift_related);
  });
});

/**
 * The on-send warning within Outlook's limits (errorMessage 500, cancelLabel 20 characters: Smart
 * Alerts, event.completed options): the advice always whole, the evidence shortened after a whole
 * word, never a quoted word broken off.
 */
import type { GiftVerdict } from "../../src/engine/gifts/detector";
import { MAX_CANCEL_LABEL, MAX_ERROR_MESSAGE, warningText } from "../../src/office/outlook/send-warning";

// distinct words of different lengths, none a prefix of another, so a cut inside one is never a word of the text
const WORDS = ["конверт", "карточка", "аударамыз", "переведём", "наличными", "сертификат", "подарочный", "благодарность"];
const long = (n: number, k: number) => Array.from({ length: n }, (_, i) => WORDS[(i + k) % WORDS.length]).join(" ");
const verdict = (texts: readonly string[]): GiftVerdict =>
  ({
    risk: "high",
    conditions: ["influence", "cash-like", "secrecy"],
    procurement: false,
    clauses: ["P4.1.2"],
    evidence: texts.map((text, i) => ({ field: "body", start: i, end: i + text.length, text, cue: "object.cash", kind: "object", clause: "P4.1.2" })),
  }) as unknown as GiftVerdict;

test.each(["ru", "kk", "en"] as const)("long evidence is cut after a whole word and the advice stays (%s)", (lang) => {
  const short = warningText(verdict(["конверт"]), lang);
  const cut = warningText(verdict([long(40, 0), long(40, 1), long(40, 2), long(40, 3)]), lang);
  expect(cut.errorMessage.length).toBeLessThanOrEqual(MAX_ERROR_MESSAGE);
  expect(cut.cancelLabel.length).toBeLessThanOrEqual(MAX_CANCEL_LABEL);
  // the same head (lead, conditions, advice) as the short one
  const head = short.errorMessage.slice(0, short.errorMessage.indexOf("«"));
  expect(cut.errorMessage.startsWith(head.trimEnd())).toBe(true);
  expect(cut.errorMessage.endsWith("…")).toBe(true);
  const last = cut.errorMessage.slice(0, -1).split(" ").pop() as string;
  expect(WORDS).toContain(last.replace(/^«/u, ""));
});

/**
 * The on-send warning within Outlook's limits (errorMessage 500, cancelLabel 20 characters: Smart
 * Alerts, event.completed options): the advice always whole, the evidence shortened after a whole
 * word, never a quoted word broken off.
 */
import type { GiftVerdict } from "../../src/engine/gifts/detector";
import { MAX_CANCEL_LABEL, MAX_ERROR_MESSAGE, warningText } from "../../src/office/outlook/send-warning";

const long = (n: number) => Array.from({ length: n }, (_, i) => `аударамыз${i}`).join(" ");
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
  const cut = warningText(verdict([long(40), long(40), long(40), long(40)]), lang);
  expect(cut.errorMessage.length).toBeLessThanOrEqual(MAX_ERROR_MESSAGE);
  expect(cut.cancelLabel.length).toBeLessThanOrEqual(MAX_CANCEL_LABEL);
  // the same head (lead, conditions, advice) as the short one
  const head = short.errorMessage.slice(0, short.errorMessage.indexOf("«"));
  expect(cut.errorMessage.startsWith(head.trimEnd())).toBe(true);
  expect(cut.errorMessage.endsWith("…")).toBe(true);
  const last = cut.errorMessage.slice(0, -1).split(" ").pop() as string;
  expect(last).toMatch(/^«?аударамыз\d+$/u);
});

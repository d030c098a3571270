/**
 * A long passage quoted in a difference's message ends at a whole word: a word cut off reads as a
 * misprint in the source, which a lawyer comparing the versions would then look for.
 */
import { compare, edit, KK, RU } from "./fixtures";

// the Russian names a reference the Kazakh lacks, so the message quotes the long Kazakh sentence
const RU_12 = "1.2. Удостоверение выдается отделом кадров в течение 5 рабочих дней со дня подачи заявления с приложением документов, предусмотренных пунктом 2.1 настоящих Правил.";
const KK_12 =
  "1.2. Куәлікті кадр қызметі қызметкердің өтініші кеңсенің кіріс хат-хабар журналында тіркелген күннен бастап 5 жұмыс күні ішінде береді, өтінішке қызметкердің жеке басын куәландыратын құжаттың көшірмесі мен фотосуреттері қоса беріледі.";

test("a difference quoting a long sentence cuts it after a whole word, within the limit", () => {
  const cmp = compare(edit(RU, "1.2.", RU_12), edit(KK, "1.2.", KK_12), ["ru", "kk"]);
  const quoted = cmp.discrepancies.flatMap((d) => [...d.message.matchAll(/«([^»]*…)»/gu)].map((m) => m[1] as string));
  expect(quoted.length).toBeGreaterThan(0);
  const words = new Set(KK_12.split(/[\s,.]+/u));
  for (const q of quoted) {
    expect(q.length).toBeLessThanOrEqual(160);
    const last = q.slice(0, -1).split(" ").pop() as string;
    expect(words.has(last.replace(/[,.;:]$/u, ""))).toBe(true);
  }
});

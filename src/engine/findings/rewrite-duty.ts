/**
 * The rewrite of a "may" formula as a duty, only where it is grammatical and says what the law
 * needs (issue: the mechanical «может → обязан» broke agreement, «құқығы бар → міндетті» gave
 * ungrammatical Kazakh).
 *
 * Russian: «вправе / может / имеет право + infinitive» → «обязан + infinitive», agreeing with the
 * subject in gender and number (комиссия обязана, предприятие обязано, работники обязаны); never
 * for a passive or reflexive infinitive («может рассматриваться», «может быть снижен») — there the
 * sentence has to be rebuilt around who acts, which no word swap does.
 * Kazakh: the duty governs the dative verbal noun, «-уға/-уге міндетті»: «шешуге құқылы → шешуге
 * міндетті», «шешу құқығы бар → шешуге міндетті» (when the holder is the nominative subject, not a
 * genitive «Комиссияның ... құқығы бар»), «ұзарта алады → ұзартуға міндетті»; not for a passive
 * («азайтылуы мүмкін»).
 * Anything else gets no suggestion: a wrong rewrite is worse than none.
 */
import { isBack } from "../morphology/kazakh";
import type { Agreement } from "../morphology/russian-nouns";

export interface DutyRewrite {
  /** Tokens the rewrite replaces (may extend the finding to the verbal noun before it). */
  readonly from: number;
  readonly to: number;
  readonly text: string;
}

const RU_PLURAL_MODALS = new Set(["могут", "имеют", "оставляют", "сохраняют", "наделяются"]);
const RU_DUTY: Record<Agreement["gender"], string> = { m: "обязан", f: "обязана", n: "обязано" };

/**
 * @param words lower-case tokens of the paragraph
 * @param from first token of the modal words, @param to one past the last
 * @param agreement the subject's gender and number, when the reader knows it
 */
export function rewriteAsDuty(
  lang: "kk" | "ru" | "en",
  words: readonly string[],
  from: number,
  to: number,
  subject: { readonly agreement: Agreement | undefined; readonly named: boolean },
  passive: (word: string) => boolean,
): DutyRewrite | undefined {
  if (lang === "ru") return russian(words, from, to, subject.agreement);
  if (lang === "kk") return kazakh(words, from, to, subject.named, passive);
  return undefined;
}

/** How far after the modal word its infinitive may stand ("вправе по своему усмотрению изменить"). */
const INFINITIVE_WINDOW = 5;

function russian(words: readonly string[], from: number, to: number, agreement: Agreement | undefined): DutyRewrite | undefined {
  // the action must follow as an active infinitive: "вправе запросить", "может продлить"
  let inf: string | undefined;
  for (let t = to; t < Math.min(words.length, to + INFINITIVE_WINDOW); t++) {
    const w = words[t] ?? "";
    if (/^[.;:!?]$/u.test(w)) break;
    if (/(ть|ти|чь)(ся)?$/u.test(w)) {
      inf = w;
      break;
    }
  }
  if (inf === undefined || inf === "быть" || inf.endsWith("ся")) return undefined;
  const first = words[from] ?? "";
  const plural = RU_PLURAL_MODALS.has(first) || agreement?.plural === true;
  if (plural) return { from, to, text: "обязаны" };
  if (!agreement) return undefined;
  return { from, to, text: RU_DUTY[agreement.gender] };
}

function dative(stemWithU: string): string {
  return stemWithU + (isBack(stemWithU) ? "ға" : "ге");
}

function kazakh(words: readonly string[], from: number, to: number, namedSubject: boolean, passive: (word: string) => boolean): DutyRewrite | undefined {
  const first = words[from] ?? "";
  const last = words[to - 1] ?? "";
  const before = words[from - 1] ?? "";
  if (first === "құқылы" || first === "құқығы" || first === "құқықтары") {
    // "шешуге құқылы" → "шешуге міндетті"
    if (/у(ға|ге)$/u.test(before) && !passive(before)) return { from, to, text: "міндетті" };
    // "Комиссия ... шешу құқығы бар" → "шешуге міндетті"; with a genitive holder ("Комиссияның ...
    // құқығы бар") the holder would have to change case too, so no word swap.
    if (/у$/u.test(before) && !passive(before) && namedSubject) return { from: from - 1, to, text: `${dative(before)} міндетті` };
    return undefined;
  }
  if (last === "алады" && to - from === 2) {
    // converb + алады: "ұзарта алады" → "ұзартуға міндетті"; "тағайындай алады" → "тағайындауға міндетті"
    const converb = first;
    if (passive(converb)) return undefined;
    const stem = converb.endsWith("й") ? converb.slice(0, -1) : /[ае]$/u.test(converb) ? converb.slice(0, -1) : undefined;
    if (!stem || stem.length < 2) return undefined;
    return { from, to, text: `${dative(stem + "у")} міндетті` };
  }
  return undefined;
}

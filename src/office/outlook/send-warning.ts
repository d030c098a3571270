/**
 * What the on-send check decides and says (Smart Alerts, policy 4.3.1, 4.1.2, 4.1.3): pure, so
 * the single-file on-send bundle and the tests share it. Outlook shows `errorMessage` with "Send
 * anyway" (SendMode PromptUser) and `cancelLabel`; their limits are 500 and 20 characters.
 */
import type { GiftVerdict } from "../../engine/gifts/detector";
import type { GiftCondition } from "../../engine/gifts/spec";
import type { Lang } from "../../engine";
import { quote } from "../../engine/text/quote";

export const MAX_ERROR_MESSAGE = 500;
export const MAX_CANCEL_LABEL = 20;

/** A mail is held for a warning when a gift or hospitality offer meets a condition. */
export function shouldWarn(v: GiftVerdict): boolean {
  return v.risk === "medium" || v.risk === "high";
}

const CONDITION_TEXT: Readonly<Record<Lang, Readonly<Record<GiftCondition, string>>>> = {
  kk: {
    influence: "шешімге ықпал ету",
    "own-behalf": "Кәсіпорын атынан емес, жеке атыңыздан",
    secrecy: "жасырын ұстау",
    "cash-like": "ақша немесе оның баламасы",
    value: "құны шамадан тыс",
    procurement: "сатып алуға әлеуетті қатысушы (4.1.3)",
    official: "лауазымды тұлғаның шығындарын төлеу (4.3.1)",
  },
  ru: {
    influence: "влияние на решение",
    "own-behalf": "от своего имени, а не от Предприятия",
    secrecy: "скрытность",
    "cash-like": "деньги или их эквиваленты",
    value: "несоразмерная стоимость",
    procurement: "потенциальный участник закупок (4.1.3)",
    official: "оплата расходов должностных лиц (4.3.1)",
  },
  en: {
    influence: "influencing a decision",
    "own-behalf": "on your own behalf, not the Enterprise's",
    secrecy: "secrecy",
    "cash-like": "cash or cash equivalents",
    value: "value out of proportion",
    procurement: "a potential procurement participant (4.1.3)",
    official: "paying an official's costs (4.3.1)",
  },
};

const TEXT: Readonly<Record<Lang, { lead: string; conditions: string; advice: string; evidence: string; cancel: string }>> = {
  kk: {
    lead: "Хатта сыйлық, қонақжайлылық немесе шығындарды төлеу ұсынылған сияқты (Саясаттың 4.1.2-тармағы).",
    conditions: "Белгілері",
    advice: "Жібермес бұрын тікелей басшыңызбен немесе қауіпсіздік бөлімінің басшысымен кеңесіңіз.",
    evidence: "Сөздер",
    cancel: "Қайта қарау",
  },
  ru: {
    lead: "Похоже, письмо предлагает подарок, гостеприимство или оплату расходов (п. 4.1.2 Политики).",
    conditions: "Признаки",
    advice: "Перед отправкой посоветуйтесь с непосредственным руководителем или руководителем службы безопасности.",
    evidence: "Слова",
    cancel: "Проверить",
  },
  en: {
    lead: "This mail seems to offer a gift, hospitality or payment of costs (policy clause 4.1.2).",
    conditions: "Signs",
    advice: "Before sending, consult your direct manager or the head of the security unit.",
    evidence: "Words",
    cancel: "Review",
  },
};

/** Office display language ("kk-KZ", "ru-RU", "en-US") to one of ours; Russian by default. */
export function langOf(displayLanguage: string | undefined): Lang {
  const l = (displayLanguage ?? "").slice(0, 2).toLowerCase();
  return l === "kk" || l === "en" || l === "ru" ? l : "ru";
}

export function warningText(v: GiftVerdict, lang: Lang): { errorMessage: string; cancelLabel: string } {
  const t = TEXT[lang];
  const conditions = v.conditions.map((c) => CONDITION_TEXT[lang][c]).join("; ");
  const words = [...new Set(v.evidence.filter((e) => e.field === "subject" || e.field === "body").map((e) => `«${e.text}»`))].slice(0, 4).join(", ");
  const head = [t.lead, conditions ? `${t.conditions}: ${conditions}.` : "", t.advice].filter(Boolean).join(" ");
  const tail = words ? ` ${t.evidence}: ${words}.` : "";
  // The advice must survive; the evidence list is what gets shortened, after a whole word ("«Kaspi-ге аудар…"
  // would misquote the mail).
  const room = MAX_ERROR_MESSAGE - head.length - 1;
  const message = head.length + tail.length <= MAX_ERROR_MESSAGE ? head + tail : room > 1 ? `${head} ${quote(tail.trim(), room)}` : head;
  return { errorMessage: quote(message, MAX_ERROR_MESSAGE), cancelLabel: quote(t.cancel, MAX_CANCEL_LABEL) };
}

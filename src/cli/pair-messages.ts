/** The CLI's words for comparing language versions, in kk, ru and en (one language per run). */
import { ruPlural } from "../documents/errors";
import type { Lang, Severity } from "../engine";

export interface PairText {
  readonly heading: string;
  version(lang: string, file: string, items: number, aligned: number): string;
  summary(n: number, sev: Readonly<Record<Severity, number>>): string;
  readonly none: string;
  readonly needTwo: string;
  readonly sameLanguage: string;
  alone(file: string): string;
  readonly alignment: string;
  readonly discrepancies: string;
  readonly unmatched: string;
}

const TEXTS: Readonly<Record<Lang, PairText>> = {
  kk: {
    heading: "Тілдік нұсқаларды салыстыру",
    version: (lang, file, items, aligned) => `${lang}: ${file} — ${items} тармақ, сәйкестендірілгені ${aligned}`,
    summary: (n, s) => `Барлығы: ${n} алшақтық (жоғары: ${s.high}, орташа: ${s.medium}, төмен: ${s.low})`,
    none: "Нұсқалар арасында алшақтық табылған жоқ.",
    needTwo: "екі файл беріңіз: құжаттың қазақ тіліндегі және орыс тіліндегі нұсқасын",
    sameLanguage: "екі файл да бір тілде жазылған сияқты; екінші тілдегі нұсқасын беріңіз",
    alone: (file) => `${file}: екінші тілдегі нұсқасы табылмады (атауы бірдей, тіл белгісі басқа файл, мысалы x.kk.docx / x.ru.docx); тек өзі тексерілді`,
    alignment: "Тармақтарды сәйкестендіру",
    discrepancies: "Алшақтықтар",
    unmatched: "баламасы жоқ",
  },
  ru: {
    heading: "Сравнение языковых версий",
    version: (lang, file, items, aligned) => `${lang}: ${file} — ${items} ${ruPlural(items, "пункт", "пункта", "пунктов")}, сопоставлено ${aligned}`,
    summary: (n, s) => `Итого: ${n} ${ruPlural(n, "расхождение", "расхождения", "расхождений")} (высокий: ${s.high}, средний: ${s.medium}, низкий: ${s.low})`,
    none: "Расхождений между версиями не найдено.",
    needTwo: "укажите два файла: версию документа на казахском и на русском языке",
    sameLanguage: "оба файла, похоже, написаны на одном языке; укажите версию на другом языке",
    alone: (file) => `${file}: версия на другом языке не найдена (файл с тем же именем и другой языковой пометкой, например x.kk.docx / x.ru.docx); проверен только он сам`,
    alignment: "Сопоставление пунктов",
    discrepancies: "Расхождения",
    unmatched: "нет соответствия",
  },
  en: {
    heading: "Comparison of the language versions",
    version: (lang, file, items, aligned) => `${lang}: ${file} — ${items} ${items === 1 ? "item" : "items"}, ${aligned} matched`,
    summary: (n, s) => `Total: ${n} ${n === 1 ? "discrepancy" : "discrepancies"} (high: ${s.high}, medium: ${s.medium}, low: ${s.low})`,
    none: "No discrepancies between the versions.",
    needTwo: "give two files: the Kazakh and the Russian version of the document",
    sameLanguage: "both files seem to be in the same language; give the version in the other language",
    alone: (file) => `${file}: no version in the other language was found (a file with the same name and another language tag, e.g. x.kk.docx / x.ru.docx); checked on its own`,
    alignment: "Alignment of the items",
    discrepancies: "Discrepancies",
    unmatched: "no counterpart",
  },
};

export function pairText(locale: Lang): PairText {
  return TEXTS[locale];
}

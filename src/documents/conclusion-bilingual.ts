/**
 * The section "Discrepancies between the language versions" of the expertise conclusion (A1.3.6):
 * both versions of an internal regulation are official, so each difference between them is a
 * legal-linguistic uncertainty the expert lists with both wordings and what to do.
 * Words are the reviewer's language; quoted text stays in its version's language.
 */
import type { BilingualBook, Comparison, VersionIndex } from "../engine/bilingual";
import type { Lang, Severity } from "../engine/types";
import { ruPlural } from "./errors";

/** One discrepancy as the conclusion shows it (already localised by the bilingual check). */
export interface ConclusionDiscrepancy {
  /** What differs, in the reviewer's language ("срок или размер"). */
  readonly kind: string;
  readonly severity: Severity;
  /** This version's side and the other version's side. */
  readonly here: { readonly label?: string; readonly excerpt: string };
  readonly other: { readonly label?: string; readonly excerpt: string };
  readonly message: string;
  readonly recommendation: string;
}

export interface ConclusionBilingual {
  /** Languages of this version and of the other one. */
  readonly langs: readonly [Lang, Lang];
  /** Title or file name of the other version. */
  readonly otherTitle: string;
  /** Items of each version (this, other) and how many of them have a counterpart. */
  readonly items: readonly [number, number];
  readonly aligned: readonly [number, number];
  readonly discrepancies: readonly ConclusionDiscrepancy[];
}

export interface BilingualWords {
  readonly heading: string;
  readonly intro: (other: string, aligned: readonly [number, number], items: readonly [number, number]) => string;
  readonly none: string;
  readonly versionName: Readonly<Record<Lang, string>>;
  readonly what: string;
  readonly found: (n: number) => string;
  readonly revise: string;
}

const WORDS: Readonly<Record<Lang, BilingualWords>> = {
  kk: {
    heading: "Тілдік нұсқалар арасындағы алшақтықтар",
    intro: (other, a, n) => `Жоба екінші тілдегі нұсқасымен («${other}») тармақ бойынша салыстырылды. Сәйкестендірілген тармақтар: осы нұсқада ${a[0]} / ${n[0]}, екінші нұсқада ${a[1]} / ${n[1]}.`,
    none: "Нұсқалар арасында алшақтық анықталған жоқ.",
    versionName: { kk: "Қазақ тіліндегі нұсқа", ru: "Орыс тіліндегі нұсқа", en: "Ағылшын тіліндегі нұсқа" },
    what: "Не сәйкес келмейді",
    found: (n) => `Тілдік нұсқалар арасында ${n} алшақтық анықталды (заңдық-лингвистикалық белгісіздік, 1-қосымшаның 3.6-тармағы).`,
    revise: "Екі нұсқа да ресми: оларды бекітуге дейін бір мағынаға келтіру қажет.",
  },
  ru: {
    heading: "Расхождения между языковыми версиями",
    intro: (other, a, n) =>
      `Проект сопоставлен по пунктам с версией на другом языке («${other}»): сопоставлено ${a[0]} из ${n[0]} ${ruPlural(n[0], "пункта", "пунктов", "пунктов")} настоящей версии и ${a[1]} из ${n[1]} — другой.`,
    none: "Расхождений между версиями не выявлено.",
    versionName: { kk: "Казахская версия", ru: "Русская версия", en: "Английская версия" },
    what: "Что расходится",
    found: (n) => `Между языковыми версиями ${ruPlural(n, "выявлено", "выявлено", "выявлено")} ${n} ${ruPlural(n, "расхождение", "расхождения", "расхождений")} (юридико-лингвистическая неопределённость, пункт 3.6 приложения 1).`,
    revise: "Обе версии официальны: до утверждения их необходимо привести к одному смыслу.",
  },
  en: {
    heading: "Discrepancies between the language versions",
    intro: (other, a, n) => `The draft was compared item by item with its other language version (“${other}”): ${a[0]} of ${n[0]} items of this version and ${a[1]} of ${n[1]} of the other were matched.`,
    none: "No discrepancies between the versions were found.",
    versionName: { kk: "Kazakh version", ru: "Russian version", en: "English version" },
    what: "What differs",
    found: (n) => `${n} ${n === 1 ? "discrepancy" : "discrepancies"} between the language versions (legal-linguistic uncertainty, Annex 1, 3.6).`,
    revise: "Both versions are official: they must be brought to one meaning before approval.",
  },
};

export function bilingualWords(locale: Lang): BilingualWords {
  return WORDS[locale];
}

/**
 * The comparison as the conclusion of version `v` shows it: its own side first. `labelOf` gives a
 * paragraph's list number where the host read one from Word's numbering.
 */
export function toConclusionBilingual(
  comparison: Comparison,
  book: BilingualBook,
  v: VersionIndex,
  otherTitle: string,
  locale: Lang,
  labelOf: (version: VersionIndex, paragraph: number) => string | undefined = () => undefined,
): ConclusionBilingual {
  const other: VersionIndex = v === 0 ? 1 : 0;
  const label = (w: VersionIndex, paragraph: number, written?: string) => labelOf(w, paragraph) ?? written;
  return {
    langs: [comparison.langs[v], comparison.langs[other]],
    otherTitle,
    items: [comparison.coverage.items[v], comparison.coverage.items[other]],
    aligned: [comparison.coverage.aligned[v], comparison.coverage.aligned[other]],
    discrepancies: comparison.discrepancies.map((d) => {
      const here = d.sides[v];
      const there = d.sides[other];
      const hereLabel = label(v, here.paragraph, here.label);
      const thereLabel = label(other, there.paragraph, there.label);
      return {
        kind: book.kinds[d.kind].name[locale],
        severity: d.severity,
        here: { excerpt: here.excerpt, ...(hereLabel ? { label: hereLabel } : {}) },
        other: { excerpt: there.excerpt, ...(thereLabel ? { label: thereLabel } : {}) },
        message: d.message,
        recommendation: d.recommendation,
      };
    }),
  };
}

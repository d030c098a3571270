/**
 * Filling in catalogue strings. `{name}` is replaced by a value; `{name|form|...}` prints the
 * number followed by the form the language's plural rule picks: English one/other, Russian
 * one/few/many (1 замечание, 2 замечания, 5 замечаний), Kazakh one form (5 ескерту).
 */
import type { Lang } from "../../engine";

export type Params = Readonly<Record<string, string | number>>;

export function pluralIndex(locale: Lang, n: number): number {
  const abs = Math.abs(n);
  if (locale === "en") return abs === 1 ? 0 : 1;
  if (locale === "ru") {
    const m10 = abs % 10;
    const m100 = abs % 100;
    if (m10 === 1 && m100 !== 11) return 0;
    if (m10 >= 2 && m10 <= 4 && (m100 < 12 || m100 > 14)) return 1;
    return 2;
  }
  return 0;
}

export const PLURAL_FORMS: Readonly<Record<Lang, number>> = { en: 2, ru: 3, kk: 1 };

export function format(template: string, params: Params, locale: Lang): string {
  return template.replace(/\{(\w+)(?:\|([^}]*))?\}/gu, (whole, name: string, forms: string | undefined) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (forms === undefined) return String(value);
    const list = forms.split("|");
    const n = Number(value);
    const form = list[Math.min(pluralIndex(locale, n), list.length - 1)] ?? "";
    return `${value} ${form}`;
  });
}

/** A message put inside a sentence that has its own full stop, without its own one (no "…emulator).. Your note"). */
export function clause(s: string): string {
  return s.trim().replace(/[.。]+$/u, "");
}

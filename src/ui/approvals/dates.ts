/** Dates in the approvals, all in the UI language's format (a due day is a calendar date, a decision a moment). */
import type { Lang } from "../../engine";

const TAGS: Readonly<Record<Lang, string>> = { kk: "kk-KZ", ru: "ru-RU", en: "en-GB" };

/** "2026-12-04" (a due date) → "4 Dec 2026" / "4 дек. 2026 г." / "2026 ж. 4 жел.". */
export function formatDay(isoDate: string, locale: Lang): string {
  const d = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? isoDate : new Intl.DateTimeFormat(TAGS[locale], { dateStyle: "medium", timeZone: "UTC" }).format(d);
}

/** An ISO timestamp (a decision, a report) in the user's time zone. */
export function formatMoment(iso: string, locale: Lang): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : new Intl.DateTimeFormat(TAGS[locale], { dateStyle: "medium", timeStyle: "short" }).format(d);
}

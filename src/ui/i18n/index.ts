/** The UI's catalogues and the translate function. */
import type { Lang } from "../../engine";
import { en, type MessageKey, type Messages } from "./en";
import { format, type Params } from "./format";
import { kk } from "./kk";
import { ru } from "./ru";

export const CATALOGUES: Readonly<Record<Lang, Messages>> = { en, ru, kk };
export type { MessageKey, Messages };

export type Translate = (key: MessageKey, params?: Params) => string;

export function translator(locale: Lang): Translate {
  const cat = CATALOGUES[locale];
  return (key, params = {}) => format(cat[key], params, locale);
}

/** The UI language from Office's display language ("kk-KZ", "ru-RU", ...) or the browser's. */
export function localeFrom(tag: string | undefined | null): Lang {
  const t = (tag ?? "").toLowerCase();
  if (t.startsWith("kk")) return "kk";
  if (t.startsWith("ru")) return "ru";
  if (t.startsWith("en")) return "en";
  return "ru";
}

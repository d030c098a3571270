/** The reviewer's UI language for components: a context with the translate function. */
import { createContext, useContext, type ReactNode } from "react";
import type { Lang } from "../../engine";
import { translator, type Translate } from "./index";

interface LocaleValue {
  readonly locale: Lang;
  readonly t: Translate;
  readonly setLocale: (l: Lang) => void;
}

const LocaleContext = createContext<LocaleValue>({ locale: "ru", t: translator("ru"), setLocale: () => undefined });

export function LocaleProvider(props: { locale: Lang; setLocale: (l: Lang) => void; children: ReactNode }) {
  return <LocaleContext.Provider value={{ locale: props.locale, t: translator(props.locale), setLocale: props.setLocale }}>{props.children}</LocaleContext.Provider>;
}

export function useLocale(): LocaleValue {
  return useContext(LocaleContext);
}

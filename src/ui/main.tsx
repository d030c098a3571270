/**
 * Start-up of the Word task pane (and of its standalone twin in a plain browser): choose the
 * host, compile the rulebook, render. Office.js is loaded by the page; this file never calls it.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { StrictMode, useState } from "react";
import { createRoot } from "react-dom/client";
import { createEngine, type Finding, type Lang } from "../engine";
import { createHost } from "../office/create-host";
import { DEFAULT_RULEBOOK } from "../rulebook/default";
import { Analyzer } from "./analysis/analyzer";
import { createAnalysisWorker } from "./analysis/worker-factory";
import { LocaleProvider } from "./i18n/context";
import { localeFrom, translator } from "./i18n";
import { PaneController } from "./pane/controller";
import { PaneApp } from "./pane/PaneApp";
import { StandaloneApp } from "./standalone/StandaloneApp";

const storage = {
  getItem: (k: string) => {
    try {
      return globalThis.localStorage?.getItem(k) ?? null;
    } catch {
      return null;
    }
  },
  setItem: (k: string, v: string) => {
    try {
      globalThis.localStorage?.setItem(k, v);
    } catch {
      /* storage disabled: preferences are not remembered */
    }
  },
};

async function start(): Promise<void> {
  const rootEl = document.getElementById("root") as HTMLElement;
  const choice = await createHost(storage);
  const engine = createEngine(DEFAULT_RULEBOOK);
  const analyzer = new Analyzer(engine, typeof Worker !== "undefined" ? createAnalysisWorker : undefined);
  const initial = (storage.getItem("adal.locale") as Lang | null) ?? localeFrom(choice.displayLanguage);
  let currentLocale: Lang = initial;
  const commentText = (f: Finding) => {
    const l = engine.localize(f, currentLocale);
    return `Adal [${l.clauses.join(", ")}]: ${l.message} ${l.recommendation}${l.suggestion ? ` ✎ ${l.suggestion}` : ""}`;
  };
  const controller = new PaneController(choice.host, analyzer, commentText);
  document.documentElement.lang = initial;

  function Root() {
    const [locale, setLocale] = useState<Lang>(initial);
    const change = (l: Lang) => {
      currentLocale = l;
      storage.setItem("adal.locale", l);
      document.documentElement.lang = l;
      document.title = `Adal — ${translator(l)("appTagline")}`;
      setLocale(l);
    };
    return (
      <FluentProvider theme={webLightTheme}>
        <LocaleProvider locale={locale} setLocale={change}>
          {choice.standalone ? (
            <StandaloneApp host={choice.standalone} controller={controller} engine={engine} deliver={choice.deliver} storage={storage} />
          ) : (
            <PaneApp controller={controller} engine={engine} standalone={false} deliver={choice.deliver} storage={storage} />
          )}
        </LocaleProvider>
      </FluentProvider>
    );
  }
  document.title = `Adal — ${translator(initial)("appTagline")}`;
  createRoot(rootEl).render(
    <StrictMode>
      <Root />
    </StrictMode>,
  );
}

start().catch((e) => {
  const el = document.getElementById("root");
  if (el) el.textContent = `Adal could not start: ${(e as Error).message}`;
});

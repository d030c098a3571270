/**
 * Start-up of the Word task pane (and of its standalone twin in a plain browser): choose the
 * host, compile the rulebook, render. Office.js is loaded by the page; this file never calls it.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { useState } from "react";
import { createEngine, type Finding, type Lang } from "../engine";
import { createHost } from "../office/create-host";
import { DEFAULT_RULEBOOK } from "../rulebook/default";
import { Analyzer } from "./analysis/analyzer";
import { createAnalysisWorker } from "./analysis/worker-factory";
import { browserStorage } from "./storage";
import { mount, startPane } from "./mount";
import { LocaleProvider } from "./i18n/context";
import { localeFrom, translator } from "./i18n";
import { PaneController } from "./pane/controller";
import { PaneApp } from "./pane/PaneApp";
import { StandaloneApp } from "./standalone/StandaloneApp";

const storage = browserStorage;

async function start(): Promise<void> {
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
  mount(<Root />);
}

startPane(start);

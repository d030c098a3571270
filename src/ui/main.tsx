/**
 * Start-up of the Word task pane (and of its standalone twin in a plain browser): choose the
 * host, compile the rulebook, render. Office.js is loaded by the page; this file never calls it.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { lazy, Suspense, useState } from "react";
import { createEngine, type Finding, type Lang } from "../engine";
import { createHost } from "../office/create-host";
import { Analyzer } from "./analysis/analyzer";
import { createAnalysisWorker } from "./analysis/worker-factory";
import { browserStorage } from "./storage";
import { mount, startPane } from "./mount";
import { LocaleProvider } from "./i18n/context";
import { localeFrom, translator } from "./i18n";
import { PaneController } from "./pane/controller";
import { PaneApp } from "./pane/PaneApp";
import { StandaloneApp } from "./standalone/StandaloneApp";
import { PaneTabs } from "./approvals/PaneTabs";
import type { DraftForApproval } from "./approvals/SendForApprovalDialog";

const SendForApprovalDialog = lazy(() => import(/* webpackChunkName: "approvals" */ "./approvals/SendForApprovalDialog"));

const storage = browserStorage;

async function start(): Promise<void> {
  // The rulebook (every rule's texts in three languages) is its own chunk, fetched while the host
  // starts: the pane's first script stays small, and nothing is checked before both are ready.
  const [choice, { DEFAULT_RULEBOOK }] = await Promise.all([createHost(storage), import(/* webpackChunkName: "rulebook" */ "../rulebook/default")]);
  const engine = createEngine(DEFAULT_RULEBOOK);
  const analyzer = new Analyzer(engine, typeof Worker !== "undefined" ? createAnalysisWorker : undefined);
  const initial = (storage.getItem("adal.locale") as Lang | null) ?? localeFrom(choice.displayLanguage);
  let currentLocale: Lang = initial;
  const commentText = (f: Finding) => {
    const l = engine.localize(f, currentLocale);
    // The Word host ends the comment with "[Adal <id>]", by which it finds its comments again.
    return `${l.clauses.join(", ")}: ${l.message} ${l.recommendation}${l.suggestion ? ` ✎ ${l.suggestion}` : ""}`;
  };
  const controller = new PaneController(choice.host, analyzer, commentText);
  document.documentElement.lang = initial;

  const unitName = (id: string, l: Lang) => engine.units.units.find((u) => u.id === id)?.name[l] ?? id;
  const appUrl = `${location.origin}/outlook.html`;

  function Root() {
    const [locale, setLocale] = useState<Lang>(initial);
    const [draft, setDraft] = useState<DraftForApproval | null>(null);
    const [sentNote, setSentNote] = useState<string | null>(null);
    const openSend = () => {
      const st = controller.getState();
      setSentNote(null);
      setDraft({ title: st.doc?.title ?? "", text: (st.doc?.paragraphs ?? []).map((p) => p.text).join("\n"), findings: st.findings, units: st.units.map((u) => u.unit) });
    };
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
          <PaneTabs first="tabs.review" unitName={unitName} appUrl={appUrl}>
            {sentNote && (
              <p role="status" style={{ margin: "8px 12px", padding: 8, background: "#f1faf1", border: "1px solid #9fd89f", borderRadius: 4 }}>
                {sentNote}
              </p>
            )}
            {choice.standalone ? (
              <StandaloneApp host={choice.standalone} controller={controller} engine={engine} deliver={choice.deliver} storage={storage} onSendForApproval={openSend} />
            ) : (
              <PaneApp controller={controller} engine={engine} standalone={false} deliver={choice.deliver} storage={storage} onSendForApproval={openSend} {...(choice.showDocument ? { showDocument: choice.showDocument } : {})} />
            )}
          </PaneTabs>
          {draft && (
            <Suspense fallback={null}>
              <SendForApprovalDialog
                open
                draft={draft}
                appUrl={appUrl}
                allUnits={engine.units.units.map((u) => ({ id: u.id, name: u.name[locale] }))}
                onClose={(sent) => {
                  setDraft(null);
                  if (sent) setSentNote(sent);
                }}
              />
            </Suspense>
          )}
        </LocaleProvider>
      </FluentProvider>
    );
  }
  document.title = `Adal — ${translator(initial)("appTagline")}`;
  mount(<Root />);
}

startPane(start);

/**
 * Start-up of the Outlook pane (and its standalone twin with the sample mailbox): choose the
 * host, compile the gift cues, render. Office.js is loaded by the page; this file never calls it.
 */
import { Button, FluentProvider, Text, Title2, webLightTheme } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import suppliers from "../../config/suppliers.json";
import type { Lang } from "../engine";
import { createGiftDetector, type Supplier } from "../engine/gifts/detector";
import { createMailHost } from "../office/create-mail-host";
import type { ReportSender } from "../office/outlook/mail-host";
import { PaneTabs } from "./approvals/PaneTabs";
import unitsData from "../../rules/units.yml";
import { DEFAULT_GIFT_BOOK } from "../rulebook/gifts";
import { browserStorage } from "./storage";
import { mount, startPane } from "./mount";
import { LocaleProvider, useLocale } from "./i18n/context";
import { localeFrom, translator } from "./i18n";
import { MailPane } from "./outlook/MailPane";
import { LanguagePicker } from "./components/LanguagePicker";

const storage = browserStorage;

async function start(): Promise<void> {
  const choice = await createMailHost();
  const detector = createGiftDetector(DEFAULT_GIFT_BOOK);
  let currentLocale: Lang = "ru";
  // Reports travel through the Graph outbox (persisted, delivered once); Graph loads on first use.
  const reports: ReportSender = {
    async send(request, eml) {
      const { getConnection } = await import(/* webpackChunkName: "approvals" */ "./approvals/connection");
      const c = await getConnection();
      const t = translator(currentLocale);
      if (c.state === "unconfigured") throw new Error(t("appr.notConfigured", { missing: c.missing.join(", ") }));
      if (c.state === "error") throw new Error(c.message);
      if (!c.auth.account()) {
        if (c.dev) throw new Error(t("appr.signInDev"));
        await c.auth.signIn();
      }
      return c.reports.send(request, eml);
    },
    async previous(item) {
      const { getConnection } = await import(/* webpackChunkName: "approvals" */ "./approvals/connection");
      const c = await getConnection();
      return c.state === "ready" && c.auth.account() ? c.reports.previous(item) : null;
    },
  };
  const unitName = (id: string, l: Lang) => (unitsData as { units: { id: string; name: Record<Lang, string> }[] }).units.find((u) => u.id === id)?.name[l] ?? id;
  const initial = (storage.getItem("adal.locale") as Lang | null) ?? localeFrom(choice.displayLanguage);
  document.documentElement.lang = initial;

  function Mailbox() {
    const { t } = useLocale();
    const mb = choice.standalone!;
    const [selected, setSelected] = useState(mb.selectedId);
    return (
      <nav aria-label={t("mail.mailbox")} style={{ minWidth: 260, maxWidth: 340 }}>
        <Title2 as="h2" block style={{ fontSize: 18, margin: "0 0 6px" }}>
          {t("mail.mailbox")}
        </Title2>
        <Text size={200} as="p" block style={{ margin: "0 0 12px" }}>
          {t("mail.standaloneNote")}
        </Text>
        <ul style={{ listStyle: "none", padding: 0, display: "flex", flexDirection: "column", gap: 4 }}>
          {mb.samples.map((m) => (
            <li key={m.id}>
              <Button
                appearance={m.id === selected ? "primary" : "subtle"}
                aria-current={m.id === selected ? "true" : undefined}
                style={{ width: "100%", justifyContent: "flex-start", textAlign: "left" }}
                data-mail-id={m.id}
                onClick={() => {
                  mb.select(m.id);
                  setSelected(m.id);
                }}
              >
                {m.subject.length > 60 ? `${m.subject.slice(0, 60)}…` : m.subject}
              </Button>
            </li>
          ))}
        </ul>
      </nav>
    );
  }

  currentLocale = initial;
  const params = new URLSearchParams(location.search);

  function Root() {
    const [locale, setLocale] = useState<Lang>(initial);
    const [registry, setRegistry] = useState<readonly Supplier[]>(suppliers as Supplier[]);
    useEffect(() => {
      // The Suppliers list in the register replaces the bundled registry once Graph answers.
      let alive = true;
      void import(/* webpackChunkName: "approvals" */ "./approvals/connection").then(async ({ getConnection, graphSuppliers }) => {
        const c = await getConnection();
        const refresh = () =>
          void graphSuppliers().then((list) => {
            if (!alive || !list || list.length === 0) return;
            setRegistry(list);
            // The on-send check cannot reach Graph; it reads the list the pane leaves in Outlook.
            void choice.host.cacheSuppliers(list).catch(() => undefined);
          });
        refresh();
        if (c.state === "ready") c.auth.onChange(refresh);
      });
      return () => {
        alive = false;
      };
    }, []);
    const change = (l: Lang) => {
      currentLocale = l;
      storage.setItem("adal.locale", l);
      document.documentElement.lang = l;
      document.title = `Adal — ${translator(l)("mail.title")}`;
      setLocale(l);
    };
    return (
      <FluentProvider theme={webLightTheme}>
        <LocaleProvider locale={locale} setLocale={change}>
          <div style={{ display: "flex", gap: 24, padding: 16, alignItems: "flex-start", flexWrap: "wrap" }}>
            {choice.standalone && <Mailbox />}
            <main style={{ flex: 1, minWidth: 300, maxWidth: 720, display: "flex", flexDirection: "column", gap: 12 }}>
              <header style={{ display: "flex", justifyContent: "space-between", gap: 12, flexWrap: "wrap" }}>
                <Title2 as="h1" style={{ fontSize: 20 }}>
                  Adal — {translator(locale)("mail.title")}
                </Title2>
                <LanguagePicker />
              </header>
              <PaneTabs first="tabs.mail" unitName={unitName} appUrl={`${location.origin}/outlook.html`} initial={params.has("review") ? "approvals" : "main"}>
                <MailPane host={choice.host} detector={detector} suppliers={registry} reports={reports} />
              </PaneTabs>
            </main>
          </div>
        </LocaleProvider>
      </FluentProvider>
    );
  }
  document.title = `Adal — ${translator(initial)("mail.title")}`;
  mount(<Root />);
}

startPane(start);

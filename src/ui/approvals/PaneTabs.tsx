/**
 * The two views of a pane: its own work (review or this mail) and Approvals, which is loaded
 * only when first opened so MSAL and the Graph client stay out of the first download.
 */
import { Spinner, Tab, TabList } from "@fluentui/react-components";
import { lazy, Suspense, useState, type ReactNode } from "react";
import type { Lang } from "../../engine";
import { useLocale } from "../i18n/context";
import type { MessageKey } from "../i18n";

const ApprovalsPanel = lazy(() => import(/* webpackChunkName: "approvals" */ "./ApprovalsPanel"));

export function PaneTabs(props: { first: MessageKey; children: ReactNode; unitName: (id: string, locale: Lang) => string; appUrl: string; initial?: "main" | "approvals" }) {
  const { t } = useLocale();
  const [tab, setTab] = useState<"main" | "approvals">(props.initial ?? "main");
  const [opened, setOpened] = useState(props.initial === "approvals");
  return (
    <>
      <TabList selectedValue={tab} onTabSelect={(_, d) => {
        setTab(d.value as "main" | "approvals");
        if (d.value === "approvals") setOpened(true);
      }} style={{ padding: "4px 8px" }}>
        <Tab value="main">{t(props.first)}</Tab>
        <Tab value="approvals">{t("tabs.approvals")}</Tab>
      </TabList>
      <div hidden={tab !== "main"}>{props.children}</div>
      {opened && (
        <div hidden={tab !== "approvals"} style={{ padding: 12 }}>
          <Suspense fallback={<Spinner size="small" label={t("appr.loading")} />}>
            <ApprovalsPanel unitName={props.unitName} appUrl={props.appUrl} />
          </Suspense>
        </div>
      )}
    </>
  );
}

/**
 * Approvals in either pane: what waits for the user's decision (DecisionCard), the drafts they
 * submitted with a live timeline, and the writes still on their way. Everything is read through
 * the session of the account signed in now: switching user (the emulator's bar, Office) reloads
 * the view for the new account and drops what was loaded for the previous one. Loaded lazily
 * with the Graph client.
 */
import { Button, MessageBar, MessageBarBody, Spinner, Tab, TabList, Text, Title3 } from "@fluentui/react-components";
import { useCallback, useEffect, useRef, useState } from "react";
import type { ApprovalsView } from "../../graph/approvals";
import type { Lang } from "../../engine";
import { useLocale } from "../i18n/context";
import { DecisionCard, type Notice } from "./DecisionCard";
import { PendingWrites } from "./PendingWrites";
import { StateBadge, Timeline } from "./Timeline";
import { useConnection } from "./useConnection";

export interface ApprovalsPanelProps {
  readonly unitName: (id: string, locale: Lang) => string;
  /** Link put into mails: the Outlook pane in a browser (standalone) or the add-in's page. */
  readonly appUrl: string;
}

const same = (a: string | undefined, b: string | undefined) => !!a && !!b && a.toLowerCase() === b.toLowerCase();

export default function ApprovalsPanel(props: ApprovalsPanelProps) {
  const { t, locale } = useLocale();
  const { conn, account } = useConnection();
  const [view, setView] = useState<ApprovalsView | null>(null);
  const [loading, setLoading] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [tab, setTab] = useState<"decide" | "submitted">("decide");
  const [queued, setQueued] = useState<ReadonlySet<string>>(new Set());
  const unitName = (id: string) => props.unitName(id, locale);
  // The account a load was started for; an answer for anybody else is dropped.
  const forAccount = useRef<string | undefined>(undefined);

  const load = useCallback(async () => {
    if (!conn || conn.state !== "ready" || !account) return;
    const upn = account.upn;
    forAccount.current = upn;
    setLoading(true);
    try {
      const approvals = conn.approvals;
      const v = await approvals.load();
      if (forAccount.current !== upn || !same(v.me.upn, upn)) return;
      setView(v);
      const reminded = await approvals.remindOverdue(v.submitted, props.appUrl);
      if (reminded > 0) setNotice({ intent: "success", text: t("appr.reminded", { count: reminded }) });
    } catch (e) {
      if (forAccount.current === upn) setNotice({ intent: "error", text: t("appr.loadFailed", { reason: (e as Error).message }) });
    } finally {
      if (forAccount.current === upn) setLoading(false);
    }
  }, [conn, account, props.appUrl, t]);

  useEffect(() => {
    setView(null);
    setNotice(null);
    void load();
  }, [load]);

  // Decisions of this account still in the outbox: their cards wait instead of asking again.
  useEffect(() => {
    if (!conn || conn.state !== "ready" || !account) return undefined;
    return conn.session.outbox.subscribe((entries) => {
      const mine = entries.filter((e) => same(e.user, account.upn) && e.op.kind === "create-item" && e.op.list === "decisions");
      setQueued(new Set(mine.map((e) => (e.op.kind === "create-item" ? `${String(e.op.fields.ReviewKey)}:${String(e.op.fields.AssignmentId)}` : ""))));
    });
  }, [conn, account]);

  if (!conn) return <Spinner size="small" label={t("appr.loading")} />;
  if (conn.state === "unconfigured") return <MessageBar intent="info"><MessageBarBody>{t("appr.notConfigured", { missing: conn.missing.join(", ") })}</MessageBarBody></MessageBar>;
  if (conn.state === "error") return <MessageBar intent="error"><MessageBarBody>{t("appr.loadFailed", { reason: conn.message })}</MessageBarBody></MessageBar>;
  const shown = view && account && same(view.me.upn, account.upn) ? view : null;

  return (
    <section aria-label={t("tabs.approvals")} style={{ display: "flex", flexDirection: "column", gap: 10 }}>
      <div style={{ display: "flex", gap: 8, alignItems: "center", flexWrap: "wrap", justifyContent: "space-between" }}>
        {account ? <Text>{t("appr.signedInAs", { name: account.displayName })}</Text> : conn.dev ? <Text>{t("appr.signInDev")}</Text> : <Button appearance="primary" onClick={() => void conn.auth.signIn().catch((e: Error) => setNotice({ intent: "error", text: e.message }))}>{t("appr.signIn")}</Button>}
        {account && (
          <Button onClick={() => void load()} disabled={loading}>
            {t("appr.refresh")}
          </Button>
        )}
      </div>
      {account && <PendingWrites key={account.upn} outbox={conn.session.outbox} user={account.upn} onDrained={() => void load()} />}
      {notice && (
        <MessageBar intent={notice.intent} role="status" data-notice={notice.intent}>
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
      {account && loading && !shown && <Spinner size="small" label={t("appr.loading")} />}
      {shown && (
        <>
          <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as "decide" | "submitted")}>
            <Tab value="decide">{t("appr.toDecide", { count: shown.toDecide.length })}</Tab>
            <Tab value="submitted">{t("appr.submitted", { count: shown.submitted.length })}</Tab>
          </TabList>
          {tab === "decide" ? (
            shown.toDecide.length === 0 ? (
              <Text>{t("appr.nothingToDecide")}</Text>
            ) : (
              shown.toDecide.map((task) => (
                <DecisionCard
                  key={`${account?.upn}:${task.status.review.key}:${task.step.assignment.id}`}
                  task={task}
                  conn={conn}
                  appUrl={props.appUrl}
                  unitName={unitName}
                  queued={queued.has(`${task.status.review.key}:${task.step.assignment.id}`)}
                  onNotice={(n, final) => {
                    setNotice(n);
                    if (final) void load();
                  }}
                />
              ))
            )
          ) : shown.submitted.length === 0 ? (
            <Text>{t("appr.nothingSubmitted")}</Text>
          ) : (
            shown.submitted.map((s) => (
              <article key={s.review.key} data-review={s.review.key} aria-labelledby={`sub-${s.review.itemId}`} style={{ border: "1px solid #d1d1d1", borderRadius: 6, padding: 12, background: "#fff" }}>
                <Title3 as="h3" id={`sub-${s.review.itemId}`} style={{ fontSize: 16, margin: "0 0 6px" }}>
                  {s.review.title} <StateBadge state={s.state} />
                </Title3>
                {s.state === "changed" && <Text as="p" size={200} style={{ margin: "0 0 6px" }}>{t("appr.changedNote")}</Text>}
                <Timeline status={s} unitName={unitName} />
                {s.ignored.length > 0 && <Text size={200}>{t("appr.ignored", { count: s.ignored.length })}</Text>}
              </article>
            ))
          )}
        </>
      )}
    </section>
  );
}

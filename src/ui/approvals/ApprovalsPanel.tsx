/**
 * Approvals in either pane: what waits for the user's decision (approve, reject with a reason,
 * recuse for a conflict of interest), the drafts they submitted with a live timeline, and the
 * writes still on their way. Loaded lazily with the Graph client.
 */
import { Badge, Button, Field, MessageBar, MessageBarBody, Spinner, Tab, TabList, Text, Textarea, Title3 } from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import type { ApprovalsView, ApprovalTask } from "../../graph/approvals";
import type { Lang } from "../../engine";
import { useLocale } from "../i18n/context";
import { PendingWrites } from "./PendingWrites";
import { StateBadge, Timeline } from "./Timeline";
import { useConnection } from "./useConnection";
import type { GraphConnection } from "./connection";

export interface ApprovalsPanelProps {
  readonly unitName: (id: string, locale: Lang) => string;
  /** Link put into mails: the Outlook pane in a browser (standalone) or the add-in's page. */
  readonly appUrl: string;
}

type Ready = Extract<GraphConnection, { state: "ready" }>;

function DecisionCard(props: { task: ApprovalTask; conn: Ready; appUrl: string; unitName: (id: string) => string; onDone: (ok: boolean, message: string) => void }) {
  const { t } = useLocale();
  const [comment, setComment] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const r = props.task.status.review;
  const step = props.task.step;
  const id = `decide-${r.key}-${step.assignment.id}`;
  const decide = async (d: "Approved" | "Rejected" | "Recused") => {
    if (d === "Rejected" && !comment.trim()) {
      setError(t("appr.commentRequired"));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await props.conn.approvals.decide(props.task.status, step.assignment.id, d, comment, props.appUrl);
      props.onDone(true, t("appr.decided"));
    } catch (e) {
      props.onDone(false, t("appr.decideFailed", { reason: (e as Error).message }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <article aria-labelledby={`${id}-title`} data-review={r.key} style={{ border: "1px solid #d1d1d1", borderRadius: 6, padding: 12, display: "flex", flexDirection: "column", gap: 6, background: "#fff" }}>
      <Title3 as="h3" id={`${id}-title`} style={{ fontSize: 16, margin: 0 }}>
        {r.title}
      </Title3>
      <Text size={200}>
        {t("appr.from", { name: r.author.displayName })} · {props.unitName(step.assignment.unit)} ({t(`appr.role.${step.assignment.role}`)}) · {t("appr.due", { date: step.assignment.due })}{" "}
        {step.overdue && (
          <Badge appearance="filled" color="danger">
            {t("appr.overdue")}
          </Badge>
        )}
      </Text>
      <Text size={200}>{t("appr.findings", { total: r.summary.total, high: r.summary.high, medium: r.summary.medium, low: r.summary.low })}</Text>
      {r.summary.top.length > 0 && (
        <ul style={{ margin: 0, paddingLeft: 18 }}>
          {r.summary.top.map((f, i) => (
            <li key={i}>
              <Text size={200}>
                [{f.clause}] «{f.excerpt}» — {f.message}
              </Text>
            </li>
          ))}
        </ul>
      )}
      {r.documentUrl && (
        <a href={r.documentUrl} target="_blank" rel="noopener noreferrer">
          {t("appr.document")}
        </a>
      )}
      <Field label={t("appr.comment")} validationMessage={error ?? undefined} validationState={error ? "error" : "none"}>
        <Textarea value={comment} onChange={(_, d) => setComment(d.value)} resize="vertical" />
      </Field>
      <div style={{ display: "flex", gap: 8, flexWrap: "wrap" }}>
        <Button appearance="primary" disabled={busy} onClick={() => void decide("Approved")}>
          {t("appr.approve")}
        </Button>
        <Button disabled={busy} onClick={() => void decide("Rejected")}>
          {t("appr.reject")}
        </Button>
        <Button appearance="subtle" disabled={busy} onClick={() => void decide("Recused")} aria-describedby={`${id}-recuse`}>
          {t("appr.recuse")}
        </Button>
      </div>
      <Text size={200} id={`${id}-recuse`}>
        {t("appr.recuseHint")}
      </Text>
    </article>
  );
}

export default function ApprovalsPanel(props: ApprovalsPanelProps) {
  const { t, locale } = useLocale();
  const { conn, account } = useConnection();
  const [view, setView] = useState<ApprovalsView | null>(null);
  const [loading, setLoading] = useState(false);
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  const [tab, setTab] = useState<"decide" | "submitted">("decide");
  const unitName = (id: string) => props.unitName(id, locale);

  const load = useCallback(async () => {
    if (!conn || conn.state !== "ready" || !account) return;
    setLoading(true);
    try {
      const v = await conn.approvals.load();
      setView(v);
      const reminded = await conn.approvals.remindOverdue(v.submitted, props.appUrl);
      if (reminded > 0) setNotice({ ok: true, text: t("appr.reminded", { count: reminded }) });
    } catch (e) {
      setNotice({ ok: false, text: t("appr.loadFailed", { reason: (e as Error).message }) });
    } finally {
      setLoading(false);
    }
  }, [conn, account, props.appUrl, t]);

  useEffect(() => {
    setView(null);
    void load();
  }, [load]);

  if (!conn) return <Spinner size="small" label={t("appr.loading")} />;
  if (conn.state === "unconfigured") return <MessageBar intent="info"><MessageBarBody>{t("appr.notConfigured", { missing: conn.missing.join(", ") })}</MessageBarBody></MessageBar>;
  if (conn.state === "error") return <MessageBar intent="error"><MessageBarBody>{t("appr.loadFailed", { reason: conn.message })}</MessageBarBody></MessageBar>;

  return (
    <section aria-label={t("tabs.approvals")} style={{ display: "flex", flexDirection: "column", gap: 10 }}>
      <div style={{ display: "flex", gap: 8, alignItems: "center", flexWrap: "wrap", justifyContent: "space-between" }}>
        {account ? <Text>{t("appr.signedInAs", { name: account.displayName })}</Text> : conn.dev ? <Text>{t("appr.signInDev")}</Text> : <Button appearance="primary" onClick={() => void conn.auth.signIn().catch((e: Error) => setNotice({ ok: false, text: e.message }))}>{t("appr.signIn")}</Button>}
        {account && (
          <Button onClick={() => void load()} disabled={loading}>
            {t("appr.refresh")}
          </Button>
        )}
      </div>
      <PendingWrites outbox={conn.session.outbox} user={account?.upn ?? null} onDrained={() => void load()} />
      {notice && (
        <MessageBar intent={notice.ok ? "success" : "error"} role="status">
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
      {account && loading && !view && <Spinner size="small" label={t("appr.loading")} />}
      {account && view && (
        <>
          <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as "decide" | "submitted")}>
            <Tab value="decide">{t("appr.toDecide", { count: view.toDecide.length })}</Tab>
            <Tab value="submitted">{t("appr.submitted", { count: view.submitted.length })}</Tab>
          </TabList>
          {tab === "decide" ? (
            view.toDecide.length === 0 ? (
              <Text>{t("appr.nothingToDecide")}</Text>
            ) : (
              view.toDecide.map((task) => (
                <DecisionCard
                  key={`${task.status.review.key}:${task.step.assignment.id}`}
                  task={task}
                  conn={conn}
                  appUrl={props.appUrl}
                  unitName={unitName}
                  onDone={(ok, text) => {
                    setNotice({ ok, text });
                    void load();
                  }}
                />
              ))
            )
          ) : view.submitted.length === 0 ? (
            <Text>{t("appr.nothingSubmitted")}</Text>
          ) : (
            view.submitted.map((s) => (
              <article key={s.review.key} data-review={s.review.key} aria-labelledby={`sub-${s.review.key}`} style={{ border: "1px solid #d1d1d1", borderRadius: 6, padding: 12, background: "#fff" }}>
                <Title3 as="h3" id={`sub-${s.review.key}`} style={{ fontSize: 16, margin: "0 0 6px" }}>
                  {s.review.title} <StateBadge state={s.state} />
                </Title3>
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

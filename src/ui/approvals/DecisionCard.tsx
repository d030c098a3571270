/**
 * What an approver needs to decide on one step: the draft (link), the check's findings grouped
 * like the Word pane in the approver's language, the legal expertise's conclusion, the other
 * approvers' decisions so far; then approve, reject with a reason, or recuse with a declared
 * conflict of interest (P5.1) after a confirmation. The outcome shown is what the register holds
 * after the write, never what the pane hoped for.
 */
import { Badge, Button, Field, MessageBar, MessageBarBody, Text, Textarea, Title3 } from "@fluentui/react-components";
import { useState } from "react";
import type { ApprovalTask, DecisionCheck } from "../../graph/approvals";
import { COMMENT_MAX } from "../../graph/schema/lists";
import { httpsUrl } from "../../graph/safe-url";
import type { ReviewStatus } from "../../graph/workflow/status";
import { FormDialog } from "../components/FormDialog";
import { useLocale } from "../i18n/context";
import type { GraphConnection } from "./connection";
import { formatDay, formatMoment } from "./dates";
import { errorText } from "./error-text";
import { ReviewFindings } from "./ReviewFindings";
import { StateBadge, Timeline } from "./Timeline";

type Ready = Extract<GraphConnection, { state: "ready" }>;
type Decision = "Approved" | "Rejected" | "Recused";

export interface Notice {
  readonly intent: "success" | "warning" | "error" | "info";
  readonly text: string;
}

/** The notice for what the register said: success only when it holds the decision and counts it. */
export function checkNotice(check: DecisionCheck, t: ReturnType<typeof useLocale>["t"]): Notice {
  switch (check.outcome) {
    case "recorded":
      return { intent: "success", text: t("appr.recorded") };
    case "queued":
      return { intent: "warning", text: t("appr.decisionQueued") };
    case "failed":
      return { intent: "error", text: t("appr.decisionFailed", { reason: check.reason }) };
    case "not-counted":
      return { intent: "error", text: t("appr.notCounted", { reason: t(`appr.why.${check.reason}`) }) };
  }
}

function LegalConclusion(props: { status: ReviewStatus }) {
  const { t, locale } = useLocale();
  const legal = props.status.steps.find((s) => s.assignment.role === "legal");
  if (!legal) return null;
  const last = legal.events.at(-1);
  const text =
    legal.state === "unroutable"
      ? t("appr.legalNone")
      : last && (legal.state === "approved" || legal.state === "rejected")
        ? t(`appr.legal.${legal.state === "approved" ? "Approved" : "Rejected"}`, { name: last.approver.displayName, date: formatMoment(last.decision.at, locale) })
        : t("appr.legalWaiting", { name: legal.approver?.displayName ?? "—" });
  return (
    <div data-legal>
      <Text weight="semibold">{t("appr.legalTitle")}: </Text>
      <Text>{text}</Text>
      {last?.decision.comment && legal.state !== "pending" && <blockquote style={{ margin: "2px 0 2px 8px", fontStyle: "italic", whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>{last.decision.comment}</blockquote>}
    </div>
  );
}

export function DecisionCard(props: {
  task: ApprovalTask;
  conn: Ready;
  appUrl: string;
  unitName: (id: string) => string;
  /** A decision of this user for this step is still in the outbox. */
  queued: boolean;
  /** `final`: the register was read back (or the write failed); the panel reloads then. */
  onNotice: (notice: Notice, final: boolean) => void;
}) {
  const { t, locale } = useLocale();
  const [comment, setComment] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [working, setBusy] = useState(false);
  const busy = working || props.queued;
  const [recusing, setRecusing] = useState(false);
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState<string | null>(null);
  const status = props.task.status;
  const r = status.review;
  const step = props.task.step;
  const id = `decide-${r.key}-${step.assignment.id}`.replace(/[^\w-]/gu, "-");
  const link = httpsUrl(r.documentUrl);

  const decide = async (d: Decision, text: string): Promise<boolean> => {
    setBusy(true);
    setError(null);
    try {
      const approvals = props.conn.approvals;
      const { key } = await approvals.decide(status, step.assignment.id, d, text, props.appUrl);
      props.onNotice({ intent: "info", text: t("appr.checking") }, false);
      props.onNotice(checkNotice(await approvals.confirmDecision(key, r.key), t), true);
      return true;
    } catch (e) {
      props.onNotice({ intent: "error", text: t("appr.decideFailed", { reason: errorText(e, t) }) }, false);
      return false;
    } finally {
      setBusy(false);
    }
  };
  const approveOrReject = (d: "Approved" | "Rejected") => {
    if (d === "Rejected" && !comment.trim()) return setError(t("appr.commentRequired"));
    if (comment.trim().length > COMMENT_MAX) return setError(t("appr.commentTooLong", { max: COMMENT_MAX }));
    void decide(d, comment);
  };
  const recuse = () => {
    if (!reason.trim()) return setReasonError(t("appr.recuseRequired"));
    if (reason.trim().length > COMMENT_MAX) return setReasonError(t("appr.commentTooLong", { max: COMMENT_MAX }));
    void decide("Recused", reason).then((ok) => ok && setRecusing(false));
  };

  return (
    <article aria-labelledby={`${id}-title`} data-review={r.key} style={{ border: "1px solid #d1d1d1", borderRadius: 6, padding: 12, display: "flex", flexDirection: "column", gap: 8, background: "#fff" }}>
      <Title3 as="h3" id={`${id}-title`} style={{ fontSize: 16, margin: 0 }}>
        {r.title} {status.state === "changed" && <StateBadge state="changed" />}
      </Title3>
      {status.state === "changed" && (
        <MessageBar intent="warning">
          <MessageBarBody>{t("appr.changedNote")}</MessageBarBody>
        </MessageBar>
      )}
      <Text size={200}>
        {t("appr.from", { name: r.author.displayName })} · {props.unitName(step.assignment.unit)} ({t(`appr.role.${step.assignment.role}`)}) · {t("appr.due", { date: formatDay(step.assignment.due, locale) })}{" "}
        {step.overdue && (
          <Badge appearance="filled" color="danger">
            {t("appr.overdue")}
          </Badge>
        )}
      </Text>
      {link ? (
        <a href={link} target="_blank" rel="noopener noreferrer" data-draft-link>
          {t("appr.openDraft")}
          {r.documentTitle ? `: ${r.documentTitle}` : ""}
        </a>
      ) : (
        <Text size={200}>{t("appr.noDocument")}</Text>
      )}
      <ReviewFindings summary={r.summary} id={id} />
      <LegalConclusion status={status} />
      <details data-decisions>
        <summary style={{ cursor: "pointer" }}>
          <Text weight="semibold">{t("appr.decisionsSoFar")}</Text>
        </summary>
        <Timeline status={status} unitName={props.unitName} />
      </details>
      {props.queued && (
        <MessageBar intent="warning">
          <MessageBarBody>{t("appr.decisionQueued")}</MessageBarBody>
        </MessageBar>
      )}
      <Field label={t("appr.comment")} validationMessage={error ?? t("appr.commentLength", { count: comment.length, max: COMMENT_MAX })} validationState={error ? "error" : "none"}>
        <Textarea value={comment} maxLength={COMMENT_MAX} onChange={(_, d) => setComment(d.value)} resize="vertical" />
      </Field>
      <div style={{ display: "flex", gap: 8, flexWrap: "wrap" }}>
        <Button appearance="primary" disabled={busy} onClick={() => approveOrReject("Approved")}>
          {t("appr.approve")}
        </Button>
        <Button disabled={busy} onClick={() => approveOrReject("Rejected")}>
          {t("appr.reject")}
        </Button>
        <Button
          disabled={busy}
          onClick={() => {
            setReason(comment);
            setReasonError(null);
            setRecusing(true);
          }}
          aria-describedby={`${id}-recuse`}
        >
          {t("appr.recuseOpen")}
        </Button>
      </div>
      <Text size={200} id={`${id}-recuse`}>
        {t("appr.recuseHint")}
      </Text>
      <FormDialog open={recusing} title={t("appr.recuseTitle")} submitLabel={t("appr.recuseSubmit")} busy={busy} describedBy={`${id}-recuse-intro`} onCancel={() => setRecusing(false)} onSubmit={recuse}>
        <div style={{ display: "flex", flexDirection: "column", gap: 10 }}>
          <Text id={`${id}-recuse-intro`}>{t("appr.recuseIntro")}</Text>
          <Field label={t("appr.recuseReason")} required validationMessage={reasonError ?? t("appr.commentLength", { count: reason.length, max: COMMENT_MAX })} validationState={reasonError ? "error" : "none"}>
            <Textarea value={reason} maxLength={COMMENT_MAX} onChange={(_, d) => setReason(d.value)} resize="vertical" />
          </Field>
        </div>
      </FormDialog>
    </article>
  );
}

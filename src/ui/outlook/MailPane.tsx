/**
 * The Outlook pane: the verdict on the current mail with its evidence highlighted in the text,
 * the conditions and clauses, what the policy tells the employee to do, and Report. Mail text is
 * rendered as React text nodes only (never as HTML), so a hostile subject or body stays text.
 */
import {
  Badge,
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Spinner,
  Text,
  Textarea,
  Title3,
} from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import type { GiftDetector, GiftEvidence, GiftVerdict, Supplier } from "../../engine/gifts/detector";
import { defaultRecipient, type CategoryOutcome, type MailHost, type MailItem, type ReportReceipt, type ReportRecipient, type ReportSender } from "../../office/outlook/mail-host";
import { FormDialog } from "../components/FormDialog";
import type { MessageKey } from "../i18n";
import { useLocale } from "../i18n/context";
import { clause } from "../i18n/format";
import { ReportReceiptNote } from "./ReportReceipt";
import { errorText } from "../approvals/error-text";
import { COMMENT_MAX } from "../../graph/schema/lists";

type State =
  | { phase: "loading" }
  | { phase: "empty" }
  | { phase: "error"; reason: string }
  | { phase: "ready"; item: MailItem; verdict: GiftVerdict; flag?: { readonly outcome: CategoryOutcome; readonly category: string } };

const RISK_COLOR = { none: "success", low: "informative", medium: "warning", high: "danger" } as const;

export function MailPane(props: { host: MailHost; detector: GiftDetector; suppliers: readonly Supplier[]; reports: ReportSender }) {
  const { t } = useLocale();
  const [state, setState] = useState<State>({ phase: "loading" });
  const [reporting, setReporting] = useState(false);
  const [receipt, setReceipt] = useState<ReportReceipt | undefined>();
  const [earlier, setEarlier] = useState<{ itemId: string; receipt: ReportReceipt } | null>(null);

  const check = useCallback(async () => {
    setState({ phase: "loading" });
    setReceipt(undefined);
    try {
      const item = await props.host.current();
      if (!item) return setState({ phase: "empty" });
      const verdict = props.detector.classify({ subject: item.subject, from: item.from, body: item.body, bodyType: item.bodyType, direction: item.mode === "compose" ? "outgoing" : "incoming", ...(item.to ? { to: item.to } : {}) }, { suppliers: props.suppliers });
      setState({ phase: "ready", item, verdict });
      // Whether this mail was already reported (the register, or the outbox when offline); never blocks the check.
      props.reports.previous?.(item).then((r) => setEarlier(r ? { itemId: item.id, receipt: r } : null), () => setEarlier(null));
      if (verdict.risk !== "none" && item.mode === "read") {
        const category = t("mail.categoryName");
        const r = await props.host.flag({ infobar: t("mail.infobar"), category });
        // The outcome is kept, not its sentence, so the line follows a later language switch.
        setState((s) => (s.phase === "ready" && s.item.id === item.id ? { ...s, flag: { outcome: r.category, category } } : s));
      }
    } catch (e) {
      setState({ phase: "error", reason: (e as Error).message || String(e) });
    }
    // t is left out on purpose: changing the language must not re-check and re-flag the mail.
  }, [props.host, props.detector, props.suppliers]);

  useEffect(() => {
    void check();
    return props.host.onItemChanged(() => void check());
  }, [check, props.host]);

  if (state.phase === "loading") return <Spinner label={t("mail.checking")} />;
  if (state.phase === "empty") return <Text>{t("mail.noItem")}</Text>;
  if (state.phase === "error")
    return (
      <MessageBar intent="error">
        <MessageBarBody>{t("mail.error", { reason: state.reason })}</MessageBarBody>
      </MessageBar>
    );

  const { item, verdict } = state;
  const risky = verdict.risk === "medium" || verdict.risk === "high";
  return (
    <section aria-labelledby="adal-verdict" style={{ display: "flex", flexDirection: "column", gap: 12 }}>
      <div role="status" aria-live="polite" style={{ display: "flex", gap: 8, alignItems: "center" }}>
        <Badge appearance="filled" color={RISK_COLOR[verdict.risk]} size="large">
          {t(`mail.badge.${verdict.risk}` as MessageKey)}
        </Badge>
        <Title3 as="h2" id="adal-verdict">
          {t(`mail.risk.${verdict.risk}` as MessageKey)}
        </Title3>
      </div>
      {verdict.risk === "none" && <Text>{t("mail.noneExplain")}</Text>}
      {state.flag && state.flag.outcome !== "unsupported" && (
        <Text size={200} data-testid="mail-flag">
          {t(state.flag.outcome === "added" ? "mail.flagged" : "mail.categoryMissing", { category: state.flag.category })}
        </Text>
      )}
      {verdict.supplier && <Text weight="semibold">{t("mail.supplier", { name: verdict.supplier })}</Text>}
      {verdict.conditions.length > 0 && (
        <div>
          <Text weight="semibold" as="h3">
            {t("mail.conditions")}
          </Text>
          <ul>
            {verdict.conditions.map((c) => {
              // The words each condition rests on, so the reader can check it against the clause.
              const words = [...new Set(verdict.evidence.filter((e) => e.condition === c).map((e) => `«${e.text}»`))].slice(0, 3);
              return (
                <li key={c}>
                  {t(`mail.condition.${c}` as MessageKey)}
                  {words.length > 0 && <Text size={200}>{` — ${words.join(", ")}`}</Text>}
                </li>
              );
            })}
          </ul>
        </div>
      )}
      {verdict.risk !== "none" && (
        <>
          <div>
            <Text weight="semibold" as="h3">
              {t("mail.clause")}
            </Text>
            {verdict.clauses.map((c) => (
              <p key={c} style={{ margin: "4px 0" }}>
                {t(`mail.clause.${c}` as MessageKey)}
              </p>
            ))}
          </div>
          <div>
            <Text weight="semibold" as="h3">
              {t("mail.whatToDo")}
            </Text>
            <p style={{ margin: "4px 0" }}>{t(risky ? "mail.advice.high" : "mail.advice.low")}</p>
          </div>
        </>
      )}
      <div>
        <Button appearance={risky ? "primary" : "secondary"} onClick={() => setReporting(true)}>
          {t("mail.report")}
        </Button>
      </div>
      {receipt ? <ReportReceiptNote receipt={receipt} subject={item.subject} /> : earlier && earlier.itemId === item.id && <ReportReceiptNote receipt={earlier.receipt} subject={item.subject} earlier />}
      {verdict.truncated && <Text size={200}>{t("mail.truncated", { count: verdict.bodyText.length })}</Text>}
      <MailText item={item} verdict={verdict} />
      <ReportDialog
        open={reporting}
        initial={defaultRecipient(verdict)}
        onCancel={() => setReporting(false)}
        onSend={async (recipient, note) => {
          const eml = await props.host.originalAsEml();
          const r = await props.reports.send({ recipient, note, item, verdict }, eml);
          setReceipt(r);
          setReporting(false);
        }}
      />
    </section>
  );
}

/** Subject and body as text, evidence wrapped in <mark>. */
function MailText(props: { item: MailItem; verdict: GiftVerdict }) {
  const { t } = useLocale();
  const { item, verdict } = props;
  const preview = verdict.bodyText.length > 20_000 ? verdict.bodyText.slice(0, 20_000) : verdict.bodyText;
  return (
    <div>
      <Text weight="semibold" as="h3">
        {t("mail.body")}
      </Text>
      <dl style={{ margin: "4px 0" }}>
        <dt style={{ fontWeight: 600 }}>{t("mail.from")}</dt>
        <dd data-testid="mail-from">{item.from}</dd>
        <dt style={{ fontWeight: 600 }}>{t("mail.subject")}</dt>
        <dd data-testid="mail-subject">
          <Marked text={item.subject} evidence={verdict.evidence.filter((e) => e.field === "subject")} />
        </dd>
      </dl>
      <div data-testid="mail-body" style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere", background: "#fff", border: "1px solid #e1dfdd", padding: 8, maxHeight: 360, overflow: "auto" }} tabIndex={0}>
        <Marked text={preview} evidence={verdict.evidence.filter((e) => e.field === "body" && e.end <= preview.length)} />
      </div>
    </div>
  );
}

function Marked(props: { text: string; evidence: readonly GiftEvidence[] }) {
  const spans = [...props.evidence].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Array<string | JSX.Element> = [];
  let at = 0;
  for (let i = 0; i < spans.length; i++) {
    const e = spans[i]!;
    if (e.start < at) continue;
    // Words that are both the thing offered and a condition ("конверт") carry both clauses.
    const same = spans.filter((x) => x.start === e.start && x.end === e.end);
    const clauses = [...new Set(same.map((x) => x.clause))].join(" · ");
    const high = same.some((x) => x.condition);
    out.push(props.text.slice(at, e.start));
    out.push(
      <mark key={`${e.start}-${e.end}`} className={`adal-mark ${high ? "adal-high" : "adal-medium"}`} title={clauses}>
        {props.text.slice(e.start, e.end)}
      </mark>,
    );
    at = e.end;
  }
  out.push(props.text.slice(at));
  return <>{out}</>;
}

function ReportDialog(props: { open: boolean; initial: ReportRecipient; onCancel: () => void; onSend: (r: ReportRecipient, note: string) => Promise<void> }) {
  const { t } = useLocale();
  const [recipient, setRecipient] = useState<ReportRecipient>(props.initial);
  const [note, setNote] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    if (props.open) {
      setRecipient(props.initial);
      setError(undefined);
    }
  }, [props.open, props.initial]);
  return (
    <FormDialog
      open={props.open}
      title={t("mail.reportTitle")}
      submitLabel={busy ? t("mail.reportSending") : t("mail.reportSend")}
      busy={busy}
      contentStyle={{ display: "flex", flexDirection: "column", gap: 12 }}
      onCancel={props.onCancel}
      onSubmit={() => {
        setBusy(true);
        setError(undefined);
        props
          .onSend(recipient, note.trim())
          .then(() => setNote(""))
          .catch((err: unknown) => setError(t("mail.reportFailed", { reason: clause(errorText(err, t)) })))
          .finally(() => setBusy(false));
      }}
    >
      <Field label={t("mail.reportTo")}>
        <RadioGroup value={recipient} onChange={(_e, d) => setRecipient(d.value as ReportRecipient)}>
          <Radio value="manager" label={t("mail.recipient.manager")} />
          <Radio value="security" label={t("mail.recipient.security")} />
        </RadioGroup>
      </Field>
      <Field label={t("mail.reportNote")}>
        <Textarea value={note} maxLength={COMMENT_MAX} onChange={(_e, d) => setNote(d.value)} resize="vertical" />
      </Field>
      <Text size={200}>{t("mail.reportConfidential")}</Text>
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
    </FormDialog>
  );
}

/**
 * "Send for approval" from the Word pane: the lawyer confirms the affected units the engine
 * found (A1.3.5), says whether money is involved (finance), gives the https link approvers open
 * the draft from, and the draft is routed. Legal expertise (P4.7.1) is always included. Loaded
 * lazily with the Graph client.
 */
import { Checkbox, Field, Input, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { Finding } from "../../engine";
import { httpsUrl } from "../../graph/safe-url";
import { sha256Hex } from "../../graph/workflow/fingerprint";
import { FormDialog } from "../components/FormDialog";
import { useLocale } from "../i18n/context";
import { getConnection } from "./connection";
import { errorText } from "./error-text";
import { summarize } from "./summary-findings";

export interface DraftForApproval {
  readonly title: string;
  readonly text: string;
  readonly findings: readonly Finding[];
  readonly units: readonly string[];
}

/** Where Word has the document open, when that is an https address (SharePoint, OneDrive); Office.Document.url. */
function officeDocumentUrl(): string {
  const office = (globalThis as { Office?: { context?: { document?: { url?: string | null } } } }).Office;
  return httpsUrl(office?.context?.document?.url ?? "");
}

export default function SendForApprovalDialog(props: { open: boolean; draft: DraftForApproval; allUnits: readonly { id: string; name: string }[]; appUrl: string; onClose: (sent?: string) => void }) {
  const { t } = useLocale();
  const [title, setTitle] = useState(props.draft.title);
  const [link, setLink] = useState(officeDocumentUrl);
  const [linkError, setLinkError] = useState<string | null>(null);
  const [units, setUnits] = useState<Set<string>>(new Set(props.draft.units));
  const [money, setMoney] = useState(props.draft.findings.some((f) => f.ruleId.startsWith("money/")) || props.draft.units.includes("accounting"));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (props.open) {
      setTitle(props.draft.title);
      setUnits(new Set(props.draft.units));
      setError(null);
    }
  }, [props.open, props.draft]);

  const submit = async () => {
    if (link.trim() && !httpsUrl(link)) {
      setLinkError(t("appr.badLink"));
      return;
    }
    setLinkError(null);
    setBusy(true);
    setError(null);
    try {
      const c = await getConnection();
      if (c.state !== "ready") throw new Error(c.state === "unconfigured" ? t("appr.notConfigured", { missing: c.missing.join(", ") }) : c.message);
      if (!c.auth.account()) {
        if (c.dev) throw new Error(t("appr.signInDev"));
        await c.auth.signIn();
      }
      const { assignments } = await c.approvals.submit({ title: title.trim() || props.draft.title, documentTitle: props.draft.title, documentUrl: link.trim(), sha256: await sha256Hex(props.draft.text), summary: summarize(props.draft.findings), units: [...units], money, appUrl: props.appUrl });
      props.onClose(t("appr.sent", { names: assignments.map((a) => a.approver.displayName).join(", ") }));
    } catch (e) {
      setError(t("appr.sendFailed", { reason: errorText(e, t) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <FormDialog open={props.open} title={t("appr.sendTitle")} submitLabel={t("appr.sendSubmit")} busy={busy} describedBy="send-intro" onCancel={() => props.onClose()} onSubmit={() => void submit()}>
      <div style={{ display: "flex", flexDirection: "column", gap: 10 }}>
        <Text id="send-intro">{t("appr.sendIntro")}</Text>
        <Field label={t("appr.sendName")} required>
          <Input value={title} onChange={(_, d) => setTitle(d.value)} />
        </Field>
        <Field label={t("appr.sendLink")} hint={t("appr.sendLinkHint")} validationMessage={linkError ?? undefined} validationState={linkError ? "error" : "none"}>
          <Input type="url" inputMode="url" value={link} onChange={(_, d) => setLink(d.value)} />
        </Field>
        <fieldset style={{ border: "none", padding: 0, margin: 0 }}>
          <legend style={{ fontWeight: 600, marginBottom: 4 }}>{t("appr.sendUnits")}</legend>
          {props.allUnits.map((u) => (
            <Checkbox
              key={u.id}
              label={u.name}
              checked={units.has(u.id)}
              onChange={(_, d) => {
                const next = new Set(units);
                if (d.checked) next.add(u.id);
                else next.delete(u.id);
                setUnits(next);
              }}
            />
          ))}
        </fieldset>
        <Checkbox label={t("appr.sendMoney")} checked={money} onChange={(_, d) => setMoney(d.checked === true)} />
        {error && (
          <MessageBar intent="error" role="alert">
            <MessageBarBody>{error}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </FormDialog>
  );
}

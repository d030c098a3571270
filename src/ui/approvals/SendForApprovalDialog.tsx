/**
 * "Send for approval" from the Word pane: the lawyer confirms the affected units the engine
 * found (A1.3.5), says whether money is involved (finance), and the draft is routed. Legal
 * expertise (P4.7.1) is always included. Loaded lazily with the Graph client.
 */
import { Checkbox, Field, Input, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { Finding } from "../../engine";
import type { FindingSummary } from "../../graph/workflow/model";
import { FormDialog } from "../components/FormDialog";
import { useLocale } from "../i18n/context";
import { getConnection } from "./connection";

export interface DraftForApproval {
  readonly title: string;
  readonly text: string;
  readonly findings: readonly Finding[];
  readonly units: readonly string[];
}

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

export function summarize(findings: readonly Finding[]): FindingSummary {
  const count = (s: string) => findings.filter((f) => f.severity === s).length;
  return { total: findings.length, high: count("high"), medium: count("medium"), low: count("low"), top: findings.slice(0, 5).map((f) => ({ clause: f.clauses[0] ?? "", excerpt: f.excerpt.slice(0, 120), message: f.message.slice(0, 200) })) };
}

export default function SendForApprovalDialog(props: { open: boolean; draft: DraftForApproval; allUnits: readonly { id: string; name: string }[]; appUrl: string; onClose: (sent?: string) => void }) {
  const { t } = useLocale();
  const [title, setTitle] = useState(props.draft.title);
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
    setBusy(true);
    setError(null);
    try {
      const c = await getConnection();
      if (c.state !== "ready") throw new Error(c.state === "unconfigured" ? t("appr.notConfigured", { missing: c.missing.join(", ") }) : c.message);
      if (!c.auth.account()) {
        if (c.dev) throw new Error(t("appr.signInDev"));
        await c.auth.signIn();
      }
      const { assignments } = await c.approvals.submit({ title: title.trim() || props.draft.title, documentTitle: props.draft.title, documentUrl: "", sha256: await sha256(props.draft.text), summary: summarize(props.draft.findings), units: [...units], money, appUrl: props.appUrl });
      props.onClose(t("appr.sent", { names: assignments.map((a) => a.approver.displayName).join(", ") }));
    } catch (e) {
      setError(t("appr.sendFailed", { reason: (e as Error).message }));
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

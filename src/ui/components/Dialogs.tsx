/** The pane's dialogs: dismiss a finding with a reason; export the expertise conclusion. */
import { Field, Input, Textarea } from "@fluentui/react-components";
import { useState } from "react";
import type { Finding } from "../../engine";
import { useLocale } from "../i18n/context";
import { FormDialog } from "./FormDialog";

export function DismissDialog(props: { finding: Finding | undefined; onCancel: () => void; onConfirm: (reason: string) => void }) {
  const { t } = useLocale();
  const [reason, setReason] = useState("");
  const [touched, setTouched] = useState(false);
  const missing = reason.trim() === "";
  const reset = () => {
    setReason("");
    setTouched(false);
  };
  return (
    <FormDialog
      open={props.finding !== undefined}
      title={t("dismissTitle")}
      submitLabel={t("dismiss")}
      describedBy="dismiss-excerpt"
      onCancel={() => {
        reset();
        props.onCancel();
      }}
      onSubmit={() => {
        setTouched(true);
        if (missing) return;
        props.onConfirm(reason);
        reset();
      }}
    >
      <p id="dismiss-excerpt">«{props.finding?.excerpt}»</p>
      <Field label={t("dismissReasonLabel")} required validationMessage={touched && missing ? t("dismissReasonRequired") : undefined}>
        <Textarea value={reason} onChange={(_e, d) => setReason(d.value)} resize="vertical" />
      </Field>
    </FormDialog>
  );
}

export function ExportDialog(props: { open: boolean; initialReviewer: string; busy: boolean; onCancel: () => void; onExport: (reviewer: string) => void }) {
  const { t } = useLocale();
  const [reviewer, setReviewer] = useState(props.initialReviewer);
  const [touched, setTouched] = useState(false);
  const missing = reviewer.trim() === "";
  return (
    <FormDialog
      open={props.open}
      title={t("exportTitle")}
      submitLabel={t("exportButton")}
      busy={props.busy}
      onCancel={props.onCancel}
      onSubmit={() => {
        setTouched(true);
        if (!missing) props.onExport(reviewer.trim());
      }}
    >
      <Field label={t("reviewerLabel")} required validationMessage={touched && missing ? t("reviewerRequired") : undefined}>
        <Input value={reviewer} onChange={(_e, d) => setReviewer(d.value)} autoComplete="name" />
      </Field>
    </FormDialog>
  );
}

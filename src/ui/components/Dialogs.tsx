/** The pane's dialogs: dismiss a finding with a reason; export the expertise conclusion. */
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Input, Textarea } from "@fluentui/react-components";
import { useState } from "react";
import type { Finding } from "../../engine";
import { useLocale } from "../i18n/context";

export function DismissDialog(props: { finding: Finding | undefined; onCancel: () => void; onConfirm: (reason: string) => void }) {
  const { t } = useLocale();
  const [reason, setReason] = useState("");
  const [touched, setTouched] = useState(false);
  const missing = reason.trim() === "";
  const close = () => {
    setReason("");
    setTouched(false);
    props.onCancel();
  };
  return (
    <Dialog open={props.finding !== undefined} onOpenChange={(_e, d) => !d.open && close()}>
      <DialogSurface aria-describedby="dismiss-excerpt">
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            setTouched(true);
            if (missing) return;
            props.onConfirm(reason);
            setReason("");
            setTouched(false);
          }}
        >
          <DialogBody>
            <DialogTitle>{t("dismissTitle")}</DialogTitle>
            <DialogContent>
              <p id="dismiss-excerpt">«{props.finding?.excerpt}»</p>
              <Field label={t("dismissReasonLabel")} required validationMessage={touched && missing ? t("dismissReasonRequired") : undefined}>
                <Textarea value={reason} onChange={(_e, d) => setReason(d.value)} resize="vertical" />
              </Field>
            </DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={close}>
                {t("cancel")}
              </Button>
              <Button appearance="primary" type="submit">
                {t("dismiss")}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}

export function ExportDialog(props: { open: boolean; initialReviewer: string; busy: boolean; onCancel: () => void; onExport: (reviewer: string) => void }) {
  const { t } = useLocale();
  const [reviewer, setReviewer] = useState(props.initialReviewer);
  const [touched, setTouched] = useState(false);
  const missing = reviewer.trim() === "";
  return (
    <Dialog open={props.open} onOpenChange={(_e, d) => !d.open && props.onCancel()}>
      <DialogSurface>
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            setTouched(true);
            if (!missing) props.onExport(reviewer.trim());
          }}
        >
          <DialogBody>
            <DialogTitle>{t("exportTitle")}</DialogTitle>
            <DialogContent>
              <Field label={t("reviewerLabel")} required validationMessage={touched && missing ? t("reviewerRequired") : undefined}>
                <Input value={reviewer} onChange={(_e, d) => setReviewer(d.value)} autoComplete="name" />
              </Field>
            </DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={props.onCancel}>
                {t("cancel")}
              </Button>
              <Button appearance="primary" type="submit" disabled={props.busy}>
                {t("exportButton")}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}

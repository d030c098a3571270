/**
 * A modal form with Cancel and a submit button: the frame the dismiss, export and report dialogs
 * share. `noValidate` because fields show their own messages in the user's language.
 */
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from "@fluentui/react-components";
import type { CSSProperties, ReactNode } from "react";
import { useLocale } from "../i18n/context";

export function FormDialog(props: {
  open: boolean;
  title: string;
  submitLabel: string;
  busy?: boolean;
  describedBy?: string;
  contentStyle?: CSSProperties;
  onCancel: () => void;
  onSubmit: () => void;
  children: ReactNode;
}) {
  const { t } = useLocale();
  return (
    <Dialog open={props.open} onOpenChange={(_e, d) => !d.open && !props.busy && props.onCancel()}>
      <DialogSurface {...(props.describedBy ? { "aria-describedby": props.describedBy } : {})}>
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            props.onSubmit();
          }}
        >
          <DialogBody>
            <DialogTitle>{props.title}</DialogTitle>
            <DialogContent style={props.contentStyle}>{props.children}</DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={props.onCancel} disabled={props.busy}>
                {t("cancel")}
              </Button>
              <Button appearance="primary" type="submit" disabled={props.busy}>
                {props.submitLabel}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}

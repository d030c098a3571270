/** What became of a report, in words: to whom, when, about which mail; and that a mail was already reported. */
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { ReportReceipt } from "../../office/outlook/mail-host";
import { formatMoment } from "../approvals/dates";
import { useLocale } from "../i18n/context";

export function ReportReceiptNote(props: { receipt: ReportReceipt; subject: string; earlier?: boolean }) {
  const { t, locale } = useLocale();
  const r = props.receipt;
  const recipient = t(`mail.to.${r.recipient}`);
  const params = { subject: props.subject, recipient, name: r.recipientName ?? recipient, date: formatMoment(r.at, locale) };
  const text = props.earlier ? t(r.status === "sent" ? "mail.reported.sent" : "mail.reported.queued", params) : t(r.status === "sent" ? "mail.receipt.sentTo" : "mail.receipt.queuedFor", params);
  return (
    <MessageBar intent={props.earlier ? "info" : "success"} data-receipt={props.earlier ? "earlier" : r.status}>
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  );
}

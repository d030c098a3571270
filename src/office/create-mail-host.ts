/** Picks the mail host: Outlook when Office.js says so, otherwise the standalone sample mailbox. */
import mailbox from "../../assets/mail/mailbox.json";
import type { MailHost } from "./outlook/mail-host";
import { OutlookHost } from "./outlook/outlook-host";
import { StandaloneMailbox, type SampleMail } from "./standalone/standalone-mailbox";

const OFFICE_READY_TIMEOUT_MS = 5000;

export interface MailHostChoice {
  readonly host: MailHost;
  readonly standalone?: StandaloneMailbox;
  readonly displayLanguage: string;
}

export async function createMailHost(): Promise<MailHostChoice> {
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (office) {
    const info = await Promise.race([office.onReady(), new Promise<{ host: null }>((resolve) => setTimeout(() => resolve({ host: null }), OFFICE_READY_TIMEOUT_MS))]);
    if (info.host === office.HostType.Outlook) return { host: new OutlookHost(office), displayLanguage: office.context.displayLanguage };
  }
  const standalone = new StandaloneMailbox(mailbox as SampleMail[]);
  return { host: standalone, standalone, displayLanguage: globalThis.navigator?.language ?? "ru" };
}

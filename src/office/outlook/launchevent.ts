/**
 * The Outlook on-send handler (Smart Alerts, `OnMessageSend` with SendMode PromptUser), built
 * into ONE file, dist/launchevent.js: classic Outlook on Windows runs it in a JavaScript-only
 * runtime that has no module loader, no DOM and no Office.onReady. Everything it needs (the
 * engine's gift detector and its cues) is bundled in; it reads the mail, classifies it and
 * always calls `event.completed`, also when something fails (then the mail is let through:
 * a warning tool must never stop work).
 */
import { createGiftDetector, type Supplier } from "../../engine/gifts/detector";
import { DEFAULT_GIFT_BOOK } from "../../rulebook/gifts";
import bundledSuppliers from "../../../config/suppliers.json";
import { langOf, shouldWarn, warningText } from "./send-warning";
import { registeredSuppliers } from "./supplier-cache";

/** webpack's DefinePlugin: true only in a build for the development server (webpack.config.js). */
declare const ADAL_BUNDLED_SUPPLIERS: boolean;

// Compiled when the runtime loads the file, not on each send: the send check then takes milliseconds.
const detector = createGiftDetector(DEFAULT_GIFT_BOOK);

type Callback<T> = (r: Office.AsyncResult<T>) => void;

function get<T>(fn: (cb: Callback<T>) => void, fallback: T): Promise<T> {
  return new Promise((resolve) => {
    try {
      fn((r) => resolve(r.status === Office.AsyncResultStatus.Succeeded ? r.value : fallback));
    } catch {
      resolve(fallback);
    }
  });
}

export async function onMessageSendHandler(event: Office.AddinCommands.Event): Promise<void> {
  let completed = false;
  const complete = (options: Office.SmartAlertsEventCompletedOptions) => {
    if (completed) return;
    completed = true;
    event.completed(options);
  };
  try {
    const item = Office.context.mailbox.item as Office.MessageCompose;
    // An offer to an official or a supplier is as much an offer when they are in Cc or Bcc (4.3.1, 4.1.3).
    const recipients = (field: Office.Recipients | undefined) => (field ? get<Office.EmailAddressDetails[]>((cb) => field.getAsync(cb), []) : Promise.resolve([]));
    const [subject, body, to, cc, bcc] = await Promise.all([
      get<string>((cb) => item.subject.getAsync(cb), ""),
      get<string>((cb) => item.body.getAsync(Office.CoercionType.Text, cb), ""),
      recipients(item.to),
      recipients(item.cc),
      recipients(item.bcc),
    ]);
    const from = Office.context.mailbox.userProfile?.emailAddress ?? "";
    const verdict = detector.classify(
      { subject, from, body, bodyType: "text", direction: "outgoing", to: [...to, ...cc, ...bcc].map((r) => (r.displayName ? `${r.displayName} <${r.emailAddress}>` : r.emailAddress)) },
      { suppliers: registeredSuppliers(Office.context.roamingSettings, ADAL_BUNDLED_SUPPLIERS ? (bundledSuppliers as Supplier[]) : null) },
    );
    if (!shouldWarn(verdict)) {
      complete({ allowEvent: true });
      return;
    }
    const { errorMessage, cancelLabel } = warningText(verdict, langOf(Office.context.displayLanguage));
    const options: Office.SmartAlertsEventCompletedOptions = { allowEvent: false, errorMessage };
    // cancelLabel, commandId and the send-mode override exist from Mailbox 1.14.
    if (Office.context.requirements?.isSetSupported?.("Mailbox", "1.14")) {
      Object.assign(options, { cancelLabel, commandId: "Adal.Compose.Open", sendModeOverride: Office.MailboxEnums.SendModeOverride.PromptUser });
    }
    complete(options);
  } catch {
    complete({ allowEvent: true });
  }
}

// commands.html is also the FunctionFile of the Mailbox 1.5 buttons, where Office.actions may not exist.
if (Office.actions) Office.actions.associate("onMessageSendHandler", onMessageSendHandler);

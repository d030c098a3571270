/** The Office side of sign-in: whether the host brokers tokens (NAA), and the dialog API fallback. */
import type { AuthBridge } from "../graph/auth/msal-auth";

export function officeAuthBridge(office: typeof Office | undefined): AuthBridge {
  return {
    naaSupported: () => office?.context?.requirements?.isSetSupported("NestedAppAuth", "1.1") === true,
    // Office.auth.getAuthContext (NestedAppAuth 1.1): the user Office has signed in right now.
    signedInUser: async () => (office?.context?.requirements?.isSetSupported("NestedAppAuth", "1.1") === true ? ((await office.auth.getAuthContext()).userPrincipalName ?? null) : null),
    openDialog: (url) =>
      new Promise((resolve, reject) => {
        if (!office?.context?.ui) return reject(new Error("Sign-in needs Office (or the Graph emulator of npm start)"));
        office.context.ui.displayDialogAsync(url, { height: 60, width: 30, promptBeforeOpen: false }, (r) => {
          if (r.status !== office.AsyncResultStatus.Succeeded) return reject(new Error(r.error.message));
          const dialog = r.value;
          dialog.addEventHandler(office.EventType.DialogMessageReceived, (arg) => {
            dialog.close();
            const m = arg as { message?: string };
            if (typeof m.message === "string") resolve(m.message);
            else reject(new Error("The sign-in dialog sent nothing"));
          });
          dialog.addEventHandler(office.EventType.DialogEventReceived, (arg) => reject(new Error(`The sign-in dialog closed (${(arg as { error?: number }).error ?? "?"})`)));
        });
      }),
  };
}

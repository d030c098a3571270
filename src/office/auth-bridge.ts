/** The Office side of sign-in: whether the host brokers tokens (NAA), who is signed in to Office, the pane's redirect URI, and the dialog API fallback. */
import type { AuthBridge } from "../graph/auth/msal-auth";

export function officeAuthBridge(office: typeof Office | undefined, page: string | undefined = globalThis.location?.href): AuthBridge {
  const naa = () => office?.context?.requirements?.isSetSupported("NestedAppAuth", "1.1") === true;
  return {
    naaSupported: naa,
    // The page without query or hash: the exact SPA redirect URI registered for the pane.
    redirectUri: () => (page ? `${new URL(page).origin}${new URL(page).pathname}` : undefined),
    loginHint: async () => {
      if (!naa() || !office?.auth?.getAuthContext) return undefined;
      const ctx = await office.auth.getAuthContext();
      return ctx.loginHint || ctx.userPrincipalName || undefined;
    },
    // Office.auth.getAuthContext (NestedAppAuth 1.1): the user Office has signed in right now.
    signedInUser: async () => (naa() && office?.auth?.getAuthContext ? ((await office.auth.getAuthContext()).userPrincipalName ?? null) : null),
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

/**
 * auth.html (Office host side): the sign-in page the Office dialog opens where nested app authentication is not
 * available. MSAL's redirect flow runs inside the dialog; the token goes back to the pane with
 * messageParent. Office.js is loaded by the page.
 */
import { PublicClientApplication } from "@azure/msal-browser";
import type { DialogToken } from "../graph/auth/msal-auth";

async function run(): Promise<void> {
  const q = new URLSearchParams(location.search);
  const stored = sessionStorage.getItem("adal.auth.request");
  const req = q.get("clientId") ? { clientId: q.get("clientId") as string, tenant: q.get("tenant") ?? "organizations", scopes: (q.get("scopes") ?? "User.Read").split(" ") } : stored ? (JSON.parse(stored) as { clientId: string; tenant: string; scopes: string[] }) : null;
  if (!req) throw new Error("auth.html was opened without a sign-in request");
  sessionStorage.setItem("adal.auth.request", JSON.stringify(req));
  const pca = new PublicClientApplication({ auth: { clientId: req.clientId, authority: `https://login.microsoftonline.com/${req.tenant}`, redirectUri: `${location.origin}${location.pathname}` }, cache: { cacheLocation: "sessionStorage" } });
  await pca.initialize();
  const back = await pca.handleRedirectPromise();
  if (!back) {
    await pca.loginRedirect({ scopes: req.scopes });
    return;
  }
  const token = await pca.acquireTokenSilent({ scopes: req.scopes, account: back.account }).catch(() => back);
  const message: DialogToken = { accessToken: token.accessToken, expiresOn: token.expiresOn?.getTime() ?? Date.now() + 3000000, upn: back.account.username, displayName: back.account.name ?? back.account.username };
  sessionStorage.removeItem("adal.auth.request");
  Office.context.ui.messageParent(JSON.stringify(message));
}

Office.onReady(() =>
  run().catch((e: Error) => {
    document.body.textContent = `Sign-in failed: ${e.message}`;
    Office.context.ui.messageParent(JSON.stringify({ error: e.message }));
  }),
);

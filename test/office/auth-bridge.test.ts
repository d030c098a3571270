/**
 * Sign-in in Office (issue #13 item 6): nested app authentication needs, in Word on the web, the
 * pane's page as an SPA redirect URI, and signs in as the user Office already knows
 * (Office.auth.getAuthContext, NestedAppAuth 1.1; learn.microsoft.com/office/dev/add-ins/develop/
 * enable-nested-app-authentication-in-your-add-in). The bridge supplies both; MsalAuth passes them.
 */
import type { IPublicClientApplication } from "@azure/msal-browser";
import { emulatorConfig } from "../../src/emulator/emulator-config";
import { MsalAuth } from "../../src/graph/auth/msal-auth";
import { officeAuthBridge } from "../../src/office/auth-bridge";

const config = { ...emulatorConfig("https://graph.microsoft.com/"), clientId: "11111111-2222-4333-8444-555555555555", tenantId: "contoso.onmicrosoft.com" };
const PAGE = "https://adal.example.kz/taskpane.html?_host_Info=Word$Win32$16.01$ru-RU#x";

/** Office as the pane sees it: requirement sets and the auth context of the signed-in user. */
function office(naa: boolean, context = { userPrincipalName: "a.serikova@contoso.kz", loginHint: "a.serikova@contoso.kz" }) {
  return {
    context: { requirements: { isSetSupported: (name: string, v: string) => naa && name === "NestedAppAuth" && v === "1.1" } },
    auth: { getAuthContext: async () => ({ ...context, tenantId: "t", userObjectId: "o", authorityBaseUrl: "https://login.microsoftonline.com", authorityType: "aad" }) },
  } as unknown as typeof Office;
}

test("the bridge gives the pane's page as redirect URI and the Office user as login hint", async () => {
  const bridge = officeAuthBridge(office(true), PAGE);
  expect(bridge.redirectUri?.()).toBe("https://adal.example.kz/taskpane.html");
  expect(await bridge.loginHint?.()).toBe("a.serikova@contoso.kz");
  expect(await officeAuthBridge(office(true, { userPrincipalName: "u@contoso.kz", loginHint: "" }), PAGE).loginHint?.()).toBe("u@contoso.kz");
  expect(await officeAuthBridge(office(false), PAGE).loginHint?.()).toBeUndefined();
});

test("MsalAuth creates the nestable client with that redirect URI and asks silently for that user first", async () => {
  const created: unknown[] = [];
  const requests: unknown[] = [];
  const account = { homeAccountId: "h1", username: "a.serikova@contoso.kz", name: "Серікова А." };
  const pca = {
    acquireTokenSilent: async (r: unknown) => {
      requests.push(r);
      return { accessToken: "t", account };
    },
    acquireTokenPopup: async () => {
      throw new Error("no popup expected");
    },
  } as unknown as IPublicClientApplication;
  const auth = new MsalAuth({ config, bridge: officeAuthBridge(office(true), PAGE), dialogUrl: "https://adal.example.kz/auth.html", createNestable: async (c) => (created.push(c), pca) });
  expect(await auth.getAccessToken(["User.Read"])).toBe("t");
  expect(created).toEqual([{ auth: { clientId: config.clientId, authority: "https://login.microsoftonline.com/contoso.onmicrosoft.com", redirectUri: "https://adal.example.kz/taskpane.html" } }]);
  expect(requests[0]).toEqual({ scopes: ["User.Read"], loginHint: "a.serikova@contoso.kz" });
  // Once MSAL knows the account, it is used instead of the hint.
  await auth.getAccessToken(["Mail.Send"]);
  expect(requests[1]).toMatchObject({ scopes: ["Mail.Send"], account });
  expect(requests[1]).not.toHaveProperty("loginHint");
});

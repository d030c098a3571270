/** MSAL sign-in: NAA silent first, popup on InteractionRequiredAuthError, the Office dialog where NAA is missing. */
import { InteractionRequiredAuthError, type IPublicClientApplication } from "@azure/msal-browser";
import { MsalAuth, type AuthBridge } from "../../src/graph/auth/msal-auth";
import { emulatorConfig } from "../../src/emulator/emulator-config";
import { AccountChangedError, boundTokens } from "../../src/graph/session";

const config = { ...emulatorConfig("https://graph.microsoft.com/"), clientId: "11111111-2222-4333-8444-555555555555", tenantId: "contoso.onmicrosoft.com" };
const account = { homeAccountId: "h1", username: "aigul@contoso.kz", name: "Айгүл" };

function fakePca(silent: () => Promise<unknown>) {
  const calls: string[] = [];
  const pca = {
    acquireTokenSilent: async (r: { scopes: string[] }) => {
      calls.push(`silent:${r.scopes.join(" ")}`);
      return silent();
    },
    acquireTokenPopup: async (r: { scopes: string[] }) => {
      calls.push(`popup:${r.scopes.join(" ")}`);
      return { accessToken: "popup-token", account };
    },
  } as unknown as IPublicClientApplication;
  return { pca, calls };
}

const bridge = (naa: boolean, dialog: string[] = []): AuthBridge & { opened: string[] } => {
  const opened: string[] = [];
  return { opened, naaSupported: () => naa, openDialog: async (url) => (opened.push(url), dialog.shift() ?? "{}") };
};

test("NAA: a silent token when there is one, with the authority of the configured tenant", async () => {
  const { pca, calls } = fakePca(async () => ({ accessToken: "silent-token", account }));
  let authority = "";
  const auth = new MsalAuth({ config, bridge: bridge(true), dialogUrl: "https://x/auth.html", createNestable: async (c) => ((authority = c.auth.authority), pca) });
  expect(await auth.getAccessToken(["User.Read", "Mail.Send"])).toBe("silent-token");
  expect(calls).toEqual(["silent:User.Read Mail.Send"]);
  expect(authority).toBe("https://login.microsoftonline.com/contoso.onmicrosoft.com");
  expect(auth.account()).toEqual({ upn: "aigul@contoso.kz", displayName: "Айгүл" });
});

test("NAA: consent or sign-in needed → one popup; other errors are not hidden behind a popup", async () => {
  const { pca, calls } = fakePca(async () => {
    throw new InteractionRequiredAuthError("consent_required", "The user must consent");
  });
  const auth = new MsalAuth({ config, bridge: bridge(true), dialogUrl: "https://x/auth.html", createNestable: async () => pca });
  expect(await auth.getAccessToken(["Sites.Selected"])).toBe("popup-token");
  expect(calls).toEqual(["silent:Sites.Selected", "popup:Sites.Selected"]);
  const failing = fakePca(async () => {
    throw new Error("network down");
  });
  const auth2 = new MsalAuth({ config, bridge: bridge(true), dialogUrl: "https://x/auth.html", createNestable: async () => failing.pca });
  await expect(auth2.getAccessToken(["User.Read"])).rejects.toThrow("network down");
  expect(failing.calls).toEqual(["silent:User.Read"]);
});

test("without NAA the Office dialog signs in, its token is reused until it expires, errors are reported", async () => {
  const b = bridge(false, [JSON.stringify({ accessToken: "dialog-token", expiresOn: Date.now() + 3600000, upn: "u@contoso.kz", displayName: "U" }), JSON.stringify({ error: "user cancelled" })]);
  const auth = new MsalAuth({ config, bridge: b, dialogUrl: "https://localhost:3000/auth.html", createNestable: async () => { throw new Error("must not be used"); } });
  expect(await auth.getAccessToken(["User.Read"])).toBe("dialog-token");
  expect(await auth.getAccessToken(["User.Read"])).toBe("dialog-token");
  expect(b.opened).toHaveLength(1);
  expect(b.opened[0]).toContain("clientId=11111111-2222-4333-8444-555555555555");
  expect(auth.account()?.upn).toBe("u@contoso.kz");
  await auth.signOut();
  await expect(auth.getAccessToken(["User.Read"])).rejects.toThrow("Sign-in failed: user cancelled");
});

test("NAA: when Office signs in another user, the previous account is dropped and its sessions get no more tokens", async () => {
  const aigul = { homeAccountId: "h1", username: "aigul@contoso.kz", name: "Айгүл" };
  const marat = { homeAccountId: "h2", username: "marat@contoso.kz", name: "Марат" };
  let office = aigul.username;
  const silentFor: string[] = [];
  const pca = {
    getAllAccounts: () => [aigul, marat],
    acquireTokenSilent: async (r: { account?: { username: string } }) => {
      // Without an account NAA answers for whoever Office has signed in.
      const who = r.account ?? (office === marat.username ? marat : aigul);
      silentFor.push(who.username);
      return { accessToken: `token-${who.username}`, account: who };
    },
    acquireTokenPopup: async () => {
      throw new Error("no popup expected");
    },
  } as unknown as IPublicClientApplication;
  const b: AuthBridge = { naaSupported: () => true, openDialog: async () => "{}", signedInUser: async () => office };
  const auth = new MsalAuth({ config, bridge: b, dialogUrl: "https://x/auth.html", createNestable: async () => pca });
  expect(await auth.getAccessToken(["User.Read"])).toBe("token-aigul@contoso.kz");
  const aigulsSession = boundTokens(auth, "aigul@contoso.kz");
  expect(await aigulsSession.getAccessToken(["User.Read"])).toBe("token-aigul@contoso.kz");
  let changes = 0;
  auth.onChange(() => changes++);
  office = marat.username;
  await auth.refresh();
  expect(auth.account()?.upn).toBe("marat@contoso.kz");
  expect(changes).toBe(1);
  expect(await auth.getAccessToken(["User.Read"])).toBe("token-marat@contoso.kz");
  expect(silentFor.at(-1)).toBe("marat@contoso.kz");
  await expect(aigulsSession.getAccessToken(["User.Read"])).rejects.toBeInstanceOf(AccountChangedError);
});

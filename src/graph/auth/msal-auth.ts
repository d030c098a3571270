/**
 * Sign-in for Microsoft 365 through MSAL. Nested app authentication (NAA) first: the Office host
 * brokers the token, no popup, no middle tier. Where the host lacks NestedAppAuth 1.1, the
 * Office dialog API opens auth.html, which signs in with MSAL's redirect flow and hands the
 * token back (popups are blocked in desktop Office hosts, graph-routing.md §7). Silent first,
 * interactive only on InteractionRequiredAuthError, so incremental consent is prompted.
 */
import { InteractionRequiredAuthError, type AccountInfo as MsalAccount, type IPublicClientApplication } from "@azure/msal-browser";
import type { GraphConfig } from "../config";
import type { AccountInfo, Auth } from "../session";

/** What the Office host offers for sign-in (src/office/auth-bridge.ts). */
export interface AuthBridge {
  naaSupported(): boolean;
  /**
   * The pane's page, an SPA redirect URI of the app registration: Word, Excel and PowerPoint on
   * the web run NAA through the browser's own flow and need it (learn.microsoft.com/office/dev/
   * add-ins/develop/enable-nested-app-authentication-in-your-add-in).
   */
  redirectUri?(): string | undefined;
  /** Who is signed in to Office (the auth context of NestedAppAuth 1.1), to sign in as them. */
  loginHint?(): Promise<string | undefined>;
  /**
   * Who Office has signed in now (getAuthContext of the Office auth API, NestedAppAuth 1.1), or null where
   * the host cannot say. The user may switch accounts in Office while the pane stays open.
   */
  signedInUser?(): Promise<string | null>;
  /** Opens the dialog at `url` and resolves with the message it sends to the parent. */
  openDialog(url: string): Promise<string>;
}

/** The token message auth.html sends back. */
export interface DialogToken {
  readonly accessToken: string;
  readonly expiresOn: number;
  readonly upn: string;
  readonly displayName: string;
}

export interface MsalAuthOptions {
  readonly config: GraphConfig;
  readonly bridge: AuthBridge;
  /** createNestablePublicClientApplication, injected so tests can give a fake. */
  readonly createNestable: (c: { auth: { clientId: string; authority: string; redirectUri?: string } }) => Promise<IPublicClientApplication>;
  /** Absolute URL of auth.html (dialog fallback). */
  readonly dialogUrl: string;
}

const same = (a: string | undefined, b: string | undefined) => !!a && !!b && a.toLowerCase() === b.toLowerCase();

export class MsalAuth implements Auth {
  private pca: IPublicClientApplication | null = null;
  private msalAccount: MsalAccount | null = null;
  private dialogToken: DialogToken | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly o: MsalAuthOptions) {}

  private get authority(): string {
    return `https://login.microsoftonline.com/${this.o.config.tenantId}`;
  }

  private async nestable(): Promise<IPublicClientApplication | null> {
    if (!this.o.bridge.naaSupported()) return null;
    const redirectUri = this.o.bridge.redirectUri?.();
    this.pca ??= await this.o.createNestable({ auth: { clientId: this.o.config.clientId, authority: this.authority, ...(redirectUri ? { redirectUri } : {}) } });
    return this.pca;
  }

  account(): AccountInfo | null {
    if (this.msalAccount) return { upn: this.msalAccount.username, displayName: this.msalAccount.name ?? this.msalAccount.username };
    if (this.dialogToken) return { upn: this.dialogToken.upn, displayName: this.dialogToken.displayName };
    return null;
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    for (const l of this.listeners) l();
  }

  async signIn(): Promise<AccountInfo> {
    await this.getAccessToken(["User.Read"], true);
    const a = this.account();
    if (!a) throw new Error("Sign-in did not return an account");
    return a;
  }

  async signOut(): Promise<void> {
    this.msalAccount = null;
    this.dialogToken = null;
    this.changed();
  }

  /**
   * Follows Office's signed-in user: when it is no longer the account tokens were taken for, that
   * account is dropped (listeners hear of it, sessions bound to it get no more tokens) and the
   * cached account of the new user, if MSAL has one, is used.
   */
  async refresh(): Promise<void> {
    const pca = await this.nestable();
    const officeUser = pca ? ((await this.o.bridge.signedInUser?.()) ?? null) : null;
    if (!pca || !officeUser || !this.msalAccount || same(this.msalAccount.username, officeUser)) return;
    this.msalAccount = pca.getAllAccounts().find((a) => same(a.username, officeUser)) ?? null;
    this.changed();
  }

  async getAccessToken(scopes: readonly string[], interactive = false): Promise<string> {
    const pca = await this.nestable();
    if (pca) {
      await this.refresh();
      const officeUser = (await this.o.bridge.signedInUser?.()) ?? null;
      // With no MSAL account yet, sign in as the user Office has (the login hint of the auth context).
      const loginHint = this.msalAccount ? undefined : (officeUser ?? (await this.o.bridge.loginHint?.().catch(() => undefined)));
      const request = { scopes: [...scopes], ...(loginHint ? { loginHint } : {}) };
      try {
        const r = await pca.acquireTokenSilent({ ...request, ...(this.msalAccount ? { account: this.msalAccount } : {}) });
        this.setAccount(r.account);
        return r.accessToken;
      } catch (e) {
        if (!(e instanceof InteractionRequiredAuthError) && !interactive) throw e;
        const r = await pca.acquireTokenPopup({ ...request, ...(officeUser ? { loginHint: officeUser } : {}) });
        this.setAccount(r.account);
        return r.accessToken;
      }
    }
    if (this.dialogToken && this.dialogToken.expiresOn - 60000 > Date.now()) return this.dialogToken.accessToken;
    const url = `${this.o.dialogUrl}?scopes=${encodeURIComponent(scopes.join(" "))}&clientId=${encodeURIComponent(this.o.config.clientId)}&tenant=${encodeURIComponent(this.o.config.tenantId)}`;
    const message = JSON.parse(await this.o.bridge.openDialog(url)) as DialogToken | { error: string };
    if ("error" in message) throw new Error(`Sign-in failed: ${message.error}`);
    this.dialogToken = message;
    this.changed();
    return message.accessToken;
  }

  private setAccount(a: MsalAccount | null): void {
    if (a && (a.homeAccountId !== this.msalAccount?.homeAccountId || !same(a.username, this.msalAccount?.username))) {
      this.msalAccount = a;
      this.changed();
    }
  }
}

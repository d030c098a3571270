/**
 * Everything the Graph side needs for one signed-in user, wired once: the client, the register's
 * lists, mail, the directory and the outbox with its executor. A session belongs to the account
 * it was made for: its token source refuses to hand out a token once another account is signed
 * in, so nothing cached for one user (who "me" is, their outbox entries) can ever be written
 * with another user's token. When the account changes, a new session is made (AccountSessions).
 */
import type { Client } from "@microsoft/microsoft-graph-client";
import { createGraphClient, type FetchLike, type TokenSource } from "./client";
import type { GraphConfig } from "./config";
import { Directory } from "./directory";
import { ListsApi } from "./lists-api";
import { MailApi } from "./mail-api";
import { createExecutor } from "./outbox/execute";
import { Outbox } from "./outbox/outbox";
import type { OutboxStore } from "./outbox/types";
import { DEFAULT_RETRY, type RetryPolicy } from "./reads";

/**
 * Delegated permissions, each for one thing (README explains them):
 * User.Read — who is signed in; User.ReadBasic.All — approvers' names and mail addresses;
 * User.Read.All — a user's manager (escalation A1.2, direct manager for reports P6.1);
 * Sites.Selected — the register site only, once an administrator granted the app write on it;
 * Mail.ReadWrite — create the draft with the .eml attached and find it again after a failure;
 * Mail.Send — send it.
 */
export const GRAPH_SCOPES = ["User.Read", "User.ReadBasic.All", "User.Read.All", "Sites.Selected", "Mail.ReadWrite", "Mail.Send"] as const;

export interface AccountInfo {
  readonly upn: string;
  readonly displayName: string;
}

/** A token source that also knows who is signed in (MSAL, or the emulator's "sign in as"). */
export interface Auth extends TokenSource {
  account(): AccountInfo | null;
  signIn(): Promise<AccountInfo>;
  signOut(): Promise<void>;
  onChange(listener: () => void): () => void;
  /** Asks the host who is signed in now (Office may have switched user); listeners hear of a change. */
  refresh?(): Promise<void>;
}

export interface SessionOptions {
  readonly config: GraphConfig;
  readonly auth: Auth;
  readonly store: OutboxStore;
  readonly fetch?: FetchLike;
  readonly retry?: RetryPolicy;
  readonly now?: () => Date;
  /** The outbox's lease and polling, for tests that want them short. */
  readonly outbox?: { readonly leaseMs?: number; readonly pollMs?: number };
}

export interface GraphSession {
  readonly config: GraphConfig;
  readonly auth: Auth;
  /** The account this session acts for (null: nobody was signed in when it was made). */
  readonly account: string | null;
  readonly client: Client;
  readonly lists: ListsApi;
  readonly mail: MailApi;
  readonly directory: Directory;
  readonly outbox: Outbox;
  readonly now: () => Date;
}

/** Thrown instead of a token when the signed-in account is not the session's (classified as 401). */
export class AccountChangedError extends Error {
  readonly statusCode = 401;
  constructor(expected: string | null, actual: string | null) {
    super(`Signed in as ${actual ?? "nobody"}, but this request was made for ${expected ?? "nobody"}`);
    this.name = "AccountChangedError";
  }
}

const same = (a: string | null | undefined, b: string | null | undefined) => !!a && !!b && a.toLowerCase() === b.toLowerCase();

/** The auth's tokens, but only while `upn` is the signed-in account (checked before and after getting one). */
export function boundTokens(auth: Auth, upn: string | null): TokenSource {
  return {
    async getAccessToken(scopes) {
      if (!same(auth.account()?.upn, upn)) throw new AccountChangedError(upn, auth.account()?.upn ?? null);
      const token = await auth.getAccessToken(scopes);
      if (!same(auth.account()?.upn, upn)) throw new AccountChangedError(upn, auth.account()?.upn ?? null);
      return token;
    },
  };
}

export function createSession(o: SessionOptions): GraphSession {
  const retry = o.retry ?? DEFAULT_RETRY;
  const account = o.auth.account()?.upn ?? null;
  const client = createGraphClient({ baseUrl: o.config.graphBaseUrl, tokens: boundTokens(o.auth, account), scopes: GRAPH_SCOPES, timeoutMs: o.config.requestTimeoutMs, ...(o.fetch ? { fetch: o.fetch } : {}) });
  const lists = new ListsApi(client, o.config, retry);
  const mail = new MailApi(client, retry);
  const directory = new Directory(client, o.config, lists, retry);
  const now = o.now ?? (() => new Date());
  const outbox = new Outbox({
    store: o.store,
    execute: createExecutor(lists, mail, () => directory.me()),
    currentUser: () => (same(o.auth.account()?.upn, account) ? account : null),
    retry,
    now,
    ...(o.outbox?.leaseMs !== undefined ? { leaseMs: o.outbox.leaseMs } : {}),
    ...(o.outbox?.pollMs !== undefined ? { pollMs: o.outbox.pollMs } : {}),
  });
  const session: GraphSession = { config: o.config, auth: o.auth, account, client, lists, mail, directory, outbox, now };
  // Signing in again as this account may unblock entries made earlier.
  o.auth.onChange(() => {
    if (same(o.auth.account()?.upn, account)) void outbox.kick();
  });
  // Entries this account left behind (a closed pane, no network) go out now.
  void outbox.kick();
  return session;
}

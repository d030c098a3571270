/**
 * Everything the Graph side needs for one signed-in user, wired once: the client, the register's
 * lists, mail, the directory and the outbox with its executor.
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
}

export interface SessionOptions {
  readonly config: GraphConfig;
  readonly auth: Auth;
  readonly store: OutboxStore;
  readonly fetch?: FetchLike;
  readonly retry?: RetryPolicy;
  readonly now?: () => Date;
}

export interface GraphSession {
  readonly config: GraphConfig;
  readonly auth: Auth;
  readonly client: Client;
  readonly lists: ListsApi;
  readonly mail: MailApi;
  readonly directory: Directory;
  readonly outbox: Outbox;
  readonly now: () => Date;
}

export function createSession(o: SessionOptions): GraphSession {
  const retry = o.retry ?? DEFAULT_RETRY;
  const client = createGraphClient({ baseUrl: o.config.graphBaseUrl, tokens: o.auth, scopes: GRAPH_SCOPES, timeoutMs: o.config.requestTimeoutMs, ...(o.fetch ? { fetch: o.fetch } : {}) });
  const lists = new ListsApi(client, o.config, retry);
  const mail = new MailApi(client, retry);
  const now = o.now ?? (() => new Date());
  const outbox = new Outbox({ store: o.store, execute: createExecutor(lists, mail), currentUser: () => o.auth.account()?.upn ?? null, retry, now });
  const session: GraphSession = { config: o.config, auth: o.auth, client, lists, mail, directory: new Directory(client, o.config, lists, retry), outbox, now };
  // A new sign-in may unblock entries made by that user earlier.
  o.auth.onChange(() => void outbox.kick());
  return session;
}

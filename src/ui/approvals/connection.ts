/**
 * The pane's way to Microsoft Graph, made once per page: the emulator's "sign in as" when the
 * dev server injected it (npm start), otherwise MSAL with config/graph.json. The session,
 * approvals and reports always belong to the account signed in at the moment they are read
 * (AccountSessions), so switching user never acts with the previous user's session. Loaded
 * lazily, so MSAL and the Graph client are not in the pane's first download.
 */
import { createNestablePublicClientApplication } from "@azure/msal-browser";
import graphJson from "../../../config/graph.json";
import { AccountSessions } from "../../graph/account-sessions";
import type { Approvals } from "../../graph/approvals";
import { MsalAuth } from "../../graph/auth/msal-auth";
import { ConfigError, missingForProduction, parseGraphConfig, type GraphConfig } from "../../graph/config";
import { IdbOutboxStore } from "../../graph/outbox/idb-store";
import { MemoryOutboxStore } from "../../graph/outbox/types";
import type { GraphReportSender } from "../../graph/reports";
import type { Auth, GraphSession } from "../../graph/session";
import { loadSuppliers } from "../../graph/suppliers";
import { officeAuthBridge } from "../../office/auth-bridge";

export type GraphConnection =
  | { readonly state: "ready"; readonly session: GraphSession; readonly approvals: Approvals; readonly reports: GraphReportSender; readonly dev: boolean; readonly auth: Auth }
  | { readonly state: "unconfigured"; readonly missing: readonly string[] }
  | { readonly state: "error"; readonly message: string };

interface DevHook {
  readonly graphBaseUrl: string;
  readonly siteId: string;
  readonly auth: Auth;
  readonly ready: Promise<void>;
}

let connection: Promise<GraphConnection> | null = null;

function ready(config: GraphConfig, auth: Auth, dev: boolean): GraphConnection {
  const store = typeof indexedDB !== "undefined" ? new IdbOutboxStore() : new MemoryOutboxStore();
  const sessions = new AccountSessions({ config, auth, store });
  return {
    state: "ready",
    dev,
    auth,
    get session() {
      return sessions.current().session;
    },
    get approvals() {
      return sessions.current().approvals;
    },
    get reports() {
      return sessions.current().reports;
    },
  };
}

async function connect(): Promise<GraphConnection> {
  // Only the dev server on this machine injects the hook; a deployed pane never takes it.
  const dev = location.hostname === "localhost" ? (globalThis as { adalDev?: DevHook }).adalDev : undefined;
  try {
    if (dev) {
      await dev.ready;
      return ready(parseGraphConfig({ ...graphJson, graphBaseUrl: dev.graphBaseUrl, siteId: dev.siteId, requestTimeoutMs: 15000 }), dev.auth, true);
    }
    const config = parseGraphConfig(graphJson);
    const missing = missingForProduction(config);
    if (missing.length > 0) return { state: "unconfigured", missing };
    const office = (globalThis as { Office?: typeof Office }).Office;
    return ready(config, new MsalAuth({ config, bridge: officeAuthBridge(office), createNestable: createNestablePublicClientApplication, dialogUrl: `${location.origin}/auth.html` }), false);
  } catch (e) {
    return { state: "error", message: e instanceof ConfigError ? e.message : (e as Error).message };
  }
}

export function getConnection(): Promise<GraphConnection> {
  connection ??= connect();
  return connection;
}

/** The supplier registry from the Suppliers list, or null when Graph is not reachable (the bundled list is used then). */
export async function graphSuppliers(): Promise<Awaited<ReturnType<typeof loadSuppliers>> | null> {
  const c = await getConnection();
  if (c.state !== "ready" || !c.auth.account()) return null;
  return loadSuppliers(c.session.lists).catch(() => null);
}

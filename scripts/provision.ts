/**
 * `npm run provision`: an administrator creates Adal's register on the SharePoint site named in
 * config/graph.json. Signs in with the device code flow (msal-node), then runs src/graph/provision.
 *   npm run provision                      real tenant (config/graph.json: clientId, tenantId, siteId, siteUrl)
 *   npm run provision -- --emulator URL    against a running `npm start` (URL e.g. https://localhost:3000/graph/)
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { PublicClientApplication } from "@azure/msal-node";
import { createGraphClient, type FetchLike } from "../src/graph/client";
import { missingForProduction, parseGraphConfig, type GraphConfig } from "../src/graph/config";
import { provision } from "../src/graph/provision";
import { emulatorConfig } from "../src/emulator/emulator-config";
import { httpsFetch } from "../src/emulator/https-fetch";
import { demoUpn } from "../src/emulator/seed";

const GRAPH_SCOPES = ["Sites.Manage.All"];

async function main(argv: string[]): Promise<number> {
  const at = argv.indexOf("--emulator");
  let config: GraphConfig;
  let graphToken: () => Promise<string>;
  let spToken: () => Promise<string>;
  let fetchImpl: FetchLike = (i, init) => fetch(i, init);
  if (at >= 0) {
    const url = argv[at + 1] ?? "https://localhost:3000/graph/";
    config = emulatorConfig(url.endsWith("/") ? url : `${url}/`);
    fetchImpl = httpsFetch(readFileSync(path.join(process.cwd(), ".certs", "localhost.crt"), "utf8"));
    const r = await fetchImpl(`${config.graphBaseUrl}_emulator/token`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ upn: demoUpn("security.head") }) });
    if (!r.ok) throw new Error(`The emulator at ${url} refused a token (${r.status}); is npm start running?`);
    const token = ((await r.json()) as { access_token: string }).access_token;
    graphToken = spToken = async () => token;
  } else {
    config = parseGraphConfig(JSON.parse(readFileSync(path.join(process.cwd(), "config", "graph.json"), "utf8")));
    const missing = [...missingForProduction(config), ...(config.siteUrl ? [] : ["siteUrl"])];
    if (missing.length > 0) {
      process.stderr.write(`config/graph.json needs ${missing.join(", ")} first (README, "Microsoft Graph").\n`);
      return 2;
    }
    const pca = new PublicClientApplication({ auth: { clientId: config.clientId, authority: `https://login.microsoftonline.com/${config.tenantId}` } });
    const device = async (scopes: string[]) => {
      const r = await pca.acquireTokenByDeviceCode({ scopes, deviceCodeCallback: (d) => process.stdout.write(`${d.message}\n`) });
      if (!r) throw new Error("Sign-in was cancelled");
      return r.accessToken;
    };
    const graph = await device(GRAPH_SCOPES);
    graphToken = async () => graph;
    const sp = await device([`${new URL(config.siteUrl).origin}/AllSites.Manage`]);
    spToken = async () => sp;
  }
  const client = createGraphClient({ baseUrl: config.graphBaseUrl, tokens: { getAccessToken: graphToken }, scopes: GRAPH_SCOPES, timeoutMs: 60000, fetch: fetchImpl });
  const sharePoint = async (url: string, init: RequestInit) => fetchImpl(url, { ...init, headers: { ...(init.headers as Record<string, string>), Authorization: `Bearer ${await spToken()}` } });
  const report = await provision({ client, config, sharePoint, log: (l) => process.stdout.write(`${l}\n`) });
  if (report.createdLists.length + report.addedColumns.length + report.securityChanged.length === 0) process.stdout.write("The register is already complete; nothing changed.\n");
  process.stdout.write(`\nStill to do by hand:\n${report.manual.map((m) => `  - ${m}`).join("\n")}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: Error) => {
    process.stderr.write(`provision: ${e.message}\n`);
    process.exitCode = 1;
  },
);

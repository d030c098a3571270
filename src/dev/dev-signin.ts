/**
 * Development only (`npm start`): the "sign in as" picker for the Graph emulator. The dev server
 * injects this script into the pane pages before the pane bundle; it defines `window.adalDev`
 * with the emulator's Graph configuration and an Auth the pane uses instead of MSAL. It is built
 * to build/devweb/, never into dist/ (a test checks the production files).
 */
import type { AccountInfo, Auth } from "../graph/session";
import { DEMO_SITE_ID } from "../emulator/demo-ids";

interface Person {
  readonly upn: string;
  readonly displayName: string;
  readonly jobTitle: string;
  readonly department: string;
}

const KEY = "adal.dev.upn";
const base = `${location.origin}/graph`;
const listeners = new Set<() => void>();
let people: Person[] = [];
let token: { upn: string; value: string; until: number } | null = null;

function current(): AccountInfo | null {
  const upn = sessionStorage.getItem(KEY);
  const p = people.find((x) => x.upn === upn);
  return p ? { upn: p.upn, displayName: p.displayName } : upn ? { upn, displayName: upn } : null;
}

function choose(upn: string): void {
  if (upn) sessionStorage.setItem(KEY, upn);
  else sessionStorage.removeItem(KEY);
  token = null;
  for (const l of listeners) l();
}

const auth: Auth = {
  account: current,
  async signIn() {
    const a = current();
    if (!a) throw new Error("Choose a demo user in the bar at the top (Graph emulator)");
    return a;
  },
  async signOut() {
    choose("");
  },
  onChange(l) {
    listeners.add(l);
    return () => listeners.delete(l);
  },
  async getAccessToken() {
    const a = current();
    if (!a) throw Object.assign(new Error("Not signed in"), { statusCode: 401 });
    if (token && token.upn === a.upn && token.until > Date.now()) return token.value;
    const r = await fetch(`${base}/_emulator/token`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ upn: a.upn }) });
    if (!r.ok) throw Object.assign(new Error(`The emulator refused a token for ${a.upn}`), { statusCode: 401 });
    const t = (await r.json()) as { access_token: string; expires_in: number };
    token = { upn: a.upn, value: t.access_token, until: Date.now() + (t.expires_in - 60) * 1000 };
    return t.access_token;
  },
};

function renderBar(): void {
  const bar = document.createElement("div");
  bar.setAttribute("role", "region");
  bar.setAttribute("aria-label", "Graph emulator");
  bar.style.cssText = "display:flex;gap:8px;align-items:center;flex-wrap:wrap;padding:6px 12px;background:#fff4ce;border-bottom:1px solid #c19c00;font:14px Segoe UI,system-ui,sans-serif;color:#242424";
  const label = document.createElement("label");
  label.htmlFor = "adal-dev-user";
  label.textContent = "Graph emulator — sign in as:";
  const select = document.createElement("select");
  select.id = "adal-dev-user";
  select.style.cssText = "font:inherit;padding:2px 4px;max-width:100%";
  const none = document.createElement("option");
  none.value = "";
  none.textContent = "(signed out)";
  select.append(none);
  for (const p of people) {
    const o = document.createElement("option");
    o.value = p.upn;
    o.textContent = `${p.displayName} — ${p.jobTitle} (${p.department})`;
    select.append(o);
  }
  select.value = sessionStorage.getItem(KEY) ?? "";
  select.addEventListener("change", () => choose(select.value));
  const outbox = document.createElement("a");
  outbox.href = `${base}/_emulator/outbox`;
  outbox.target = "_blank";
  outbox.rel = "noopener";
  outbox.textContent = "sent mail";
  bar.append(label, select, outbox);
  document.body.prepend(bar);
}

declare global {
  interface Window {
    adalDev?: { graphBaseUrl: string; siteId: string; auth: Auth; ready: Promise<void> };
  }
}

const ready = fetch(`${base}/_emulator/people`)
  .then((r) => r.json() as Promise<{ value: Person[] }>)
  .then((p) => {
    people = p.value;
    if (document.body) renderBar();
    else document.addEventListener("DOMContentLoaded", renderBar, { once: true });
    for (const l of listeners) l();
  });

window.adalDev = { graphBaseUrl: `${base}/`, siteId: DEMO_SITE_ID, auth, ready };

#!/usr/bin/env node
/**
 * `npm run sideload [word|outlook]`: where Word or Outlook desktop exists (Windows, macOS) starts it
 * with the add-in through Microsoft's office-addin-debugging, fetched by npx on first use (it has
 * native Windows parts that do not build on Linux, so it is not a dependency of the project).
 * Elsewhere prints how to sideload into Office on the web, which works from any OS.
 */
const { spawnSync } = require("node:child_process");
const path = require("node:path");

const app = (process.argv[2] ?? "word").toLowerCase();
const manifests = { word: "manifest.xml", outlook: "manifest.outlook.xml" };
if (!manifests[app]) {
  console.error(`sideload: unknown application "${app}"; use word or outlook`);
  process.exit(2);
}
const manifest = path.join(__dirname, "..", "dist", manifests[app]);

if (process.platform === "win32" || process.platform === "darwin") {
  console.log(`Starting ${app} with ${manifest} (keep \`npm start\` running in another terminal).`);
  const r = spawnSync("npx", ["--yes", "office-addin-debugging@6", "start", manifest, "desktop", "--app", app, "--no-debug", "--dev-server-port", "3000"], { stdio: "inherit", shell: process.platform === "win32" });
  process.exit(r.status ?? 1);
}

const web = app === "word"
  ? [
      "1. Keep `npm start` running; open https://localhost:3000/ once in the browser you use for Office and accept the development certificate.",
      "2. Open a document in Word on the web (https://www.office.com).",
      "3. Home > Add-ins > More add-ins > My add-ins > Upload my add-in, choose:",
      `   ${manifest}`,
      "4. The Adal group with Check draft appears on the Home tab.",
    ]
  : [
      "1. Keep `npm start` running; open https://localhost:3000/ once and accept the development certificate.",
      "2. Open https://aka.ms/olksideload in Outlook on the web (it opens Add-ins for Outlook).",
      "3. My add-ins > Custom Addins > Add a custom add-in > Add from File, choose:",
      `   ${manifest}`,
      "4. Open a mail: Adal appears in the message's app bar. The on-send check (Smart Alerts) only",
      "   runs when an administrator deploys the add-in (Microsoft 365 admin center > Integrated apps).",
    ];
console.log(`No ${app} desktop on ${process.platform}; sideload into ${app === "word" ? "Word" : "Outlook"} on the web:\n${web.join("\n")}`);

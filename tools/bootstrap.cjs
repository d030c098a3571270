#!/usr/bin/env node
// Runs before `npm start` and `npm test` so both work on a fresh clone: installs the locked
// dependencies when node_modules is missing or older than package-lock.json.
"use strict";
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");

const root = path.join(__dirname, "..");
const lock = path.join(root, "package-lock.json");
const installed = path.join(root, "node_modules", ".package-lock.json");

function mtime(p) {
  try {
    return fs.statSync(p).mtimeMs;
  } catch {
    return -1;
  }
}

const [major, minor] = process.versions.node.split(".").map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  process.stderr.write(`Adal needs Node.js 20.19 or newer; this is ${process.version}.\n`);
  process.exit(1);
}

if (mtime(installed) < 0 || mtime(installed) < mtime(lock)) {
  process.stderr.write("Installing dependencies (npm ci)...\n");
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const r = spawnSync(npm, ["ci", "--no-audit", "--no-fund"], { cwd: root, stdio: "inherit" });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

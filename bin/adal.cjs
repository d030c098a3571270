#!/usr/bin/env node
"use strict";
// The CLI is bundled by webpack (npm run build:node, run automatically by `npm install`).
const path = require("node:path");
const bundle = path.join(__dirname, "..", "build", "node", "adal.cjs");
let cli;
try {
  cli = require(bundle);
} catch (e) {
  if (e && e.code === "MODULE_NOT_FOUND" && String(e.message).includes("adal.cjs")) {
    process.stderr.write("adal: the CLI has not been built yet; run `npm install` or `npm run build:node` in the project folder.\n");
    process.exit(2);
  }
  throw e;
}
// `adal ... | head` closes the pipe early; that is the reader's choice, not an error.
process.stdout.on("error", (e) => {
  if (e && e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw e;
});
cli.run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`adal: ${err && err.stack ? err.stack : err}\n`);
    process.exitCode = 2;
  },
);

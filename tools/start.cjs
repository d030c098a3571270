#!/usr/bin/env node
// `npm start`: checks that the port is free BEFORE the build (a half-minute build that ends in
// "port in use" wastes the wait), then builds the add-ins and the server and runs it.
// Arguments go to the server: npm start -- --port 3100 [--host localhost].
"use strict";
const { spawn, spawnSync } = require("node:child_process");
const net = require("node:net");
const path = require("node:path");

const root = path.join(__dirname, "..");
const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};

/** Resolves when host:port can be listened on, rejects with the listen error otherwise. */
function portFree(port, host) {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

async function main() {
  const port = Number(arg("--port", process.env.PORT || "3000"));
  const host = arg("--host", "localhost");
  try {
    await portFree(port, host);
  } catch (e) {
    const next = port + 100;
    process.stderr.write(
      e.code === "EADDRINUSE"
        ? `Port ${port} on ${host} is already in use (another npm start?). Stop it, or start on another port: npm start -- --port ${next}\n`
        : `Cannot listen on ${host}:${port}: ${e.message}\n`,
    );
    process.exit(1);
  }
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  for (const script of ["build", "build:node"]) {
    const r = spawnSync(npm, ["run", script, "--silent"], { cwd: root, stdio: "inherit" });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
  const server = spawn(process.execPath, [path.join(root, "build", "node", "serve.cjs"), ...args], { cwd: root, stdio: "inherit" });
  for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => server.kill(sig));
  server.on("exit", (code) => process.exit(code ?? 0));
}

void main();

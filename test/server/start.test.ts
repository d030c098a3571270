/**
 * The development server (src/server, tools/start.cjs): `npm start` says a port is taken before
 * it spends half a minute building (issue #14 item 14), and browsers asking for /favicon.ico
 * get the add-in icon instead of a 404.
 */
import { spawnSync } from "node:child_process";
import { get } from "node:https";
import { createServer, type Server } from "node:net";
import path from "node:path";
import { serve } from "../../src/server/serve";

const ROOT = path.join(__dirname, "..", "..");

function listen(): Promise<{ server: Server; port: number }> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, "localhost", () => resolve({ server, port: (server.address() as { port: number }).port }));
  });
}

test("npm start stops at once on a busy port, before building, and says how to use another", async () => {
  const { server, port } = await listen();
  try {
    const r = spawnSync(process.execPath, [path.join(ROOT, "tools", "start.cjs"), "--port", String(port)], { cwd: ROOT, encoding: "utf8", env: { ...process.env, npm_config_loglevel: "silent" } });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`Port ${port} on localhost is already in use`);
    expect(r.stderr).toContain(`npm start -- --port ${port + 100}`);
    // Nothing was built: webpack prints "compiled" for every build it runs.
    expect(`${r.stdout}${r.stderr}`).not.toMatch(/compiled/u);
  } finally {
    server.close();
  }
});

test("/favicon.ico answers with the add-in icon", async () => {
  const s = await serve({ root: path.join(ROOT, "dist"), port: 0, host: "localhost", certDir: path.join(ROOT, ".certs"), log: () => undefined });
  try {
    // Through https with the development certificate accepted (Node's fetch refuses it).
    const { status, type } = await httpsGet(`${s.url}/favicon.ico`);
    expect(status).toBe(200);
    expect(type).toBe("image/png");
  } finally {
    await s.close();
  }
});

function httpsGet(url: string): Promise<{ status: number; type: string | null }> {
  return new Promise((resolve, reject) => {
    get(url, { rejectUnauthorized: false }, (res) => {
        res.resume();
        resolve({ status: res.statusCode ?? 0, type: (res.headers["content-type"] as string | undefined) ?? null });
      })
      .on("error", reject);
  });
}

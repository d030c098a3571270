/** Entry of `npm start`'s server: `node build/node/serve.cjs [--port 3000] [--host localhost] [--dist dist]`. */
import path from "node:path";
import { serve } from "./serve";

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? (args[i + 1] as string) : fallback;
};
const root = process.cwd();
serve({
  root: path.resolve(arg("--dist", path.join(root, "dist"))),
  port: Number(arg("--port", process.env.PORT ?? "3000")),
  host: arg("--host", "localhost"),
  certDir: path.join(root, ".certs"),
  log: (s) => process.stdout.write(`${s}\n`),
}).catch((e: NodeJS.ErrnoException) => {
  process.stderr.write(e.code === "EADDRINUSE" ? `Port ${arg("--port", "3000")} is in use; stop the other server or run: npm start -- --port 3100\n` : `adal serve: ${e.message}\n`);
  process.exitCode = 1;
});


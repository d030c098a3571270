/**
 * A self-signed certificate for https://localhost, made when the server starts and kept in the
 * project's .certs/ folder. Nothing is installed into the system trust store (CI must not touch
 * it); browsers show a warning, and Office on a developer machine needs it trusted once (README).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { X509Certificate } from "node:crypto";
import path from "node:path";
import selfsigned from "selfsigned";

export interface DevCert {
  readonly key: string;
  readonly cert: string;
  readonly path: string;
}

const RENEW_BEFORE_MS = 7 * 24 * 3600 * 1000;

export async function ensureDevCert(dir: string): Promise<DevCert> {
  const keyFile = path.join(dir, "localhost.key");
  const certFile = path.join(dir, "localhost.crt");
  if (existsSync(keyFile) && existsSync(certFile)) {
    const cert = readFileSync(certFile, "utf8");
    const validTo = new Date(new X509Certificate(cert).validTo).getTime();
    if (validTo - Date.now() > RENEW_BEFORE_MS) return { key: readFileSync(keyFile, "utf8"), cert, path: certFile };
  }
  mkdirSync(dir, { recursive: true });
  const notAfter = new Date();
  notAfter.setFullYear(notAfter.getFullYear() + 1);
  const pems = await selfsigned.generate([{ name: "commonName", value: "localhost" }, { name: "organizationName", value: "Adal development" }], {
    keySize: 2048,
    algorithm: "sha256",
    notAfterDate: notAfter,
    extensions: [
      { name: "basicConstraints", cA: false },
      { name: "keyUsage", digitalSignature: true, keyEncipherment: true },
      { name: "extKeyUsage", serverAuth: true },
      { name: "subjectAltName", altNames: [{ type: 2, value: "localhost" }, { type: 7, ip: "127.0.0.1" }] },
    ],
  });
  writeFileSync(keyFile, pems.private, { mode: 0o600 });
  writeFileSync(certFile, pems.cert);
  return { key: pems.private, cert: pems.cert, path: certFile };
}

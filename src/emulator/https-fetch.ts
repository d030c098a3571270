/**
 * fetch over node:https trusting one extra CA (the emulator's self-signed certificate), so Node
 * tests and the bench run the real Graph client against the emulator with certificate checks on.
 * Node 20's global fetch cannot take a CA without an extra package.
 */
import { request } from "node:https";

export function httpsFetch(ca: string): (input: RequestInfo | URL, init?: RequestInit) => Promise<Response> {
  return async (input, init) => {
    const req = input instanceof Request ? input : null;
    const url = new URL(req ? req.url : String(input));
    const method = init?.method ?? req?.method ?? "GET";
    const headers = new Headers(init?.headers ?? req?.headers);
    const body = init?.body ?? null;
    const payload = body === null || body === undefined ? undefined : typeof body === "string" ? body : Buffer.from(await new Response(body as BodyInit).arrayBuffer());
    return new Promise<Response>((resolve, reject) => {
      const r = request(url, { method, headers: Object.fromEntries(headers.entries()), ca, agent: false }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("error", reject);
        res.on("aborted", () => reject(new TypeError("fetch failed: connection closed")));
        res.on("end", () => {
          const h = new Headers();
          for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) h.set(k, Array.isArray(v) ? v.join(", ") : v);
          const status = res.statusCode ?? 500;
          resolve(new Response(status === 204 || status === 202 || status === 304 ? null : Buffer.concat(chunks), { status, statusText: res.statusMessage ?? "", headers: h }));
        });
      });
      r.on("error", (e) => reject(new TypeError(`fetch failed: ${e.message}`)));
      const signal = init?.signal;
      if (signal) {
        if (signal.aborted) r.destroy(new Error("aborted"));
        signal.addEventListener("abort", () => {
          r.destroy();
          const err = new Error("The operation was aborted.");
          err.name = "AbortError";
          reject(err);
        });
      }
      if (payload !== undefined) r.write(payload);
      r.end();
    });
  };
}

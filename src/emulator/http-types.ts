/** What an emulator route sees and answers; the server turns these into HTTP. */
import type { EmuUser } from "./store";

export interface EmuRequest {
  readonly method: string;
  /** Path after the version segment, without a leading slash: "me/manager". */
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: Readonly<Record<string, string | undefined>>;
  readonly body: unknown;
  readonly user: EmuUser;
  /** https://host[/prefix]/v1.0 — for @odata.context and @odata.nextLink. */
  readonly base: string;
}

export interface EmuResponse {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

/** Graph's error body: { error: { code, message, innerError } }. */
export function graphError(status: number, code: string, message: string): EmuResponse {
  return { status, body: { error: { code, message, innerError: { date: new Date().toISOString(), "request-id": crypto.randomUUID(), "client-request-id": crypto.randomUUID() } } } };
}

export const ok = (body: unknown, status = 200, headers?: Record<string, string>): EmuResponse => ({ status, body, headers });

/**
 * One reading of a failed Graph call, for the outbox (retry or give up) and for the UI (what to
 * tell the user). Graph's retry rules: 429 and 503 carry Retry-After; 504, timeouts and dropped
 * connections are worth retrying; 4xx other than 408/409/412/429 are not.
 */
export type FailureKind = "throttled" | "unavailable" | "timeout" | "network" | "unauthorized" | "forbidden" | "not-found" | "conflict" | "precondition" | "invalid" | "too-large" | "other";

export interface Failure {
  readonly kind: FailureKind;
  readonly status?: number;
  readonly retryable: boolean;
  /** From Retry-After, when the service said how long to wait. */
  readonly retryAfterMs?: number;
  readonly message: string;
}

/** Thrown by the fetch layer when a request outlives its time limit. */
export class RequestTimeout extends Error {
  constructor(ms: number) {
    super(`No answer from Microsoft Graph within ${Math.round(ms / 1000)} s`);
    this.name = "RequestTimeout";
  }
}

function retryAfter(headers: unknown): number | undefined {
  const h = headers as { get?: (k: string) => string | null } | undefined;
  const v = typeof h?.get === "function" ? h.get("Retry-After") : undefined;
  if (!v) return undefined;
  const seconds = Number(v);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(v);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

export function classifyFailure(e: unknown): Failure {
  const err = e as { statusCode?: number; code?: string; message?: string; headers?: unknown; name?: string } | undefined;
  const message = err?.message ?? String(e);
  if (e instanceof RequestTimeout || err?.name === "RequestTimeout" || err?.code === "RequestTimeout" || err?.name === "AbortError") return { kind: "timeout", retryable: true, message };
  // The session's account is no longer the signed-in one (session.ts); the SDK passes our error's name as the code.
  if (err?.name === "AccountChangedError" || err?.code === "AccountChangedError") return { kind: "unauthorized", retryable: false, message };
  const status = typeof err?.statusCode === "number" && err.statusCode > 0 ? err.statusCode : undefined;
  if (status === undefined) return { kind: "network", retryable: true, message };
  const ra = retryAfter(err?.headers);
  const base = { status, message, ...(ra !== undefined ? { retryAfterMs: ra } : {}) };
  if (status === 429) return { ...base, kind: "throttled", retryable: true };
  if (status === 503 || status === 502 || status === 504 || status === 500) return { ...base, kind: "unavailable", retryable: true };
  if (status === 408) return { ...base, kind: "timeout", retryable: true };
  if (status === 401) return { ...base, kind: "unauthorized", retryable: false };
  if (status === 403) return { ...base, kind: "forbidden", retryable: false };
  if (status === 404) return { ...base, kind: "not-found", retryable: false };
  if (status === 409) return { ...base, kind: "conflict", retryable: false };
  if (status === 412) return { ...base, kind: "precondition", retryable: false };
  if (status === 413) return { ...base, kind: "too-large", retryable: false };
  if (status >= 400 && status < 500) return { ...base, kind: "invalid", retryable: false };
  return { ...base, kind: "other", retryable: true };
}

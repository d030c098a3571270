/**
 * Reads are safe to repeat, so they retry here on throttling, 503/504, timeouts and dropped
 * connections, waiting what Retry-After says (or backing off), a few times before giving up.
 */
import { classifyFailure } from "./errors";

export type Sleep = (ms: number) => Promise<void>;
export const realSleep: Sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export interface RetryPolicy {
  readonly sleep: Sleep;
  readonly attempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { sleep: realSleep, attempts: 6, baseDelayMs: 1000, maxDelayMs: 60000 };

/** Delay before attempt `attempt` (1-based) when the service gave no Retry-After. */
export function backoff(policy: RetryPolicy, attempt: number): number {
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
}

export async function readWithRetry<T>(policy: RetryPolicy, read: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await read();
    } catch (e) {
      const f = classifyFailure(e);
      if (!f.retryable || attempt >= policy.attempts) throw e;
      await policy.sleep(f.retryAfterMs ?? backoff(policy, attempt));
    }
  }
}

/**
 * Switchable fault injection, after Dev Proxy's random-error and rate-limiting plugins:
 * throttling (429 + Retry-After), 503, slow answers and dropped connections. Slow answers and
 * half of the drops happen after the request was carried out, the case that duplicates writes
 * in clients without idempotency.
 */
export type FaultKind = "throttle" | "unavailable" | "slow" | "drop";

export interface FaultPlan {
  /** Share of requests that fail, 0–1. */
  readonly rate: number;
  readonly kinds: readonly FaultKind[];
  readonly retryAfterSeconds: number;
  readonly slowMs: number;
  /** Makes a run repeatable. */
  readonly seed: number;
}

export interface FaultDecision {
  readonly kind: FaultKind;
  /** For drops and slow answers: whether the request is carried out first. */
  readonly afterExecute: boolean;
}

export const NO_FAULTS: FaultPlan = { rate: 0, kinds: ["throttle", "unavailable", "slow", "drop"], retryAfterSeconds: 1, slowMs: 3000, seed: 1 };

export class Faults {
  private plan: FaultPlan = NO_FAULTS;
  private state = 1;
  readonly injected: Record<FaultKind, number> = { throttle: 0, unavailable: 0, slow: 0, drop: 0 };

  set(plan: Partial<FaultPlan>): FaultPlan {
    const next = { ...this.plan, ...plan };
    if (!(next.rate >= 0 && next.rate <= 1)) throw new Error("rate must be between 0 and 1");
    if (next.kinds.length === 0 && next.rate > 0) throw new Error("kinds must name at least one fault");
    this.plan = next;
    this.state = next.seed >>> 0 || 1;
    return next;
  }

  get current(): FaultPlan {
    return this.plan;
  }

  /** xorshift32: deterministic for a seed, no dependency. */
  private random(): number {
    let x = this.state;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.state = x >>> 0;
    return this.state / 0x100000000;
  }

  next(): FaultDecision | null {
    if (this.plan.rate <= 0 || this.random() >= this.plan.rate) return null;
    const kind = this.plan.kinds[Math.floor(this.random() * this.plan.kinds.length)] as FaultKind;
    this.injected[kind]++;
    return { kind, afterExecute: kind === "slow" || (kind === "drop" && this.random() < 0.5) };
  }
}

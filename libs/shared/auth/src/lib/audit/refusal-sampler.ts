import { AuditEntry } from '@accord/shared/audit';

/** Identical refusals (same key) that were counted but not written, to be recorded as one summary row. */
export interface SuppressedRefusals {
  readonly entry: AuditEntry;
  readonly suppressed: number;
  readonly from: number;
  readonly to: number;
}

interface Window {
  readonly entry: AuditEntry;
  readonly startedAt: number;
  suppressed: number;
  lastAt: number;
}

export interface RefusalSamplerOptions {
  /** One row per key per window; the rest are counted. */
  windowMs?: number;
  /** Keys tracked at once; beyond it the oldest window is closed early (its count is still reported). */
  maxKeys?: number;
  now?: () => number;
}

/**
 * Keeps an anonymous scanner from filling the audit table: the first refusal of a key (ip + route) in a
 * window is written, later identical ones are only counted, and each closed window with a count yields
 * one summary. Memory is bounded by `maxKeys`.
 */
export class RefusalSampler {
  private readonly windows = new Map<string, Window>();
  private readonly closed: SuppressedRefusals[] = [];
  private readonly windowMs: number;
  private readonly maxKeys: number;
  private readonly now: () => number;

  constructor(options: RefusalSamplerOptions = {}) {
    this.windowMs = options.windowMs ?? 60_000;
    this.maxKeys = options.maxKeys ?? 10_000;
    this.now = options.now ?? Date.now;
  }

  /** True when this refusal is to be written; false when it was only counted. */
  admit(key: string, entry: AuditEntry): boolean {
    const at = this.now();
    const open = this.windows.get(key);
    if (open && at - open.startedAt < this.windowMs) {
      open.suppressed += 1;
      open.lastAt = at;
      return false;
    }
    if (open) this.close(key, open);
    if (this.windows.size >= this.maxKeys) this.closeOldest();
    this.windows.set(key, { entry, startedAt: at, suppressed: 0, lastAt: at });
    return true;
  }

  /** Summaries of windows that have ended (or were closed early), each reported once. */
  take(): SuppressedRefusals[] {
    const at = this.now();
    for (const [key, w] of this.windows) if (at - w.startedAt >= this.windowMs) this.close(key, w);
    return this.closed.splice(0, this.closed.length);
  }

  get trackedKeys(): number {
    return this.windows.size;
  }

  private closeOldest(): void {
    const oldest = this.windows.entries().next();
    if (!oldest.done) this.close(oldest.value[0], oldest.value[1]);
  }

  private close(key: string, w: Window): void {
    this.windows.delete(key);
    if (w.suppressed > 0) this.closed.push({ entry: w.entry, suppressed: w.suppressed, from: w.startedAt, to: w.lastAt });
  }
}

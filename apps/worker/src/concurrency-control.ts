// Runs nextConcurrency (adaptive-concurrency.ts) against the live ingest worker: counts jobs and
// their latency, samples whether every slot is busy and how busy the event loop is, and sets the
// BullMQ worker's concurrency once per window.
import { performance } from "node:perf_hooks";
import type { WorkerMetrics } from "@tidemark/metrics";
import type { Worker } from "bullmq";
import { type ConcurrencyBounds, type ConcurrencyState, nextConcurrency } from "./adaptive-concurrency.ts";
import type { Logger } from "./logger.ts";

const SAMPLE_MS = 200;

export class IngestConcurrency {
  #inflight = 0;
  #completed = 0;
  #sumMs = 0;
  #samples = 0;
  #saturatedSamples = 0;
  #state: ConcurrencyState;
  #elu = performance.eventLoopUtilization();
  #timers: NodeJS.Timeout[] = [];
  #worker: Worker | undefined;

  constructor(
    private readonly bounds: ConcurrencyBounds,
    initial: number,
    private readonly metrics: WorkerMetrics,
    private readonly logger: Logger,
    private readonly windowMs = 3_000,
  ) {
    this.#state = { limit: initial, baselineMs: null, lastRate: 0 };
    metrics.ingestConcurrency.set(initial);
  }

  get limit(): number {
    return this.#state.limit;
  }

  /** Hooks for the processor of the ingest queue. */
  started(): void {
    this.#inflight += 1;
  }

  /** `ms`: the job's run time less any politeness wait (which says nothing about our capacity). */
  finished(ms: number): void {
    this.#inflight = Math.max(0, this.#inflight - 1);
    this.#completed += 1;
    this.#sumMs += ms;
  }

  /** Starts adapting `worker` (a no-op when min = max). */
  attach(worker: Worker): void {
    this.#worker = worker;
    if (this.bounds.min === this.bounds.max) return;
    this.#timers.push(
      setInterval(() => {
        this.#samples += 1;
        if (this.#inflight >= this.#state.limit) this.#saturatedSamples += 1;
      }, SAMPLE_MS),
      setInterval(() => this.#adapt(), this.windowMs),
    );
    for (const timer of this.#timers) timer.unref();
  }

  stop(): void {
    for (const timer of this.#timers) clearInterval(timer);
    this.#timers = [];
  }

  #adapt(): void {
    const elu = performance.eventLoopUtilization(this.#elu);
    this.#elu = performance.eventLoopUtilization();
    const window = {
      completed: this.#completed,
      meanMs: this.#completed > 0 ? this.#sumMs / this.#completed : 0,
      eventLoopBusy: elu.utilization,
      saturated: this.#samples > 0 ? this.#saturatedSamples / this.#samples : 0,
      windowMs: this.windowMs,
    };
    this.#completed = 0;
    this.#sumMs = 0;
    this.#samples = 0;
    this.#saturatedSamples = 0;
    const before = this.#state.limit;
    this.#state = nextConcurrency(this.#state, window, this.bounds);
    this.metrics.eventLoopUtilization.set(elu.utilization);
    if (this.#state.limit !== before && this.#worker) {
      this.#worker.concurrency = this.#state.limit;
      this.metrics.ingestConcurrency.set(this.#state.limit);
      this.logger.debug({ from: before, to: this.#state.limit, ...window }, "ingest concurrency adapted");
    }
  }
}

import { describe, expect, it } from "vitest";
import { type ConcurrencyState, nextConcurrency } from "../src/adaptive-concurrency.ts";

const bounds = { min: 2, max: 64 };
const start: ConcurrencyState = { limit: 8, baselineMs: null, lastRate: 0 };
const window = { completed: 100, meanMs: 50, eventLoopBusy: 0.4, saturated: 1, windowMs: 2_000 };

describe("adaptive ingest concurrency", () => {
  it("grows while every slot is busy and the CPU has room", () => {
    let state = start;
    const limits: number[] = [];
    for (let i = 0; i < 6; i += 1) {
      // Throughput grows with the slots, latency stays put: waiting on I/O, not on a shared limit.
      state = nextConcurrency(state, { ...window, completed: state.limit * 20 }, bounds);
      limits.push(state.limit);
    }
    expect(limits).toEqual([10, 12, 15, 18, 22, 27]);
  });

  it("shrinks when the event loop is saturated (CPU-bound)", () => {
    const state = nextConcurrency({ ...start, limit: 40 }, { ...window, eventLoopBusy: 0.97 }, bounds);
    expect(state.limit).toBe(32);
  });

  it("shrinks when latency doubles without more throughput, and never below the minimum", () => {
    let state = nextConcurrency(start, window, bounds);
    state = nextConcurrency(state, { ...window, meanMs: 180, eventLoopBusy: 0.5 }, bounds);
    expect(state.limit).toBeLessThan(10);
    for (let i = 0; i < 40; i += 1)
      state = nextConcurrency(state, { ...window, eventLoopBusy: 0.99 }, bounds);
    expect(state.limit).toBe(bounds.min);
  });

  it("holds when slots are idle, and never exceeds the maximum", () => {
    expect(nextConcurrency(start, { ...window, saturated: 0.1 }, bounds).limit).toBe(8);
    let state = start;
    for (let i = 0; i < 40; i += 1) state = nextConcurrency(state, { ...window, completed: 10_000 }, bounds);
    expect(state.limit).toBe(64);
  });

  it("does not move when min equals max", () => {
    const fixed = { min: 8, max: 8 };
    expect(nextConcurrency(start, { ...window, eventLoopBusy: 0.99 }, fixed).limit).toBe(8);
    expect(nextConcurrency(start, window, fixed).limit).toBe(8);
  });
});

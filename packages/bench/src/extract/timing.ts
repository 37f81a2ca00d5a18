// Throughput measurement: warm both extractors up, then time full passes over in-memory pages,
// alternating the order between rounds so that neither always runs on a "cooler" machine.
import { performance } from "node:perf_hooks";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { type BenchOutput, type Extractor, safeExtract } from "./extractors.ts";

export interface Page {
  readonly html: string;
  readonly url: string | undefined;
  readonly fetchedAt?: Date;
}

export interface TimedRun {
  readonly outputs: BenchOutput[];
  /** Median pages/second over the rounds. */
  readonly pagesPerSecond: number;
  readonly seconds: number[];
  /** Seconds spent on each page, per round (rounds × pages), for throughput on a subset. */
  readonly pageSeconds: number[][];
  /**
   * CPU seconds (user + system, all threads of the process) spent on each page, per round. On a
   * shared machine wall time also counts the time other processes held the cores; CPU time
   * counts only the work done.
   */
  readonly pageCpuSeconds: number[][];
}

/** Median pages/second over the rounds, counting only the pages whose index passes `include`. */
export function subsetPagesPerSecond(
  run: TimedRun,
  include: (index: number) => boolean,
  clock: "wall" | "cpu" = "wall",
): number {
  const totals = (clock === "wall" ? run.pageSeconds : run.pageCpuSeconds).map((round) =>
    round.reduce((sum, seconds, index) => (include(index) ? sum + seconds : sum), 0),
  );
  const count = (run.pageSeconds[0] ?? []).filter((_, index) => include(index)).length;
  return count / median(totals);
}

const WARM_UP_PAGES = 40;

/**
 * A full garbage collection before each timed pass, so that neither extractor pays for the
 * garbage the other one left (Readability on linkedom allocates far more per page).
 */
const collectGarbage: () => void = (() => {
  setFlagsFromString("--expose-gc");
  const gc: unknown = runInNewContext("gc");
  if (typeof gc !== "function") throw new Error("could not expose the garbage collector");
  return () => {
    gc();
  };
})();

export function timeExtractors(
  extractors: readonly Extractor[],
  pages: readonly Page[],
  rounds: number,
): TimedRun[] {
  for (const extractor of extractors) {
    for (const page of pages.slice(0, WARM_UP_PAGES))
      safeExtract(extractor, page.html, page.url, page.fetchedAt);
  }
  const outputs: BenchOutput[][] = extractors.map(() => []);
  const seconds: number[][] = extractors.map(() => []);
  const pageSeconds: number[][][] = extractors.map(() => []);
  const pageCpuSeconds: number[][][] = extractors.map(() => []);
  for (let round = 0; round < rounds; round++) {
    const order = extractors.map((_, index) => index);
    if (round % 2 === 1) order.reverse();
    for (const index of order) {
      const extractor = extractors[index];
      if (extractor === undefined) continue;
      const results: BenchOutput[] = [];
      const perPage: number[] = [];
      const perPageCpu: number[] = [];
      collectGarbage();
      const start = performance.now();
      for (const page of pages) {
        const pageStart = performance.now();
        const cpuStart = process.cpuUsage();
        results.push(safeExtract(extractor, page.html, page.url, page.fetchedAt));
        const cpu = process.cpuUsage(cpuStart);
        perPage.push((performance.now() - pageStart) / 1000);
        perPageCpu.push((cpu.user + cpu.system) / 1e6);
      }
      pageCpuSeconds[index]?.push(perPageCpu);
      seconds[index]?.push((performance.now() - start) / 1000);
      pageSeconds[index]?.push(perPage);
      if (round === 0) outputs[index] = results;
    }
  }
  return extractors.map((_, index) => {
    const own = seconds[index] ?? [];
    return {
      outputs: outputs[index] ?? [],
      seconds: own,
      pagesPerSecond: pages.length / median(own),
      pageSeconds: pageSeconds[index] ?? [],
      pageCpuSeconds: pageCpuSeconds[index] ?? [],
    };
  });
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? Number.NaN)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

// Per-minute ingest totals a worker keeps in memory and adds to Postgres once a minute (see
// record-minutes-query.ts), so the Health page can chart throughput and latency over the last
// hours from a few hundred rows, whichever worker did the work and after any restart.

export interface IngestJobRecord {
  outcome: "extracted" | "failed" | "other";
  jobMs: number;
  /** Stage timings in ms, as the ingest handler reports them. */
  stages: Partial<Record<"fetchWaitMs" | "fetchMs" | "extractMs" | "matchMs" | "storeMs", number>>;
}

export interface MinuteRow {
  minute: Date;
  jobs: number;
  extracted: number;
  failed: number;
  other: number;
  jobMsSum: number;
  jobMsMax: number;
  fetchWaitMsSum: number;
  fetchMsSum: number;
  extractMsSum: number;
  matchMsSum: number;
  storeMsSum: number;
  tagJobs: number;
  tagMsSum: number;
}

const emptyRow = (minute: Date): MinuteRow => ({
  minute,
  jobs: 0,
  extracted: 0,
  failed: 0,
  other: 0,
  jobMsSum: 0,
  jobMsMax: 0,
  fetchWaitMsSum: 0,
  fetchMsSum: 0,
  extractMsSum: 0,
  matchMsSum: 0,
  storeMsSum: 0,
  tagJobs: 0,
  tagMsSum: 0,
});

const minuteOf = (at: number) => new Date(Math.floor(at / 60_000) * 60_000);

export class MinuteTotals {
  readonly #rows = new Map<number, MinuteRow>();

  #row(at: number): MinuteRow {
    const minute = minuteOf(at);
    let row = this.#rows.get(minute.getTime());
    if (!row) {
      row = emptyRow(minute);
      this.#rows.set(minute.getTime(), row);
    }
    return row;
  }

  ingestJob(record: IngestJobRecord, at = Date.now()): void {
    const row = this.#row(at);
    row.jobs += 1;
    row[record.outcome] += 1;
    row.jobMsSum += record.jobMs;
    row.jobMsMax = Math.max(row.jobMsMax, Math.round(record.jobMs));
    row.fetchWaitMsSum += record.stages.fetchWaitMs ?? 0;
    row.fetchMsSum += record.stages.fetchMs ?? 0;
    row.extractMsSum += record.stages.extractMs ?? 0;
    row.matchMsSum += record.stages.matchMs ?? 0;
    row.storeMsSum += record.stages.storeMs ?? 0;
  }

  tagJob(ms: number, at = Date.now()): void {
    const row = this.#row(at);
    row.tagJobs += 1;
    row.tagMsSum += ms;
  }

  /** Takes every row collected so far (all of them when `all`, else only finished minutes). */
  take(all = false, now = Date.now()): MinuteRow[] {
    const current = minuteOf(now).getTime();
    const taken: MinuteRow[] = [];
    for (const [key, row] of this.#rows) {
      if (all || key < current) {
        taken.push(row);
        this.#rows.delete(key);
      }
    }
    return taken;
  }

  /** Puts rows back after a failed write, so the next flush adds them. */
  restore(rows: readonly MinuteRow[]): void {
    for (const row of rows) {
      const into = this.#row(row.minute.getTime());
      for (const key of Object.keys(row) as (keyof MinuteRow)[]) {
        if (key === "minute") continue;
        into[key] = key === "jobMsMax" ? Math.max(into[key], row[key]) : into[key] + row[key];
      }
    }
  }
}

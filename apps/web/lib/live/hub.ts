// One poller per web server process for every live connection: each watched topic is read once
// per tick however many pages watch it, and each subscriber hears only about the topics it asked
// for, and only when their state changed. Postgres stays the only truth; there is nothing to
// invalidate and nothing lost if Redis is flushed.
import type { Db } from "@tidemark/db";
import { childLogger } from "@tidemark/logger";
import { type LiveState, type LiveTopic, readTopic, stateKey } from "./topics";

export const LIVE_TICK_MS = 1_500;

export type LiveListener = (topic: LiveTopic, state: LiveState) => void;

interface Watched {
  key: string | undefined;
  state: LiveState;
  listeners: Set<LiveListener>;
}

const log = childLogger({ component: "live" });

export class LiveHub {
  private readonly topics = new Map<LiveTopic, Watched>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private ticking = false;

  constructor(
    private readonly db: Db,
    private readonly tickMs = LIVE_TICK_MS,
  ) {}

  /** Starts watching; the listener first hears the current state of each topic. */
  subscribe(topics: readonly LiveTopic[], listener: LiveListener): () => void {
    for (const topic of topics) {
      let watched = this.topics.get(topic);
      if (!watched) {
        watched = { key: undefined, state: null, listeners: new Set() };
        this.topics.set(topic, watched);
      }
      watched.listeners.add(listener);
      if (watched.key !== undefined) listener(topic, watched.state);
    }
    this.schedule(0);
    return () => {
      for (const topic of topics) {
        const watched = this.topics.get(topic);
        watched?.listeners.delete(listener);
        if (watched && watched.listeners.size === 0) this.topics.delete(topic);
      }
      if (this.topics.size === 0 && this.timer) {
        clearTimeout(this.timer);
        this.timer = null;
      }
    };
  }

  get watchedTopics(): number {
    return this.topics.size;
  }

  private schedule(delay: number): void {
    if (this.timer || this.ticking || this.topics.size === 0) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.tick();
    }, delay);
  }

  private async tick(): Promise<void> {
    this.ticking = true;
    try {
      await Promise.all(
        [...this.topics.entries()].map(async ([topic, watched]) => {
          let state: LiveState;
          try {
            state = await readTopic(this.db, topic);
          } catch (error) {
            // Redis or Postgres briefly away: keep the last state, try again next tick.
            log.warn({ err: error, topic }, "live topic read failed");
            return;
          }
          const key = stateKey(state);
          if (key === watched.key) return;
          watched.key = key;
          watched.state = state;
          for (const listener of watched.listeners) listener(topic, state);
        }),
      );
    } finally {
      this.ticking = false;
      this.schedule(this.tickMs);
    }
  }
}

const globalForLive = globalThis as unknown as { tidemarkLiveHub?: LiveHub };

export function liveHub(db: Db): LiveHub {
  globalForLive.tidemarkLiveHub ??= new LiveHub(db);
  return globalForLive.tidemarkLiveHub;
}

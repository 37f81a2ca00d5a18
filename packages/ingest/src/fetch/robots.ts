// robots.txt gate: may this URL be fetched, and with what Crawl-delay? Verdicts are cached per
// origin in Redis (shared by all workers, TTL) and in a small in-process map (so a burst of
// articles from one site does not even ask Redis). See robots-fetch.ts for how HTTP outcomes map
// to verdicts.
import type { Redis } from "ioredis";
import robotsParser from "robots-parser";
import { z } from "zod";
import { FetchError } from "./errors.ts";
import { fetchRobotsVerdict, type RobotsFetchContext, type RobotsVerdict } from "./robots-fetch.ts";

export interface RobotsDecision {
  allowed: boolean;
  /** Crawl-delay for our user agent, capped by maxCrawlDelayMs; undefined when none. */
  crawlDelayMs: number | undefined;
}

export interface RobotsGateOptions {
  redis: Redis;
  /** e.g. "tidemark:fetch"; keys become `<prefix>:robots:<origin>`. */
  keyPrefix: string;
  ttlMs: number;
  /** Product token matched against User-agent lines, e.g. "TidemarkBot". */
  robotsToken: string;
  maxCrawlDelayMs: number;
  /** How to download robots.txt (shares the fetcher's agent, SSRF rules and politeness). */
  fetchContext: Omit<RobotsFetchContext, "signal">;
}

type Robot = ReturnType<typeof robotsParser>;
type Compiled =
  | { kind: "rules"; robot: Robot }
  | { kind: "allow-all" }
  | { kind: "unreachable"; reason: string };

const MEMORY_TTL_MS = 60_000;
const MEMORY_MAX_ENTRIES = 1_000;

const storedVerdict = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("rules"), body: z.string() }),
  z.object({ kind: z.literal("allow-all"), reason: z.string() }),
  z.object({
    kind: z.literal("unreachable"),
    reason: z.string(),
    retryAfterMs: z.number(),
    until: z.number(),
  }),
]);

export class RobotsGate {
  readonly #options: RobotsGateOptions;
  readonly #memory = new Map<string, { expiresAt: number; until: number; compiled: Compiled }>();

  constructor(options: RobotsGateOptions) {
    this.#options = options;
  }

  /** Throws `robots_disallowed` (permanent) or `robots_unavailable` (retryable). */
  async check(url: URL, signal?: AbortSignal): Promise<RobotsDecision> {
    const entry = await this.#lookup(url.origin, signal);
    const { compiled } = entry;
    if (compiled.kind === "unreachable") {
      throw new FetchError(
        "robots_unavailable",
        `The site's robots.txt could not be read (${compiled.reason}), so the page was not fetched yet.`,
        { url: url.href, retryAfterMs: Math.max(1_000, entry.until - Date.now()) },
      );
    }
    if (compiled.kind === "allow-all") return { allowed: true, crawlDelayMs: undefined };
    const { robotsToken, maxCrawlDelayMs } = this.#options;
    if (compiled.robot.isAllowed(url.href, robotsToken) === false) {
      throw new FetchError(
        "robots_disallowed",
        "The site's robots.txt does not allow Tidemark to fetch this page.",
        {
          url: url.href,
        },
      );
    }
    const seconds = compiled.robot.getCrawlDelay(robotsToken);
    const crawlDelayMs =
      seconds !== undefined && Number.isFinite(seconds) && seconds > 0
        ? Math.min(seconds * 1000, maxCrawlDelayMs)
        : undefined;
    return { allowed: true, crawlDelayMs };
  }

  async #lookup(origin: string, signal: AbortSignal | undefined) {
    const now = Date.now();
    const cached = this.#memory.get(origin);
    if (cached && cached.expiresAt > now) return cached;

    const key = `${this.#options.keyPrefix}:robots:${origin}`;
    let stored = await this.#readShared(key);
    if (!stored) {
      const verdict = await fetchRobotsVerdict(origin, { ...this.#options.fetchContext, signal });
      stored = await this.#writeShared(key, verdict);
    }
    const until = stored.kind === "unreachable" ? stored.until : now + this.#options.ttlMs;
    const entry = {
      expiresAt: Math.min(now + MEMORY_TTL_MS, until),
      until,
      compiled: compile(origin, stored),
    };
    if (this.#memory.size >= MEMORY_MAX_ENTRIES) {
      // Maps iterate in insertion order: drop the oldest entry.
      const oldest = this.#memory.keys().next().value;
      if (oldest !== undefined) this.#memory.delete(oldest);
    }
    this.#memory.set(origin, entry);
    return entry;
  }

  async #readShared(key: string): Promise<z.infer<typeof storedVerdict> | null> {
    const raw = await this.#redis((redis) => redis.get(key));
    if (raw === null) return null;
    // A malformed entry (older format, manual edit) is treated as a miss and overwritten.
    const parsed = storedVerdict.safeParse(safeJson(raw));
    return parsed.success ? parsed.data : null;
  }

  async #writeShared(key: string, verdict: RobotsVerdict): Promise<z.infer<typeof storedVerdict>> {
    const ttlMs = verdict.kind === "unreachable" ? verdict.retryAfterMs : this.#options.ttlMs;
    const stored = verdict.kind === "unreachable" ? { ...verdict, until: Date.now() + ttlMs } : verdict;
    await this.#redis((redis) =>
      redis.set(key, JSON.stringify(stored), "PX", Math.max(1, Math.round(ttlMs))),
    );
    return stored;
  }

  async #redis<T>(operation: (redis: Redis) => Promise<T>): Promise<T> {
    try {
      return await operation(this.#options.redis);
    } catch (error) {
      throw new FetchError("redis_unavailable", "Redis is unavailable, so robots.txt could not be checked.", {
        cause: error,
      });
    }
  }
}

function compile(origin: string, stored: z.infer<typeof storedVerdict>): Compiled {
  if (stored.kind === "rules")
    return { kind: "rules", robot: robotsParser(`${origin}/robots.txt`, stored.body) };
  if (stored.kind === "unreachable") return { kind: "unreachable", reason: stored.reason };
  return { kind: "allow-all" };
}

function safeJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return null;
  }
}

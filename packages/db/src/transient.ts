// Transient database errors: the server restarted (57P01 admin shutdown), a connection dropped or
// was refused, a serialization failure or deadlock. Retrying the same short transaction is safe
// for idempotent work, and is how intake survives a Postgres restart mid-import.
import { setTimeout as sleep } from "node:timers/promises";

const TRANSIENT_CODES = new Set([
  "57P01", // admin_shutdown
  "57P02", // crash_shutdown
  "57P03", // cannot_connect_now (starting up)
  "08000",
  "08001",
  "08003",
  "08004",
  "08006", // connection exceptions
  "40001", // serialization_failure
  "40P01", // deadlock_detected
  "P1001", // Prisma: can't reach database server
  "P1002",
  "P1008",
  "P1017", // Prisma: server closed the connection
  "P2034", // Prisma: transaction failed due to a write conflict or deadlock
  "ECONNRESET",
  "ECONNREFUSED",
  "EPIPE",
  "ETIMEDOUT",
]);

const TRANSIENT_MESSAGE =
  /terminating connection|connection terminated|server closed the connection|connection is closed|can't reach database|econnrefused|econnreset|the database system is (starting up|shutting down)/i;

function codesOf(error: unknown, depth = 0): string[] {
  if (typeof error !== "object" || error === null || depth > 4) return [];
  const e = error as Record<string, unknown>;
  const own = [e.code, e.originalCode, (e.meta as Record<string, unknown> | undefined)?.code].filter(
    (c): c is string => typeof c === "string",
  );
  return [...own, ...codesOf(e.cause, depth + 1)];
}

function messagesOf(error: unknown, depth = 0): string[] {
  if (typeof error !== "object" || error === null || depth > 4) return [];
  const e = error as Record<string, unknown>;
  const own = [e.message, e.originalMessage].filter((m): m is string => typeof m === "string");
  return [...own, ...messagesOf(e.cause, depth + 1)];
}

export function isTransientDbError(error: unknown): boolean {
  return (
    codesOf(error).some((code) => TRANSIENT_CODES.has(code)) ||
    messagesOf(error).some((message) => TRANSIENT_MESSAGE.test(message))
  );
}

export interface RetryOptions {
  /** Tries in all, the first included. */
  attempts?: number;
  /** First pause; doubles each time, with jitter, up to maxDelayMs. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Told of each transient failure before the pause (for logs and progress). */
  onRetry?: (error: unknown, attempt: number, delayMs: number) => void;
}

/**
 * Runs `work`, retrying it on transient database errors (about 40 s in all by default: long
 * enough for a Postgres restart). Other errors, and the last transient one, are thrown.
 */
export async function withDbRetry<T>(work: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const attempts = options.attempts ?? 10;
  const base = options.baseDelayMs ?? 250;
  const max = options.maxDelayMs ?? 8_000;
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= attempts || !isTransientDbError(error)) throw error;
      const delayMs = Math.round(Math.min(max, base * 2 ** (attempt - 1)) * (0.75 + Math.random() / 2));
      options.onRetry?.(error, attempt, delayMs);
      await sleep(delayMs);
    }
  }
}

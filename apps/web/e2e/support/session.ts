// Logging in over HTTP and sending the CSRF header the way the dashboard does.
import type { APIRequestContext } from "@playwright/test";
import { E2E_TARGETS } from "./targets";

export async function login(request: APIRequestContext): Promise<string> {
  const response = await request.post("/api/auth/login", {
    data: { username: "admin", password: E2E_TARGETS.adminPassword },
  });
  if (!response.ok()) throw new Error(`login failed: ${response.status()} ${await response.text()}`);
  const state = await request.storageState();
  const csrf = state.cookies.find((c) => c.name === "tidemark_csrf")?.value;
  if (!csrf) throw new Error("no tidemark_csrf cookie after login");
  return csrf;
}

export function fixtureUrl(path: string): string {
  const origin = process.env.E2E_FIXTURE_ORIGIN;
  if (!origin) throw new Error("E2E_FIXTURE_ORIGIN is not set (global setup did not run)");
  return `${origin}${path}`;
}

/** Polls until `check` returns a value, or fails after `timeoutMs`. */
export async function eventually<T>(
  check: () => Promise<T | undefined>,
  timeoutMs = 45_000,
  what = "condition",
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${what} not reached within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

/** Waits until no article is queued or fetching and the ingest and themes queues are idle. */
export async function waitForWorkerIdle(request: APIRequestContext, timeoutMs = 90_000): Promise<void> {
  await eventually(
    async () => {
      const articles = await (
        await request.get("/api/articles?status=queued&status=fetching&count=1&limit=1")
      ).json();
      if (articles.count.count > 0) return undefined;
      const health = await (await request.get("/api/health?days=1")).json();
      const busy = (health.queues as { queue: string; counts: Record<string, number> }[]).some(
        (q) =>
          q.queue !== "maintenance" &&
          (q.counts.waiting ?? 0) + (q.counts.active ?? 0) + (q.counts.prioritized ?? 0) > 0,
      );
      return busy ? undefined : true;
    },
    timeoutMs,
    "worker idle (articles extracted and tagged)",
  );
}

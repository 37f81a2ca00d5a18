"use client";
// Re-renders the page's server components (router.refresh) when a watched topic's state differs
// from the one the page was rendered with, so a page follows a re-ingest, a backfill or the
// queues without a reload. Refreshes are spaced at least a second apart.
import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { type LiveMessage, useLiveTopics } from "./use-live-topics";

/** Refreshes made for one state of the stream that the page still disagrees with. */
const MAX_CATCH_UP = 3;

export function LiveRefreshClient({
  initial,
  minGapMs = 1_000,
}: {
  initial: Record<string, string | null>;
  minGapMs?: number | undefined;
}) {
  const router = useRouter();
  const seen = useRef<Record<string, string | null>>(initial);
  /** The last state the stream sent per topic, and the catch-up refreshes made for it. */
  const heard = useRef<Record<string, string>>({});
  const caughtUp = useRef<Record<string, { key: string; n: number }>>({});
  const lastRefresh = useRef(0);
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);

  // Reads refs only, so a fresh closure each render is fine.
  const schedule = () => {
    if (pending.current) return;
    const wait = Math.max(0, lastRefresh.current + minGapMs - Date.now());
    pending.current = setTimeout(() => {
      pending.current = null;
      lastRefresh.current = Date.now();
      router.refresh();
    }, wait);
  };

  // A server render brings new initial states: they are what the page now shows. A render whose
  // states differ from the stream's latest read them at another moment (a change landed between,
  // or came and went between two of the stream's reads), and the stream will not speak again
  // until something changes: refresh again, a few times at most for one state of the stream.
  // biome-ignore lint/correctness/useExhaustiveDependencies: schedule reads refs only
  useEffect(() => {
    seen.current = { ...seen.current, ...initial };
    for (const [topic, key] of Object.entries(heard.current)) {
      if (!(topic in initial) || initial[topic] === key) continue;
      const tries = caughtUp.current[topic]?.key === key ? (caughtUp.current[topic]?.n ?? 0) : 0;
      if (tries >= MAX_CATCH_UP) continue;
      caughtUp.current[topic] = { key, n: tries + 1 };
      schedule();
    }
  }, [initial]);

  useEffect(
    () => () => {
      if (pending.current) clearTimeout(pending.current);
    },
    [],
  );

  const onState = ({ topic, state }: LiveMessage) => {
    const key = JSON.stringify(state);
    heard.current[topic] = key;
    if (seen.current[topic] === key) return;
    seen.current = { ...seen.current, [topic]: key };
    schedule();
  };

  const { connected } = useLiveTopics(Object.keys(initial), onState);
  return (
    <span
      className="inline-flex items-center gap-1.5 text-xs text-slate-600"
      data-testid="live-indicator"
      data-connected={connected ? "true" : "false"}
      title={connected ? "This page updates by itself" : "Live updates are reconnecting"}
    >
      <span
        aria-hidden="true"
        className={`size-2 rounded-full ${connected ? "bg-green-600" : "bg-slate-400"}`}
      />
      {connected ? "Live" : "Reconnecting…"}
    </span>
  );
}

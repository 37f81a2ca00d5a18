"use client";
// Re-renders the page's server components (router.refresh) when a watched topic's state differs
// from the one the page was rendered with, so a page follows a re-ingest, a backfill or the
// queues without a reload. Refreshes are spaced at least a second apart.
import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { type LiveMessage, useLiveTopics } from "./use-live-topics";

export function LiveRefreshClient({
  initial,
  minGapMs = 1_000,
}: {
  initial: Record<string, string | null>;
  minGapMs?: number | undefined;
}) {
  const router = useRouter();
  const seen = useRef<Record<string, string | null>>(initial);
  const lastRefresh = useRef(0);
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);

  // A server render brings new initial states: they are what the page now shows.
  useEffect(() => {
    seen.current = { ...seen.current, ...initial };
  }, [initial]);

  useEffect(
    () => () => {
      if (pending.current) clearTimeout(pending.current);
    },
    [],
  );

  // Reads refs only, so a fresh closure each render is fine.
  const onState = ({ topic, state }: LiveMessage) => {
    const key = JSON.stringify(state);
    if (seen.current[topic] === key) return;
    seen.current = { ...seen.current, [topic]: key };
    if (pending.current) return;
    const wait = Math.max(0, lastRefresh.current + minGapMs - Date.now());
    pending.current = setTimeout(() => {
      pending.current = null;
      lastRefresh.current = Date.now();
      router.refresh();
    }, wait);
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

"use client";
// Live status of articles just added: polls GET /api/articles/statuses every second until each
// one has settled (extracted, failed, gone, duplicate), with no page reload. `rewatch` follows an
// article again after a retry.
import { useCallback, useEffect, useRef, useState } from "react";
import { apiFetch, errorMessage } from "@/lib/client/api-fetch";

export interface LiveStatus {
  id: string;
  status: string;
  title?: string | null;
  attempts?: number;
  failure?: { code: string | null; message: string | null } | null;
}

const SETTLED = new Set(["extracted", "failed", "gone", "duplicate", "deleted"]);
const MAX_POLLED = 200;

export function useLiveStatuses(ids: readonly string[], intervalMs = 1_000) {
  const [statuses, setStatuses] = useState<Map<string, LiveStatus>>(new Map());
  const [error, setError] = useState<string | null>(null);
  const settled = useRef(new Set<string>());
  const watchedKey = useRef<string | null>(null);
  const [wake, setWake] = useState(0);
  const key = ids.join(",");

  const rewatch = useCallback((id: string) => {
    settled.current.delete(id);
    setWake((n) => n + 1);
  }, []);

  useEffect(() => {
    // `wake` restarts polling after a retry; a new list of ids starts over.
    void wake;
    if (watchedKey.current !== key) {
      watchedKey.current = key;
      settled.current = new Set();
      setStatuses(new Map());
    }
    const watched = key ? key.split(",").slice(0, MAX_POLLED) : [];
    if (watched.length === 0) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      const pending = watched.filter((id) => !settled.current.has(id));
      if (pending.length === 0 || stopped) return;
      try {
        const { articles } = await apiFetch<{ articles: LiveStatus[] }>(
          `/api/articles/statuses?ids=${pending.join(",")}`,
        );
        if (stopped) return;
        setError(null);
        setStatuses((prev) => {
          const next = new Map(prev);
          for (const a of articles) {
            next.set(a.id, a);
            if (SETTLED.has(a.status)) settled.current.add(a.id);
          }
          return next;
        });
      } catch (err) {
        setError(errorMessage(err));
      }
      if (!stopped) timer = setTimeout(poll, intervalMs);
    };
    void poll();
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
    };
  }, [key, intervalMs, wake]);

  return { statuses, error, watchedLimit: MAX_POLLED, rewatch };
}

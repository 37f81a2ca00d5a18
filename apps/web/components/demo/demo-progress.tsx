"use client";
// The demo corpus's progress, live: filing, then extraction and tagging, or removal. Polls
// /api/demo while work is under way and refreshes the page's numbers each time a step lands, so
// the charts fill in as the corpus loads; stops polling once nothing is left to do.
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { apiFetch } from "@/lib/client/api-fetch";
import { type DemoStatus, demoBusy } from "@/lib/demo/demo-status";

const POLL_MS = 2_000;
const n = (value: number) => value.toLocaleString("en-US");

function describeStep(s: DemoStatus): { text: string; value: number; max: number } {
  if (s.status === "requested")
    return { text: "Waiting for the worker to start…", value: 0, max: s.total || 1 };
  if (s.status === "removing")
    return {
      text: `Removing: ${n(s.removed)} articles deleted so far`,
      value: s.removed,
      max: s.filed || s.total || 1,
    };
  if (s.status === "loading")
    return {
      text: `Filing: ${n(s.filed)} of ${n(s.total)} records (${n(s.pending)} waiting for extraction)`,
      value: s.filed,
      max: s.total || 1,
    };
  return {
    text: `Extracting and tagging: ${n(Math.max(s.filed - s.pending, 0))} of ${n(s.filed)} articles done`,
    value: Math.max(s.filed - s.pending, 0),
    max: s.filed || 1,
  };
}

export function DemoProgress({ initial }: { initial: DemoStatus[] }) {
  const router = useRouter();
  const [corpora, setCorpora] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const lastKey = useRef("");
  const busy = corpora.some(demoBusy);

  useEffect(() => setCorpora(initial), [initial]);

  useEffect(() => {
    if (!busy) return;
    let stopped = false;
    const timer = setInterval(async () => {
      try {
        const { corpora: next } = await apiFetch<{ corpora: DemoStatus[] }>("/api/demo");
        if (stopped) return;
        setCorpora(next);
        setError(null);
        // Refresh the server-rendered numbers when a step landed (each ~500 records filed, each
        // ~10 % extracted), not on every poll.
        const key = next
          .map(
            (c) =>
              `${c.status}:${Math.floor(c.filed / 500)}:${Math.floor((c.filed - c.pending) / Math.max(c.total / 10, 1))}:${Math.floor(c.removed / 1000)}`,
          )
          .join("|");
        if (key !== lastKey.current) {
          lastKey.current = key;
          router.refresh();
        }
      } catch (err) {
        setError(err instanceof Error ? err.message : String(err));
      }
    }, POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [busy, router]);

  const shown = corpora.filter(demoBusy);
  if (shown.length === 0) return null;
  return (
    <div className="space-y-3" data-testid="demo-progress">
      {shown.map((s) => {
        const step = describeStep(s);
        return (
          <div
            key={s.name}
            className="rounded-lg border border-blue-200 bg-blue-50 px-4 py-3 text-sm text-slate-800"
          >
            <p className="font-medium">
              {s.status === "removing" ? "Removing the demo corpus" : "Loading the demo corpus"}:{" "}
              {s.title || s.name}
            </p>
            <p className="text-xs text-slate-700">{s.credit}</p>
            <progress
              className="mt-2 h-2 w-full accent-blue-700"
              value={step.value}
              max={step.max}
              aria-label={step.text}
            />
            <p aria-live="polite" className="mt-1 text-xs text-slate-700">
              {step.text}. The dashboard works meanwhile; charts fill in as articles are tagged.
            </p>
            {s.error && (
              <p role="alert" className="mt-1 text-xs text-red-800">
                The worker reported: {s.error} (it retries on its own).
              </p>
            )}
          </div>
        );
      })}
      {error && (
        <p role="alert" className="text-xs text-red-800">
          Could not check progress: {error}
        </p>
      )}
    </div>
  );
}

"use client";
// Previews a definition while the analyst types: waits for a pause, cancels superseded requests,
// and keeps the last good result on screen while the next one loads.
import { useEffect, useState } from "react";
import { apiFetch, errorMessage } from "@/lib/client/api-fetch";
import type { Diagnostic } from "./definition-diagnostic";

export interface PreviewSample {
  articleId: string;
  title: string | null;
  publishedAt: string | null;
  mentions: number;
  evidence: {
    field: "title" | "text";
    sentence: string;
    start: number;
    end: number;
    spans: [number, number][];
  }[];
}

export type PreviewResponse = { warnings: Diagnostic[] } & (
  | { ok: false; error: Diagnostic }
  | {
      ok: true;
      matched: number;
      matchedUndated: number;
      scanned: number;
      corpus: number;
      /** Set when the counts are estimated from a fixed random sample; null when exact. */
      estimate: { fraction: number; sampled: number; sampleMatches: number; margin: number } | null;
      complete: boolean;
      samples: PreviewSample[];
      weekly: { week: string; count: number; total: number; share: number | null }[];
      tookMs: number;
    }
);

export function useDefinitionPreview(definition: string, delayMs = 450) {
  const [result, setResult] = useState<PreviewResponse | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      setLoading(true);
      try {
        const next = await apiFetch<PreviewResponse>("/api/themes/preview", {
          json: { definition },
          signal: controller.signal,
        });
        setResult(next);
        setError(null);
      } catch (err) {
        if (controller.signal.aborted) return;
        setError(errorMessage(err));
      } finally {
        if (!controller.signal.aborted) setLoading(false);
      }
    }, delayMs);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [definition, delayMs]);

  return { result, loading, error };
}

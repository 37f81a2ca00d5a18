"use client";
// Retry one failed job (or all of a queue's), then reload the health numbers.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { apiFetch, errorMessage } from "@/lib/client/api-fetch";

export function RetryButton({
  queue,
  jobId,
  label = "Retry",
}: {
  queue: string;
  jobId?: string;
  label?: string;
}) {
  const router = useRouter();
  const [state, setState] = useState<"idle" | "busy" | "done">("idle");
  const [error, setError] = useState<string | null>(null);

  async function retry() {
    setState("busy");
    setError(null);
    try {
      await apiFetch("/api/health/retry", { json: jobId ? { queue, jobId } : { queue, all: true } });
      setState("done");
      router.refresh();
    } catch (err) {
      setError(errorMessage(err));
      setState("idle");
    }
  }

  return (
    <span className="inline-flex flex-col items-end gap-0.5">
      <Button size="sm" variant="secondary" onClick={() => void retry()} disabled={state !== "idle"}>
        {state === "busy" ? "Retrying…" : state === "done" ? "Queued again" : label}
      </Button>
      {error && (
        <span role="alert" className="text-xs text-red-700">
          {error}
        </span>
      )}
    </span>
  );
}

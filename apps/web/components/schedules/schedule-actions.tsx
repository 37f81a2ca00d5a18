"use client";
// Per-schedule actions: run now, pause/resume, delete (with confirmation).
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { apiFetch, errorMessage } from "@/lib/client/api-fetch";

/** After "Run now", refresh the page a few times so the run's outcome appears by itself. */
const FOLLOW_RUN_MS = 30_000;
const REFRESH_EVERY_MS = 2_000;

function hasWarning(value: unknown): value is { warning: string } {
  return (
    typeof value === "object" && value !== null && "warning" in value && typeof value.warning === "string"
  );
}

export function ScheduleActions({
  id,
  name,
  enabled,
  lastRunAt,
}: {
  id: string;
  name: string;
  enabled: boolean;
  lastRunAt: string | null;
}) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [followingSince, setFollowingSince] = useState<string | undefined>(undefined);

  // Keep refreshing until a run that finished after the click shows up, or we give up.
  useEffect(() => {
    if (followingSince === undefined) return;
    if (lastRunAt && lastRunAt > followingSince) {
      setFollowingSince(undefined);
      setMessage(null);
      return;
    }
    const started = Date.now();
    const timer = setInterval(() => {
      if (Date.now() - started > FOLLOW_RUN_MS) {
        clearInterval(timer);
        setFollowingSince(undefined);
        return;
      }
      router.refresh();
    }, REFRESH_EVERY_MS);
    return () => clearInterval(timer);
  }, [followingSince, lastRunAt, router]);

  async function act(work: () => Promise<unknown>, done?: string) {
    setMessage(null);
    try {
      const result = await work();
      // A change saved while Redis is down says so; its timer is set once Redis is back.
      const warning = hasWarning(result) ? result.warning : null;
      if (warning ?? done) setMessage(warning ?? done ?? null);
      router.refresh();
    } catch (err) {
      setMessage(errorMessage(err));
    }
  }

  return (
    <div className="flex flex-wrap items-center justify-end gap-1.5">
      <Button
        size="sm"
        variant="secondary"
        onClick={() =>
          void act(async () => {
            const clickedAt = new Date().toISOString();
            await apiFetch(`/api/schedules/${id}/run`, { method: "POST" });
            setFollowingSince(clickedAt);
          }, "Running…")
        }
      >
        Run now
      </Button>
      <Button
        size="sm"
        variant="secondary"
        onClick={() =>
          void act(() => apiFetch(`/api/schedules/${id}`, { method: "PATCH", json: { enabled: !enabled } }))
        }
      >
        {enabled ? "Pause" : "Resume"}
      </Button>
      <ConfirmButton
        label="Delete"
        size="sm"
        title={`Delete “${name}”?`}
        description="Articles it already found stay. Its run history is deleted."
        confirmLabel="Delete schedule"
        onConfirm={async () => {
          await apiFetch(`/api/schedules/${id}`, { method: "DELETE" });
          router.refresh();
        }}
      />
      {message && (
        <span role="status" className="w-full text-right text-xs text-slate-600">
          {message}
        </span>
      )}
    </div>
  );
}

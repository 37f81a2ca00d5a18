"use client";
// Settings → Demo data: remove the demo corpus (its articles and their share of every aggregate)
// in one click, or load it again.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { apiFetch, errorMessage } from "@/lib/client/api-fetch";
import type { DemoStatus } from "@/lib/demo/demo-status";

export function DemoActions({ corpus }: { corpus: DemoStatus }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);

  async function act(action: "load" | "remove") {
    await apiFetch("/api/demo", { json: { name: corpus.name, action } });
    router.refresh();
  }

  if (corpus.status === "removed")
    return (
      <span className="inline-flex flex-col items-end gap-0.5">
        <Button
          size="sm"
          variant="secondary"
          onClick={() =>
            act("load").catch((err: unknown) => {
              setError(errorMessage(err));
            })
          }
        >
          Load the demo data again
        </Button>
        {error && (
          <span role="alert" className="text-xs text-red-700">
            {error}
          </span>
        )}
      </span>
    );
  if (corpus.status === "removing") return <span className="text-sm text-slate-600">Removing…</span>;
  return (
    <ConfirmButton
      label="Remove the demo data"
      title="Remove the demo data?"
      description={`Deletes the ${corpus.filed.toLocaleString("en-US")} demo articles and takes them out of every count and share. Your own articles, themes and schedules stay. You can load the demo data again later.`}
      confirmLabel="Remove the demo data"
      variant="danger"
      size="sm"
      onConfirm={async () => {
        try {
          await act("remove");
        } catch (err) {
          throw new Error(errorMessage(err));
        }
      }}
    />
  );
}

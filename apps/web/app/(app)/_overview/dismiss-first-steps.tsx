"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { apiFetch, errorMessage } from "@/lib/client/api-fetch";

export function DismissFirstSteps() {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  return (
    <span className="inline-flex items-center gap-2">
      {error && (
        <span role="alert" className="text-xs text-red-700">
          {error}
        </span>
      )}
      <Button
        size="sm"
        variant="ghost"
        onClick={() =>
          apiFetch("/api/first-steps", { json: { dismiss: true } })
            .then(() => router.refresh())
            .catch((err: unknown) => setError(errorMessage(err)))
        }
      >
        Hide
      </Button>
    </span>
  );
}

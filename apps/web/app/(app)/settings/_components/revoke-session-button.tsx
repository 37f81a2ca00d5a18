"use client";
import { useRouter } from "next/navigation";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { apiFetch } from "@/lib/client/api-fetch";

export function RevokeSessionButton({ id, label }: { id: string; label: string }) {
  const router = useRouter();
  return (
    <ConfirmButton
      label="Sign out"
      variant="secondary"
      size="sm"
      title={`Sign out ${label}?`}
      description="That browser has to log in again."
      confirmLabel="Sign out"
      onConfirm={async () => {
        await apiFetch(`/api/sessions/${id}`, { method: "DELETE" });
        router.refresh();
      }}
    />
  );
}

"use client";
import { useRouter } from "next/navigation";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { apiFetch } from "@/lib/client/api-fetch";

export function RevokeTokenButton({ id, name }: { id: string; name: string }) {
  const router = useRouter();
  return (
    <ConfirmButton
      label="Revoke"
      variant="secondary"
      size="sm"
      title={`Revoke “${name}”?`}
      description="Scripts using it stop working immediately. This cannot be undone."
      confirmLabel="Revoke token"
      onConfirm={async () => {
        await apiFetch(`/api/tokens/${id}`, { method: "DELETE" });
        router.refresh();
      }}
    />
  );
}

"use client";
// Deleting a theme, after saying what goes with it.
import { useRouter } from "next/navigation";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { apiFetch } from "@/lib/client/api-fetch";

export function DeleteThemeButton({ themeId, name }: { themeId: string; name: string }) {
  const router = useRouter();
  return (
    <ConfirmButton
      label="Delete theme"
      title={`Delete “${name}”?`}
      description="Its versions, hits and coverage numbers are deleted with it. Articles are kept."
      confirmLabel="Delete"
      onConfirm={async () => {
        await apiFetch(`/api/themes/${themeId}`, { method: "DELETE" });
        router.push("/themes");
        router.refresh();
      }}
    />
  );
}

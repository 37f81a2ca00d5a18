"use client";
// One user's row actions (admins): change the role, reset the password (shown once), remove.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Select } from "@/components/ui/field";
import { apiFetch, errorMessage } from "@/lib/client/api-fetch";
import { PasswordDialog } from "./invite-user-form";

export function UserActions({ id, username, role }: { id: string; username: string; role: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [shown, setShown] = useState<{ username: string; password: string; what: string } | null>(null);

  async function changeRole(next: string) {
    setError(null);
    try {
      await apiFetch(`/api/users/${id}`, { method: "PATCH", json: { role: next } });
      router.refresh();
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  return (
    <div className="flex flex-wrap items-center justify-end gap-2">
      <Select
        aria-label={`Role of ${username}`}
        value={role}
        onChange={(e) => void changeRole(e.target.value)}
      >
        <option value="viewer">viewer</option>
        <option value="editor">editor</option>
        <option value="admin">admin</option>
      </Select>
      <ConfirmButton
        label="Reset password"
        variant="secondary"
        size="sm"
        title={`Reset ${username}'s password?`}
        description="A new password is generated and shown once; their sessions end and their API tokens are revoked."
        confirmLabel="Reset"
        onConfirm={async () => {
          const result = await apiFetch<{ password: string }>(`/api/users/${id}/password`, {
            method: "POST",
          });
          setShown({ username, password: result.password, what: "reset" });
          router.refresh();
        }}
      />
      <ConfirmButton
        label="Remove"
        variant="secondary"
        size="sm"
        title={`Remove ${username}?`}
        description="Their sessions and API tokens go with them. This cannot be undone."
        confirmLabel="Remove user"
        onConfirm={async () => {
          await apiFetch(`/api/users/${id}`, { method: "DELETE" });
          router.refresh();
        }}
      />
      {error && <span className="text-xs text-red-700">{error}</span>}
      <PasswordDialog shown={shown} onClose={() => setShown(null)} />
    </div>
  );
}

"use client";
import { type FormEvent, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { apiFetch, errorMessage } from "@/lib/client/api-fetch";

export function ChangePasswordForm() {
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const newPassword = String(data.get("newPassword") ?? "");
    if (newPassword !== String(data.get("confirmPassword") ?? "")) {
      setMessage({ tone: "error", text: "The two new passwords differ." });
      return;
    }
    setPending(true);
    try {
      const result = await apiFetch<{ otherSessionsEnded: number; tokensRevoked: number }>(
        "/api/account/password",
        {
          json: {
            currentPassword: String(data.get("currentPassword") ?? ""),
            newPassword,
            revokeTokens: data.get("revokeTokens") === "on",
          },
        },
      );
      form.reset();
      setMessage({
        tone: "success",
        text: `Password changed.${result.otherSessionsEnded > 0 ? ` ${result.otherSessionsEnded} other session(s) were signed out.` : ""}${result.tokensRevoked > 0 ? ` ${result.tokensRevoked} API token(s) were revoked.` : ""}`,
      });
    } catch (err) {
      setMessage({ tone: "error", text: errorMessage(err) });
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={submit} className="max-w-sm space-y-3">
      <Field label="Current password" htmlFor="currentPassword">
        <Input
          id="currentPassword"
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          required
        />
      </Field>
      <Field label="New password" htmlFor="newPassword" hint="At least 8 characters.">
        <Input
          id="newPassword"
          name="newPassword"
          type="password"
          autoComplete="new-password"
          minLength={8}
          required
        />
      </Field>
      <Field label="Repeat the new password" htmlFor="confirmPassword">
        <Input
          id="confirmPassword"
          name="confirmPassword"
          type="password"
          autoComplete="new-password"
          minLength={8}
          required
        />
      </Field>
      <label className="flex items-center gap-2 text-sm text-slate-700">
        <input type="checkbox" name="revokeTokens" defaultChecked />
        Also revoke my API tokens (scripts using them stop working)
      </label>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <Button type="submit" disabled={pending}>
        {pending ? "Changing…" : "Change password"}
      </Button>
    </form>
  );
}

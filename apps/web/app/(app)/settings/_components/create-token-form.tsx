"use client";
// Creating an API token (name, scope, expiry): the secret is shown once, in a dialog with a copy
// button. Viewers can only make read tokens.
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent } from "@/components/ui/dialog";
import { Field, Input, Select } from "@/components/ui/field";
import { apiFetch, errorMessage } from "@/lib/client/api-fetch";

export function CreateTokenForm({ canWrite }: { canWrite: boolean }) {
  const router = useRouter();
  const [name, setName] = useState("");
  const [scope, setScope] = useState<"read" | "write" | "metrics">("read");
  const [expiresInDays, setExpiresInDays] = useState("90");
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const [copied, setCopied] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      const { token } = await apiFetch<{ token: { name: string; token: string } }>("/api/tokens", {
        json: { name, scope, ...(expiresInDays ? { expiresInDays: Number(expiresInDays) } : {}) },
      });
      setCreated(token);
      setCopied(false);
      setName("");
      router.refresh();
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  async function copy() {
    if (!created) return;
    await navigator.clipboard.writeText(created.token);
    setCopied(true);
  }

  return (
    <>
      <form onSubmit={submit} className="flex flex-wrap items-end gap-2">
        <Field label="New token name" htmlFor="token-name" error={error} className="w-72">
          <Input
            id="token-name"
            value={name}
            onChange={(e) => setName(e.target.value)}
            placeholder="e.g. nightly import script"
            required
          />
        </Field>
        <Field label="Scope" htmlFor="token-scope">
          <Select
            id="token-scope"
            value={scope}
            onChange={(e) =>
              setScope(e.target.value === "write" || e.target.value === "metrics" ? e.target.value : "read")
            }
          >
            <option value="read">read (GET only)</option>
            {canWrite && <option value="write">write</option>}
            <option value="metrics">metrics (GET /api/metrics only, for Prometheus)</option>
          </Select>
        </Field>
        <Field label="Expires" htmlFor="token-expiry">
          <Select id="token-expiry" value={expiresInDays} onChange={(e) => setExpiresInDays(e.target.value)}>
            <option value="30">in 30 days</option>
            <option value="90">in 90 days</option>
            <option value="365">in a year</option>
            <option value="">never</option>
          </Select>
        </Field>
        <Button type="submit" disabled={name.trim() === ""}>
          Create token
        </Button>
      </form>
      <Dialog open={created !== null} onOpenChange={(open) => !open && setCreated(null)}>
        {created && (
          <DialogContent
            title={`Token “${created.name}” created`}
            description="Copy it now: it is shown only once. Scripts send it as Authorization: Bearer <token>."
          >
            <code
              data-testid="new-token"
              className="block break-all rounded bg-slate-100 px-3 py-2 font-mono text-sm"
            >
              {created.token}
            </code>
            <div className="mt-4 flex justify-end gap-2">
              <Button variant="secondary" onClick={() => void copy()}>
                {copied ? "Copied" : "Copy"}
              </Button>
              <DialogClose asChild>
                <Button>Done</Button>
              </DialogClose>
            </div>
          </DialogContent>
        )}
      </Dialog>
    </>
  );
}

"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { apiFetch, errorMessage } from "@/lib/client/api-fetch";

export function RevokeTokenButton({ id, name }: { id: string; name: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);

  async function revoke() {
    try {
      await apiFetch(`/api/tokens/${id}`, { method: "DELETE" });
      router.refresh();
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  return (
    <Dialog>
      <DialogTrigger asChild>
        <Button size="sm" variant="secondary">
          Revoke
        </Button>
      </DialogTrigger>
      <DialogContent
        title={`Revoke “${name}”?`}
        description="Scripts using it stop working immediately. This cannot be undone."
      >
        {error && (
          <p role="alert" className="mb-2 text-sm text-red-700">
            {error}
          </p>
        )}
        <div className="flex justify-end gap-2">
          <DialogClose asChild>
            <Button variant="secondary">Keep it</Button>
          </DialogClose>
          <DialogClose asChild>
            <Button variant="danger" onClick={() => void revoke()}>
              Revoke token
            </Button>
          </DialogClose>
        </div>
      </DialogContent>
    </Dialog>
  );
}

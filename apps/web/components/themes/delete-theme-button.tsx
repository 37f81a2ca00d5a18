"use client";
// Deleting a theme, after saying what goes with it.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { apiFetch, errorMessage } from "@/lib/client/api-fetch";

export function DeleteThemeButton({ themeId, name }: { themeId: string; name: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);

  async function remove() {
    try {
      await apiFetch(`/api/themes/${themeId}`, { method: "DELETE" });
      router.push("/themes");
      router.refresh();
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  return (
    <Dialog>
      <DialogTrigger asChild>
        <Button variant="danger-ghost">Delete theme</Button>
      </DialogTrigger>
      <DialogContent
        title={`Delete “${name}”?`}
        description="Its versions, hits and coverage numbers are deleted with it. Articles are kept."
      >
        {error && (
          <p role="alert" className="mb-3 text-sm text-red-700">
            {error}
          </p>
        )}
        <div className="flex justify-end gap-2">
          <DialogClose asChild>
            <Button variant="secondary">Keep it</Button>
          </DialogClose>
          <Button variant="danger" onClick={() => void remove()}>
            Delete
          </Button>
        </div>
      </DialogContent>
    </Dialog>
  );
}

"use client";
// Re-ingest now and delete, on the article page.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { apiFetch, errorMessage } from "@/lib/client/api-fetch";

/** `failed`: the article never got text, so fetching again is a retry. */
export function ArticleActions({ articleId, failed = false }: { articleId: string; failed?: boolean }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: "ok" | "error"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function reingest() {
    setBusy(true);
    try {
      const result = await apiFetch<{ queued: boolean; message: string }>(
        `/api/articles/${articleId}/reingest`,
        { method: "POST" },
      );
      setMessage({ tone: "ok", text: result.message });
      router.refresh();
    } catch (err) {
      setMessage({ tone: "error", text: errorMessage(err) });
    } finally {
      setBusy(false);
    }
  }

  async function remove() {
    try {
      await apiFetch(`/api/articles/${articleId}`, { method: "DELETE" });
      router.push("/articles");
      router.refresh();
    } catch (err) {
      setMessage({ tone: "error", text: errorMessage(err) });
    }
  }

  return (
    <div className="flex flex-wrap items-center gap-2">
      {message && (
        <span
          role={message.tone === "error" ? "alert" : "status"}
          className={message.tone === "error" ? "text-sm text-red-700" : "text-sm text-emerald-700"}
        >
          {message.text}
        </span>
      )}
      <Button variant="secondary" onClick={() => void reingest()} disabled={busy}>
        {busy ? "Queuing…" : failed ? "Retry now" : "Re-ingest now"}
      </Button>
      <Dialog>
        <DialogTrigger asChild>
          <Button variant="danger">Delete</Button>
        </DialogTrigger>
        <DialogContent
          title="Delete this article?"
          description="It is removed from every list and coverage number. Adding the URL again brings it back as a new article."
        >
          <div className="flex justify-end gap-2">
            <DialogClose asChild>
              <Button variant="secondary">Keep it</Button>
            </DialogClose>
            <Button variant="danger" onClick={() => void remove()}>
              Delete article
            </Button>
          </div>
        </DialogContent>
      </Dialog>
    </div>
  );
}

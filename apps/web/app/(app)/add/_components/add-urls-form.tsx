"use client";
// Paste URLs, one per line. Ctrl/⌘+Enter submits from the text box.
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Textarea } from "@/components/ui/field";
import { apiFetch, errorMessage } from "@/lib/client/api-fetch";
import { IntakeResults, type Outcome, type ResultLine } from "./intake-results";

export function AddUrlsForm() {
  const [text, setText] = useState("");
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [warning, setWarning] = useState<string | null>(null);
  const [lines, setLines] = useState<ResultLine[] | null>(null);
  const urls = text
    .split(/\r?\n/)
    .map((u) => u.trim())
    .filter(Boolean);

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    if (urls.length === 0) return;
    setPending(true);
    setError(null);
    try {
      const result = await apiFetch<{ outcomes: Outcome[]; queueWarning?: string }>("/api/articles", {
        json: { urls },
      });
      setLines(result.outcomes.map((outcome) => ({ outcome })));
      setWarning(result.queueWarning ?? null);
      setText("");
      // The import history below shows the new batch.
      router.refresh();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={submit}>
      <Field
        label="Article URLs"
        htmlFor="urls"
        hint="One per line, any number (up to 5,000 at once). Ctrl+Enter adds them."
      >
        <Textarea
          id="urls"
          name="urls"
          rows={7}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) void submit();
          }}
          placeholder={"https://www.example.com/news/2024/story-one\nhttps://www.example.org/another-story"}
        />
      </Field>
      <div className="mt-3 flex items-center gap-3">
        <Button type="submit" disabled={pending || urls.length === 0}>
          {pending ? "Adding…" : `Add ${urls.length || ""} article${urls.length === 1 ? "" : "s"}`}
        </Button>
      </div>
      {error && (
        <Alert tone="error" className="mt-3">
          {error}
        </Alert>
      )}
      {warning && (
        <Alert tone="warning" className="mt-3">
          The queue is unreachable; the articles are saved and will be fetched when it is back. ({warning})
        </Alert>
      )}
      {lines && <IntakeResults lines={lines} />}
    </form>
  );
}

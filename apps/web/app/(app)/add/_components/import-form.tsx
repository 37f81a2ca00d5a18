"use client";
// Upload a CSV or JSONL file: each record names a URL to fetch, or carries its own text (a corpus
// export). Every line gets an outcome; new articles show their live status.
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { apiFetch, errorMessage } from "@/lib/client/api-fetch";
import { IntakeResults, type Outcome, type ResultLine } from "./intake-results";

interface ImportResponse {
  file: { name: string; format: string; records: number };
  lines: { line: number; outcome: Outcome }[];
  queueWarning?: string;
}

export function ImportForm() {
  const [mode, setMode] = useState<"urls" | "documents">("urls");
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<ImportResponse | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      setResult(await apiFetch<ImportResponse>("/api/imports", { form: new FormData(event.currentTarget) }));
      // The import history below shows the new batch.
      router.refresh();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setPending(false);
    }
  }

  const lines: ResultLine[] = result?.lines.map((l) => ({ line: l.line, outcome: l.outcome })) ?? [];
  return (
    <form onSubmit={submit} className="space-y-3" encType="multipart/form-data">
      <Field
        label="File"
        htmlFor="file"
        hint="CSV with a header row, or JSON Lines (one object per line). Up to 25 MB."
      >
        <Input
          id="file"
          name="file"
          type="file"
          accept=".csv,.jsonl,.ndjson,.json,text/csv,application/x-ndjson"
          required
          className="h-auto py-1.5"
        />
      </Field>
      <fieldset>
        <legend className="text-sm font-medium text-slate-700">Each record is</legend>
        <div className="mt-1 flex flex-wrap gap-4 text-sm">
          <label className="flex items-center gap-2">
            <input
              type="radio"
              name="mode"
              value="urls"
              checked={mode === "urls"}
              onChange={() => setMode("urls")}
            />
            a URL to fetch
          </label>
          <label className="flex items-center gap-2">
            <input
              type="radio"
              name="mode"
              value="documents"
              checked={mode === "documents"}
              onChange={() => setMode("documents")}
            />
            a document with its own text
          </label>
        </div>
      </fieldset>
      {mode === "urls" ? (
        <Field label="URL field" htmlFor="urlField" hint='The column or key holding the URL (default "url").'>
          <Input id="urlField" name="urlField" placeholder="url" className="w-48" />
        </Field>
      ) : (
        <div className="grid gap-3 sm:grid-cols-3">
          <Field label="Text field(s)" htmlFor="textFields" hint="Comma-separated; joined as paragraphs.">
            <Input id="textFields" name="textFields" required placeholder="text" />
          </Field>
          <Field label="Title field" htmlFor="titleField">
            <Input id="titleField" name="titleField" placeholder="title" />
          </Field>
          <Field label="Date field" htmlFor="dateField">
            <Input id="dateField" name="dateField" placeholder="date" />
          </Field>
          <Field label="Author field" htmlFor="authorField">
            <Input id="authorField" name="authorField" placeholder="authors" />
          </Field>
          <Field label="URL field" htmlFor="docUrlField">
            <Input id="docUrlField" name="urlField" placeholder="link" />
          </Field>
          <Field label="Outlet field" htmlFor="siteField">
            <Input id="siteField" name="siteField" placeholder="site" />
          </Field>
        </div>
      )}
      <Button type="submit" disabled={pending}>
        {pending ? "Importing…" : "Import file"}
      </Button>
      {error && <Alert tone="error">{error}</Alert>}
      {result?.queueWarning && (
        <Alert tone="warning">
          The queue is unreachable; the articles are saved and will be processed when it is back.
        </Alert>
      )}
      {result && (
        <p className="text-sm text-slate-600">
          {result.file.name}: {result.file.records.toLocaleString("en-US")} records read as{" "}
          {result.file.format.toUpperCase()}.
        </p>
      )}
      {result && <IntakeResults lines={lines} />}
    </form>
  );
}

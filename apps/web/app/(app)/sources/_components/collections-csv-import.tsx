"use client";
// Many collections at once from a CSV file: collection, domain and optionally country and kind.
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { apiFetch, errorMessage } from "@/lib/client/api-fetch";

interface Result {
  collections: { id: string; name: string; created: boolean; added: number }[];
  invalid: { line: number; reason: string }[];
}

export function CollectionsCsvImport() {
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<Result | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) return;
    setPending(true);
    setError(null);
    setResult(null);
    try {
      setResult(await apiFetch<Result>("/api/collections/import", { json: { csv: await file.text() } }));
      router.refresh();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={submit} aria-label="Import collections from CSV" className="space-y-3">
      <div className="flex flex-wrap items-end gap-3">
        <Field
          label="CSV file"
          htmlFor="collections-csv"
          hint="Columns: collection, domain, and optionally country, kind (wire, national, local, state-run, trade, other)."
        >
          <Input
            id="collections-csv"
            type="file"
            accept=".csv,text/csv"
            required
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            className="w-80"
          />
        </Field>
        <Button type="submit" disabled={pending || !file}>
          {pending ? "Importing…" : "Import collections"}
        </Button>
      </div>
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
      {result && (
        <div role="status" className="space-y-1 text-sm">
          {result.collections.map((c) => (
            <p key={c.id}>
              {c.name}: {c.created ? "created" : "extended"}, {c.added} outlet{c.added === 1 ? "" : "s"} added
            </p>
          ))}
          {result.invalid.map((i) => (
            <p key={i.line} className="text-amber-800">
              Line {i.line}: {i.reason}
            </p>
          ))}
        </div>
      )}
    </form>
  );
}

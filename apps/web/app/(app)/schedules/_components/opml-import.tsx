"use client";
// Importing feed subscriptions from an OPML file (as feed readers export them): one feed schedule
// per feed, named after its outline, polled at the chosen interval; addresses already subscribed
// are listed, not duplicated.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { apiFetch, errorMessage } from "@/lib/client/api-fetch";

interface ImportResult {
  created: { id: string; name: string; url: string }[];
  existing: { id: string; name: string; url: string }[];
  invalid: { url: string; reason: string }[];
  warning: string | null;
}

const INTERVALS = [
  { seconds: 900, label: "every 15 minutes" },
  { seconds: 3_600, label: "every hour" },
  { seconds: 21_600, label: "every 6 hours" },
  { seconds: 86_400, label: "every day" },
];

export function OpmlImport() {
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [interval, setInterval] = useState(3_600);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) return;
    setPending(true);
    setError(null);
    setResult(null);
    try {
      const opml = await file.text();
      setResult(
        await apiFetch<ImportResult>("/api/schedules/opml", { json: { opml, intervalSeconds: interval } }),
      );
      router.refresh();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={submit} aria-label="Import feeds from OPML" className="space-y-3">
      <div className="flex flex-wrap items-end gap-3">
        <Field
          label="OPML file"
          htmlFor="opml-file"
          hint="Exported from a feed reader (Feedly, Inoreader, NetNewsWire…)."
        >
          <Input
            id="opml-file"
            type="file"
            accept=".opml,.xml,text/x-opml,text/xml,application/xml"
            required
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            className="w-80"
          />
        </Field>
        <Field label="Poll each feed" htmlFor="opml-interval">
          <Select
            id="opml-interval"
            value={interval}
            onChange={(e) => setInterval(Number(e.target.value))}
            className="w-48"
          >
            {INTERVALS.map((i) => (
              <option key={i.seconds} value={i.seconds}>
                {i.label}
              </option>
            ))}
          </Select>
        </Field>
        <Button type="submit" disabled={pending || !file}>
          {pending ? "Importing…" : "Import feeds"}
        </Button>
      </div>
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
      {result && (
        <div role="status" className="space-y-1 text-sm">
          <p className="font-medium">
            {result.created.length} feed{result.created.length === 1 ? "" : "s"} subscribed
            {result.existing.length > 0 && `, ${result.existing.length} already subscribed`}
            {result.invalid.length > 0 && `, ${result.invalid.length} skipped`}.
          </p>
          {result.created.length > 0 && (
            <ul className="list-inside list-disc text-slate-700">
              {result.created.slice(0, 20).map((c) => (
                <li key={c.id}>
                  <Link href={`/schedules/${c.id}`} className="text-blue-700 hover:underline">
                    {c.name}
                  </Link>
                </li>
              ))}
              {result.created.length > 20 && <li>…and {result.created.length - 20} more</li>}
            </ul>
          )}
          {result.invalid.map((i) => (
            <p key={i.url} className="text-amber-800">
              Skipped {i.url}: {i.reason}
            </p>
          ))}
          {result.warning && <p className="text-amber-800">{result.warning}</p>}
        </div>
      )}
    </form>
  );
}

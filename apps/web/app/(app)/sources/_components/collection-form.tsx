"use client";
// A new source collection: its name, what kind of outlets and which country, and its outlets —
// the ones ticked in the outlet list and/or a pasted list of addresses.
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { apiFetch, errorMessage } from "@/lib/client/api-fetch";

export const KIND_OPTIONS = [
  ["", "Any kind"],
  ["wire", "Wire services"],
  ["national", "National"],
  ["local", "Local"],
  ["state-run", "State-run"],
  ["trade", "Trade press"],
  ["other", "Other"],
] as const;

export function CollectionForm({ sourceIds = [] }: { sourceIds?: string[] }) {
  const router = useRouter();
  const [name, setName] = useState("");
  const [kind, setKind] = useState("");
  const [country, setCountry] = useState("");
  const [domains, setDomains] = useState("");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      const { collection } = await apiFetch<{ collection: { id: string } }>("/api/collections", {
        json: {
          name,
          domains,
          sourceIds,
          ...(kind ? { kind } : {}),
          ...(country.trim() ? { country: country.trim() } : {}),
        },
      });
      router.push(`/sources/collections/${collection.id}`);
    } catch (err) {
      setError(errorMessage(err));
      setPending(false);
    }
  }

  return (
    <form onSubmit={submit} aria-label="New collection" className="grid gap-4 md:grid-cols-3">
      <Field label="Collection name" htmlFor="collection-name" className="md:col-span-3">
        <Input
          id="collection-name"
          required
          value={name}
          placeholder="US national, China state media, Trade press…"
          onChange={(e) => setName(e.target.value)}
        />
      </Field>
      <Field label="Kind of outlets" htmlFor="collection-kind">
        <Select id="collection-kind" value={kind} onChange={(e) => setKind(e.target.value)}>
          {KIND_OPTIONS.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Country" htmlFor="collection-country" hint="Two letters, e.g. US, CN (optional).">
        <Input
          id="collection-country"
          maxLength={2}
          value={country}
          onChange={(e) => setCountry(e.target.value.toUpperCase())}
          className="w-24"
        />
      </Field>
      <div />
      <Field
        label="Outlets (addresses)"
        htmlFor="collection-domains"
        hint={
          sourceIds.length > 0
            ? `${sourceIds.length} ticked outlet${sourceIds.length === 1 ? "" : "s"} are added too. One address per line, or separated by commas.`
            : "One address per line, or separated by commas: nytimes.com, https://www.bbc.co.uk/news…"
        }
        className="md:col-span-3"
      >
        <Textarea
          id="collection-domains"
          rows={4}
          value={domains}
          onChange={(e) => setDomains(e.target.value)}
        />
      </Field>
      <div className="flex items-center gap-3 md:col-span-3">
        <Button type="submit" disabled={pending || !name.trim()}>
          {pending ? "Creating…" : "Create collection"}
        </Button>
        {error && (
          <p role="alert" className="text-sm text-red-700">
            {error}
          </p>
        )}
      </div>
    </form>
  );
}

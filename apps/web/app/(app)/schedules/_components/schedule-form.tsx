"use client";
// Creating or editing a schedule: what it does (re-ingest a scope, poll a feed, crawl a sitemap)
// and when. Editing sends the whole schedule (PUT), as the API expects.
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { apiFetch, errorMessage } from "@/lib/client/api-fetch";
import { ScopeFields, UrlFields } from "./schedule-form-fields";
import { type FormState, INITIAL_FORM, toScheduleInput } from "./schedule-form-model";

export interface Option {
  id: string;
  label: string;
}

interface ScheduleFormProps {
  sources: Option[];
  themes: Option[];
  /** Editing an existing schedule: its id and current settings. */
  editing?: { id: string; form: FormState };
  onSaved?: () => void;
}

export function ScheduleForm({ sources, themes, editing, onSaved }: ScheduleFormProps) {
  const router = useRouter();
  const [form, setForm] = useState<FormState>(editing?.form ?? INITIAL_FORM);
  const [error, setError] = useState<string | null>(null);
  const [warning, setWarning] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const set = (patch: Partial<FormState>) => setForm((f) => ({ ...f, ...patch }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setPending(true);
    setError(null);
    setWarning(null);
    try {
      const saved = await apiFetch<{ warning: string | null }>(
        editing ? `/api/schedules/${editing.id}` : "/api/schedules",
        { method: editing ? "PUT" : "POST", json: toScheduleInput(form) },
      );
      setWarning(saved.warning);
      if (!editing) setForm(INITIAL_FORM);
      router.refresh();
      onSaved?.();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setPending(false);
    }
  }

  return (
    <form
      onSubmit={submit}
      className="grid gap-4 md:grid-cols-2"
      aria-label={editing ? "Edit schedule" : "New schedule"}
    >
      <Field label="What it does" htmlFor="schedule-kind">
        <Select
          id="schedule-kind"
          value={form.kind}
          disabled={editing !== undefined}
          onChange={(e) => set({ kind: e.target.value as FormState["kind"] })}
        >
          <option value="feed">Poll a feed (RSS, Atom, JSON Feed) or a site's feed</option>
          <option value="sitemap">Crawl a sitemap</option>
          <option value="reingest">Re-ingest articles (catch edits)</option>
        </Select>
      </Field>
      <Field
        label="Name"
        htmlFor="schedule-name"
        hint="Optional: a feed is named after its title, anything else after its address."
      >
        <Input id="schedule-name" value={form.name} onChange={(e) => set({ name: e.target.value })} />
      </Field>
      {form.kind === "reingest" ? (
        <ScopeFields form={form} set={set} sources={sources} themes={themes} />
      ) : (
        <UrlFields form={form} set={set} />
      )}
      <Field label="When" htmlFor="schedule-timing">
        <div className="flex gap-2">
          <Select
            id="schedule-timing"
            className="w-28"
            value={form.timing}
            onChange={(e) => set({ timing: e.target.value as FormState["timing"] })}
          >
            <option value="every">Every</option>
            <option value="cron">Cron</option>
          </Select>
          {form.timing === "every" ? (
            <>
              <Input
                aria-label="Interval"
                className="w-20"
                type="number"
                min={1}
                value={form.every}
                onChange={(e) => set({ every: e.target.value })}
              />
              <Select
                aria-label="Interval unit"
                className="w-32"
                value={form.everyUnit}
                onChange={(e) => set({ everyUnit: e.target.value as FormState["everyUnit"] })}
              >
                <option value="minutes">minutes</option>
                <option value="hours">hours</option>
                <option value="days">days</option>
              </Select>
            </>
          ) : (
            <Input
              aria-label="Cron expression"
              value={form.cron}
              onChange={(e) => set({ cron: e.target.value })}
            />
          )}
        </div>
      </Field>
      <Field label="Time zone" htmlFor="schedule-tz" hint="For cron times, e.g. Europe/Berlin.">
        <Input id="schedule-tz" value={form.timezone} onChange={(e) => set({ timezone: e.target.value })} />
      </Field>
      <div className="flex items-center gap-3 md:col-span-2">
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : editing ? "Save changes" : "Create schedule"}
        </Button>
        {error && (
          <p role="alert" className="text-sm text-red-700">
            {error}
          </p>
        )}
        {warning && (
          <p role="status" className="text-sm text-amber-800">
            {warning}
          </p>
        )}
      </div>
    </form>
  );
}

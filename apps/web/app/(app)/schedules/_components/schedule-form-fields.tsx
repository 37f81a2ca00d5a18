"use client";
// The kind-specific parts of the schedule form.
import { Field, Input, Select } from "@/components/ui/field";
import type { Option } from "./schedule-form";
import type { FormState } from "./schedule-form-model";

interface FieldsProps {
  form: FormState;
  set: (patch: Partial<FormState>) => void;
}

export function UrlFields({ form, set }: FieldsProps) {
  const isFeed = form.kind === "feed";
  return (
    <>
      <Field
        label={isFeed ? "Feed or site address" : "Sitemap address"}
        htmlFor="schedule-url"
        hint={
          isFeed
            ? "A site address works too: its feed is found."
            : "A sitemap index is followed to its newest sitemaps."
        }
        className="md:col-span-2"
      >
        <Input
          id="schedule-url"
          type="url"
          required
          placeholder={isFeed ? "https://example.com" : "https://example.com/sitemap.xml"}
          value={form.url}
          onChange={(e) => set({ url: e.target.value })}
        />
      </Field>
      {!isFeed && (
        <>
          <Field label="Only paths like" htmlFor="schedule-pattern" hint="A glob, e.g. /news/** (optional).">
            <Input
              id="schedule-pattern"
              value={form.pattern}
              onChange={(e) => set({ pattern: e.target.value })}
            />
          </Field>
          <div className="grid grid-cols-2 gap-2">
            <DaysField label="From the last (days)" form={form} set={set} />
            <Field label="At most URLs per run" htmlFor="schedule-limit" hint="Default 500.">
              <Input
                id="schedule-limit"
                type="number"
                min={1}
                value={form.limit}
                onChange={(e) => set({ limit: e.target.value })}
              />
            </Field>
          </div>
        </>
      )}
    </>
  );
}

export function ScopeFields({
  form,
  set,
  sources,
  themes,
}: FieldsProps & { sources: Option[]; themes: Option[] }) {
  return (
    <>
      <Field label="Which articles" htmlFor="schedule-scope">
        <Select
          id="schedule-scope"
          value={form.scope}
          onChange={(e) => set({ scope: e.target.value as FormState["scope"] })}
        >
          <option value="all">All articles</option>
          <option value="recent">Published in the last N days</option>
          <option value="source">One source</option>
          <option value="theme">One theme's articles</option>
          <option value="failed">Previously failed</option>
        </Select>
      </Field>
      {form.scope === "recent" && <DaysField label="Days" form={form} set={set} />}
      {form.scope === "source" && (
        <Choice
          id="schedule-source"
          label="Source"
          value={form.sourceId}
          options={sources}
          onChange={(sourceId) => set({ sourceId })}
        />
      )}
      {form.scope === "theme" && (
        <Choice
          id="schedule-theme"
          label="Theme"
          value={form.themeId}
          options={themes}
          onChange={(themeId) => set({ themeId })}
        />
      )}
      {(form.scope === "all" || form.scope === "failed") && <div />}
    </>
  );
}

function Choice(props: {
  id: string;
  label: string;
  value: string;
  options: Option[];
  onChange: (id: string) => void;
}) {
  return (
    <Field label={props.label} htmlFor={props.id}>
      <Select id={props.id} required value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        <option value="">Choose a {props.label.toLowerCase()}…</option>
        {props.options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}

function DaysField({ label, form, set }: FieldsProps & { label: string }) {
  return (
    <Field label={label} htmlFor="schedule-days">
      <Input
        id="schedule-days"
        type="number"
        min={1}
        value={form.days}
        onChange={(e) => set({ days: e.target.value })}
      />
    </Field>
  );
}

"use client";
// Creating or editing an alert rule: what to watch (the fields the kind needs: a theme, a search
// query with an optional source or collection filter, or a source), how often to send and where. Checked with the API's own schema before sending; the server's answer (including the
// SSRF guard refusing a private webhook address) lands on the field it concerns.
import { ALERT_KINDS, KIND_USES } from "@tidemark/alerts/rule-input";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { ApiClientError, apiFetch, errorMessage } from "@/lib/client/api-fetch";
import {
  type FieldErrors,
  fieldErrors,
  INITIAL_RULE_FORM,
  KIND_LABELS,
  type RuleFormState,
  THRESHOLD_FIELD,
  toRuleInput,
  validateRule,
} from "./rule-form-model";

export interface Option {
  id: string;
  label: string;
  group?: string;
}

interface RuleFormProps {
  themes: Option[];
  sources: Option[];
  collections: Option[];
  initial?: Partial<RuleFormState>;
  /** Editing a saved rule. */
  editing?: { id: string; hasSecret: boolean };
}

export function RuleForm({ themes, sources, collections, initial, editing }: RuleFormProps) {
  const router = useRouter();
  const [form, setForm] = useState<RuleFormState>({ ...INITIAL_RULE_FORM, ...initial });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [pending, setPending] = useState(false);
  const set = (patch: Partial<RuleFormState>) => setForm((f) => ({ ...f, ...patch }));
  const uses = KIND_USES[form.kind];
  const byQuery = uses.query && form.watch === "query";
  const threshold = THRESHOLD_FIELD[form.kind];

  async function submit(event: FormEvent) {
    event.preventDefault();
    const body = toRuleInput(form, editing);
    const invalid = validateRule(body);
    setErrors(invalid ?? {});
    if (invalid) return;
    setPending(true);
    try {
      await apiFetch(editing ? `/api/alerts/${editing.id}` : "/api/alerts", {
        method: editing ? "PATCH" : "POST",
        json: body,
      });
      router.push("/alerts");
      router.refresh();
    } catch (err) {
      const issues = err instanceof ApiClientError ? err.body.issues : undefined;
      setErrors(issues?.length ? fieldErrors(issues) : { form: errorMessage(err) });
    } finally {
      setPending(false);
    }
  }

  const describedBy = (field: keyof RuleFormState) => (errors[field] ? `rule-${field}-error` : undefined);

  return (
    <form
      onSubmit={submit}
      noValidate
      className="grid grid-cols-[minmax(0,1fr)] gap-4 md:grid-cols-2"
      aria-label={editing ? "Edit alert rule" : "New alert rule"}
    >
      <Field label="Name" htmlFor="rule-name" error={errors.name}>
        <Input
          id="rule-name"
          value={form.name}
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={describedBy("name")}
          onChange={(e) => set({ name: e.target.value })}
        />
      </Field>
      <Field label="Tell me when" htmlFor="rule-kind" error={errors.kind}>
        <Select
          id="rule-kind"
          value={form.kind}
          onChange={(e) => set({ kind: e.target.value as RuleFormState["kind"] })}
        >
          {ALERT_KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_LABELS[k]}
            </option>
          ))}
        </Select>
      </Field>
      {uses.query && (
        <Field label="Watch" htmlFor="rule-watch">
          <Select
            id="rule-watch"
            value={form.watch}
            onChange={(e) => set({ watch: e.target.value === "query" ? "query" : "theme" })}
          >
            <option value="theme">A theme</option>
            <option value="query">A search query</option>
          </Select>
        </Field>
      )}
      {byQuery ? (
        <>
          <Field
            label="Search query"
            htmlFor="rule-query"
            className="md:col-span-2"
            hint="The theme query language: words, “phrases”, AND, OR, NOT, NEAR/n, prefix*, title:… (see the themes guide)."
            error={errors.query}
          >
            <Textarea
              id="rule-query"
              rows={2}
              value={form.query}
              spellCheck={false}
              aria-invalid={errors.query ? true : undefined}
              aria-describedby={describedBy("query")}
              onChange={(e) => set({ query: e.target.value })}
            />
          </Field>
          <Choice
            id="rule-collectionId"
            label="Only from collection"
            placeholder="Any collection"
            value={form.collectionId}
            options={collections}
            error={errors.collectionId}
            onChange={(collectionId) => set({ collectionId })}
          />
          <Choice
            id="rule-sourceId"
            label="Only from source"
            placeholder="Any source"
            value={form.sourceId}
            options={sources}
            error={errors.sourceId}
            onChange={(sourceId) => set({ sourceId })}
          />
        </>
      ) : uses.subject === "theme" ? (
        <Choice
          id="rule-themeId"
          label="Theme"
          value={form.themeId}
          options={themes}
          error={errors.themeId}
          onChange={(themeId) => set({ themeId })}
        />
      ) : (
        <Choice
          id="rule-sourceId"
          label="Source"
          value={form.sourceId}
          options={sources}
          error={errors.sourceId}
          onChange={(sourceId) => set({ sourceId })}
        />
      )}
      {threshold && (
        <Field
          label={threshold.label}
          htmlFor="rule-threshold"
          hint={threshold.hint}
          error={errors.threshold}
        >
          <Input
            id="rule-threshold"
            type="number"
            inputMode="decimal"
            step={threshold.step}
            min={0}
            value={form.threshold}
            aria-invalid={errors.threshold ? true : undefined}
            aria-describedby={describedBy("threshold")}
            onChange={(e) => set({ threshold: e.target.value })}
          />
        </Field>
      )}
      {uses.window && (
        <Field
          label={form.kind === "source_failing" ? "Failing for (hours)" : "Window (hours)"}
          htmlFor="rule-windowHours"
          hint={
            form.kind === "source_failing"
              ? "Fires when every fetch of the source failed for this long."
              : "How far back each evaluation looks."
          }
          error={errors.windowHours}
        >
          <Input
            id="rule-windowHours"
            type="number"
            min={1}
            max={720}
            step={1}
            value={form.windowHours}
            aria-invalid={errors.windowHours ? true : undefined}
            aria-describedby={describedBy("windowHours")}
            onChange={(e) => set({ windowHours: e.target.value })}
          />
        </Field>
      )}
      <Field
        label="Send"
        htmlFor="rule-digest"
        hint="A digest collects a busy period's alerts into one message."
        error={errors.digest}
      >
        <Select
          id="rule-digest"
          value={form.digest}
          onChange={(e) => set({ digest: e.target.value as RuleFormState["digest"] })}
        >
          <option value="none">Each alert at once</option>
          <option value="hourly">An hourly digest</option>
          <option value="daily">A daily digest (UTC days)</option>
        </Select>
      </Field>

      <fieldset className="space-y-3 rounded-md border border-slate-200 p-3 md:col-span-2">
        <legend className="px-1 text-sm font-medium text-slate-700">
          Where (a webhook, an e-mail address, or both)
        </legend>
        <div className="grid grid-cols-[minmax(0,1fr)] gap-4 md:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
          <Field
            label="Webhook URL"
            htmlFor="rule-webhookUrl"
            hint="Public http(s) addresses only; a receiver on your own network must be named in TIDEMARK_FETCH_ALLOW_HOSTS."
            error={errors.webhookUrl}
          >
            <Input
              id="rule-webhookUrl"
              type="url"
              placeholder="https://hooks.example.com/tidemark"
              value={form.webhookUrl}
              aria-invalid={errors.webhookUrl ? true : undefined}
              aria-describedby={describedBy("webhookUrl")}
              onChange={(e) => set({ webhookUrl: e.target.value })}
            />
          </Field>
          <Field label="Format" htmlFor="rule-webhookFormat" error={errors.webhookFormat}>
            <Select
              id="rule-webhookFormat"
              value={form.webhookFormat}
              onChange={(e) => set({ webhookFormat: e.target.value as RuleFormState["webhookFormat"] })}
            >
              <option value="json">JSON (Tidemark's payload)</option>
              <option value="slack">Slack-compatible</option>
            </Select>
          </Field>
        </div>
        {form.webhookUrl.trim() !== "" && (
          <Field
            label="Signing secret"
            htmlFor="rule-webhookSecret"
            hint={
              editing?.hasSecret
                ? "A secret is set and is never shown; leave blank to keep it, or type a new one."
                : "Optional, at least 8 characters: requests are signed with X-Tidemark-Signature."
            }
            error={errors.webhookSecret}
          >
            <Input
              id="rule-webhookSecret"
              type="password"
              autoComplete="new-password"
              value={form.webhookSecret}
              disabled={form.removeSecret}
              aria-invalid={errors.webhookSecret ? true : undefined}
              aria-describedby={describedBy("webhookSecret")}
              onChange={(e) => set({ webhookSecret: e.target.value })}
            />
            {editing?.hasSecret && (
              <label className="mt-1 flex items-center gap-2 text-sm text-slate-700">
                <input
                  type="checkbox"
                  checked={form.removeSecret}
                  onChange={(e) => set({ removeSecret: e.target.checked })}
                />
                Remove the secret (send unsigned)
              </label>
            )}
          </Field>
        )}
        <Field
          label="E-mail to"
          htmlFor="rule-emailTo"
          hint="Sent through the SMTP server in SMTP_URL."
          error={errors.emailTo}
        >
          <Input
            id="rule-emailTo"
            type="email"
            placeholder="desk@example.com"
            value={form.emailTo}
            aria-invalid={errors.emailTo ? true : undefined}
            aria-describedby={describedBy("emailTo")}
            onChange={(e) => set({ emailTo: e.target.value })}
          />
        </Field>
      </fieldset>

      <label className="flex items-center gap-2 text-sm text-slate-700 md:col-span-2">
        <input type="checkbox" checked={form.enabled} onChange={(e) => set({ enabled: e.target.checked })} />
        Enabled (a paused rule is not evaluated)
      </label>
      <div className="flex flex-wrap items-center gap-3 md:col-span-2">
        <Button type="submit" variant="primary" disabled={pending}>
          {pending ? "Saving…" : editing ? "Save changes" : "Create rule"}
        </Button>
        {errors.form && (
          <p role="alert" className="text-sm text-red-700">
            {errors.form}
          </p>
        )}
      </div>
    </form>
  );
}

function Choice(props: {
  id: string;
  label: string;
  /** The empty choice's text (default "Choose a …"). */
  placeholder?: string;
  value: string;
  options: Option[];
  error: string | undefined;
  onChange: (id: string) => void;
}) {
  const groups = [...new Set(props.options.map((o) => o.group ?? ""))];
  const render = (options: Option[]) =>
    options.map((o) => (
      <option key={o.id} value={o.id}>
        {o.label}
      </option>
    ));
  return (
    <Field label={props.label} htmlFor={props.id} error={props.error}>
      <Select
        id={props.id}
        value={props.value}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? `${props.id}-error` : undefined}
        onChange={(e) => props.onChange(e.target.value)}
      >
        <option value="">{props.placeholder ?? `Choose a ${props.label.toLowerCase()}…`}</option>
        {groups.length <= 1
          ? render(props.options)
          : groups.map((g) => (
              <optgroup key={g} label={g}>
                {render(props.options.filter((o) => (o.group ?? "") === g))}
              </optgroup>
            ))}
      </Select>
    </Field>
  );
}

// The alert rule form's model: only the settings a kind reads are sent, the secret stays
// write-only on edits, and the API's schema errors land on the field they concern.
import { describe, expect, it } from "vitest";
import {
  fieldErrors,
  INITIAL_RULE_FORM,
  type RuleFormState,
  toRuleInput,
  validateRule,
} from "@/app/(app)/alerts/_components/rule-form-model";

const THEME = "0193a3c4-0000-7000-8000-000000000001";
const SOURCE = "0193a3c4-0000-7000-8000-000000000002";
const form = (patch: Partial<RuleFormState>): RuleFormState => ({ ...INITIAL_RULE_FORM, ...patch });

describe("alert rule form model", () => {
  it("sends only what the kind reads", () => {
    const stale = { name: "x", themeId: THEME, sourceId: SOURCE, threshold: "0.2", windowHours: "6" };
    expect(toRuleInput(form({ ...stale, kind: "new_article" }))).toMatchObject({
      themeId: THEME,
      sourceId: null,
      threshold: null,
      windowHours: 24,
    });
    expect(toRuleInput(form({ ...stale, kind: "share_above" }))).toMatchObject({
      themeId: THEME,
      sourceId: null,
      threshold: 0.2,
      windowHours: 6,
    });
    expect(toRuleInput(form({ ...stale, kind: "source_failing" }))).toMatchObject({
      themeId: null,
      sourceId: SOURCE,
      threshold: null,
      windowHours: 6,
    });
  });

  it("sends a query and its filter instead of a theme when watching a search", () => {
    const COLLECTION = "0193a3c4-0000-7000-8000-000000000003";
    const search = form({
      name: "x",
      watch: "query",
      themeId: THEME,
      query: "huawei AND ban",
      collectionId: COLLECTION,
      emailTo: "a@example.com",
    });
    expect(toRuleInput(search)).toMatchObject({
      themeId: null,
      query: "huawei AND ban",
      collectionId: COLLECTION,
      sourceId: null,
    });
    // A kind that cannot watch a query sends the theme, never a stale query.
    expect(toRuleInput({ ...search, kind: "share_above", threshold: "0.1" })).toMatchObject({
      themeId: THEME,
      query: null,
      collectionId: null,
    });
    expect(validateRule(toRuleInput({ ...search, query: "huawei AND (ban" }))?.query).toMatch(/column/);
    expect(validateRule(toRuleInput({ ...search, query: "  " }))?.query).toMatch(/Type a query/);
  });

  it("keeps a stored secret unless a new one is typed or it is removed", () => {
    const base = form({ name: "x", themeId: THEME, webhookUrl: "https://hooks.example.com/x" });
    expect(toRuleInput(base, { hasSecret: true })).not.toHaveProperty("webhookSecret");
    expect(toRuleInput({ ...base, webhookSecret: "new-secret" }, { hasSecret: true }).webhookSecret).toBe(
      "new-secret",
    );
    expect(toRuleInput({ ...base, removeSecret: true }, { hasSecret: true }).webhookSecret).toBeNull();
    // Without a webhook there is nothing to sign.
    expect(
      toRuleInput({ ...base, webhookUrl: "", emailTo: "a@example.com" }, { hasSecret: true }).webhookSecret,
    ).toBeNull();
  });

  it("puts the schema's errors on their fields", () => {
    const errors = validateRule(
      toRuleInput(form({ kind: "share_below", threshold: "5", webhookUrl: "ftp://x" })),
    );
    expect(Object.keys(errors ?? {}).sort()).toEqual(["name", "themeId", "threshold", "webhookUrl"]);
    expect(errors?.threshold).toMatch(/between 0 and 1/);
    expect(
      validateRule(toRuleInput(form({ name: "ok", themeId: THEME, emailTo: "desk@example.com" }))),
    ).toBeNull();
    expect(
      fieldErrors([
        { path: ["webhookUrl"], message: "refused" },
        { path: [], message: "other" },
      ]),
    ).toEqual({
      webhookUrl: "refused",
      form: "other",
    });
  });
});

// Pure helpers behind the article page: evidence highlighting by UTF-16 offsets (overlapping
// themes kept apart) and the version diff.
import { describe, expect, it } from "vitest";
import { splitByMarks } from "@/lib/articles/highlight";
import { versionDiff } from "@/lib/articles/version-diff";

describe("splitByMarks", () => {
  it("cuts text into runs by the themes covering them, overlaps included", () => {
    const text = "Huawei ban on data privacy grounds";
    const runs = splitByMarks(text, [
      { start: 0, end: 10, themeId: "a" }, // "Huawei ban"
      { start: 7, end: 26, themeId: "b" }, // "ban on data privacy"
    ]);
    expect(runs.map((r) => [r.text, r.themeIds])).toEqual([
      ["Huawei ", ["a"]],
      ["ban", ["a", "b"]],
      [" on data privacy", ["b"]],
      [" grounds", []],
    ]);
    expect(runs.map((r) => r.text).join("")).toBe(text);
  });

  it("uses UTF-16 offsets (as stored) and an offset for sentences cut from the text", () => {
    const sentence = "🙂 TikTok bans";
    // "TikTok" starts after the emoji (2 UTF-16 units) and a space; the sentence starts at 100.
    const runs = splitByMarks(sentence, [{ start: 103, end: 109, themeId: "t" }], 100);
    expect(runs.find((r) => r.themeIds.length > 0)?.text).toBe("TikTok");
  });

  it("ignores spans outside the text", () => {
    expect(splitByMarks("short", [{ start: 50, end: 60, themeId: "x" }])).toEqual([
      { text: "short", start: 0, themeIds: [] },
    ]);
  });
});

describe("versionDiff", () => {
  it("marks added and removed words and folds long unchanged stretches", () => {
    const common = "Lorem ipsum dolor sit amet. ".repeat(30);
    const { parts, changed } = versionDiff(
      `${common}The minister resigned.`,
      `${common}The minister stayed.`,
    );
    expect(changed).toBeGreaterThan(0);
    expect(parts).toContainEqual({ kind: "removed", text: "resigned" });
    expect(parts).toContainEqual({ kind: "added", text: "stayed" });
    expect(parts[0]).toMatchObject({ kind: "folded" });
  });

  it("reports identical texts as unchanged", () => {
    expect(versionDiff("same text", "same text").changed).toBe(0);
  });
});

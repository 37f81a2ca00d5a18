// The chart palette keeps 24 series apart, and series that share a colour get stable, distinct
// replacements.
import { describe, expect, it } from "vitest";
import { CHART_PALETTE, deltaE } from "@/lib/themes/chart-palette";
import { distinctColors } from "@/lib/themes/display-colors";

describe("chart palette", () => {
  it("has 24 colours, every pair at least ΔE 20 apart", () => {
    expect(new Set(CHART_PALETTE).size).toBe(24);
    for (let i = 0; i < CHART_PALETTE.length; i++)
      for (let j = i + 1; j < CHART_PALETTE.length; j++) {
        const a = CHART_PALETTE[i] ?? "";
        const b = CHART_PALETTE[j] ?? "";
        expect(deltaE(a, b), `${a} vs ${b}`).toBeGreaterThanOrEqual(20);
      }
  });

  it("gives 24 themes of one colour 24 distinct colours, the first keeping its own", () => {
    const themes = Array.from({ length: 24 }, (_, i) => ({ id: `theme-${i}`, color: "#7c3aed" }));
    const colors = distinctColors(themes);
    expect(colors.get("theme-0")).toBe("#7c3aed");
    const values = [...colors.values()];
    for (let i = 0; i < values.length; i++)
      for (let j = i + 1; j < values.length; j++)
        expect(deltaE(values[i] ?? "", values[j] ?? "")).toBeGreaterThanOrEqual(20);
  });

  it("assigns a replacement colour by id, whatever else is in the view", () => {
    const alone = distinctColors([{ id: "a", color: "#123456" }, { id: "person-x" }]).get("person-x");
    const reordered = distinctColors([{ id: "b", color: "#654321" }, { id: "person-x" }]).get("person-x");
    expect(alone).toBe(reordered);
    expect(CHART_PALETTE).toContain(alone);
  });
});

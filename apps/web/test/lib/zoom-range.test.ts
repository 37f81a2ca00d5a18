// The date steps of exploring a chart by brush and keyboard.
import { describe, expect, it } from "vitest";
import { brushedRange, daysIn, pan, zoomIn, zoomOut } from "@/components/charts/zoom-range";

describe("zoom range", () => {
  const range = { from: "2024-01-01", to: "2024-01-31" };

  it("zooms in to half the span around the middle, and out to twice", () => {
    expect(daysIn(range)).toBe(31);
    const inner = zoomIn(range);
    expect(daysIn(inner)).toBe(16);
    expect(inner).toEqual({ from: "2024-01-08", to: "2024-01-23" });
    const outer = zoomOut(range);
    expect(daysIn(outer)).toBe(62);
    expect(outer.from < range.from && outer.to > range.to).toBe(true);
    expect(zoomIn({ from: "2024-01-05", to: "2024-01-05" })).toEqual({
      from: "2024-01-05",
      to: "2024-01-05",
    });
  });

  it("moves by a quarter of the span", () => {
    expect(pan(range, 1)).toEqual({ from: "2024-01-09", to: "2024-02-08" });
    expect(pan(range, -1)).toEqual({ from: "2023-12-24", to: "2024-01-23" });
  });

  it("turns brushed buckets into dates clipped to the range shown", () => {
    const weeks = ["2023-12-25", "2024-01-01", "2024-01-08", "2024-01-15", "2024-01-22", "2024-01-29"];
    expect(brushedRange(weeks, "week", 3, 1, range)).toEqual({ from: "2024-01-01", to: "2024-01-21" });
    expect(brushedRange(weeks, "week", 0, 5, range)).toEqual(range);
    expect(brushedRange([], "week", 0, 1, range)).toBeNull();
  });
});

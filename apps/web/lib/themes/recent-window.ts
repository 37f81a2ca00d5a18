// "What is new lately": the last quarter of a view's range (one week to three months), to be
// compared with the period of the same length just before it.
import { addDays } from "@/lib/dates/local-dates";
import type { ResolvedRange } from "./range-query";

export function recentWindow(range: Pick<ResolvedRange, "from" | "to">): {
  from: string;
  to: string;
  days: number;
} {
  const span = Math.round((Date.parse(range.to) - Date.parse(range.from)) / 86_400_000) + 1;
  const days = Math.min(91, Math.max(7, Math.round(span / 4)));
  return { from: addDays(range.to, -(days - 1)), to: range.to, days };
}

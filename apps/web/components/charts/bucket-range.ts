// The local dates a series bucket covers, clipped to the view's range, for links from a chart
// point to the articles behind it.
import { addDays } from "@/lib/dates/local-dates";

export function bucketEnd(bucket: string, unit: "day" | "week" | "month"): string {
  if (unit === "day") return bucket;
  if (unit === "week") return addDays(bucket, 6);
  const date = new Date(`${bucket}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + 1);
  date.setUTCDate(0);
  return date.toISOString().slice(0, 10);
}

export function bucketDates(
  bucket: string,
  unit: "day" | "week" | "month",
  rangeFrom: string,
  rangeTo: string,
) {
  const from = bucket < rangeFrom ? rangeFrom : bucket;
  const end = bucketEnd(bucket, unit);
  return { from, to: end > rangeTo ? rangeTo : end };
}

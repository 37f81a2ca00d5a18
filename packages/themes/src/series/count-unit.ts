// What a series counts: articles (every counted article), text families (near-duplicate copies of
// one text count once) or stories (articles of several outlets about one event count once).
// Definitions: docs/themes.md, "Counting articles, families or stories".
import { z } from "zod";

export const COUNT_UNITS = ["articles", "families", "stories"] as const;
export type CountUnit = (typeof COUNT_UNITS)[number];

export const countUnitSchema = z.enum(COUNT_UNITS).default("articles");

// What a dataset gives the exporter: its columns, its rows (read lazily, page by page), and the
// themes whose versions the stamp must name.
import type { Db } from "@tidemark/db";
import type { z } from "zod";
import type { StampTheme } from "./stamp";

export type ExportRow = Record<string, unknown>;

export interface ExportSource {
  columns: string[];
  rows: AsyncIterable<ExportRow>;
  themes: StampTheme[];
  params: Record<string, unknown>;
}

export interface ExportDataset<S extends z.ZodType = z.ZodType> {
  name: string;
  description: string;
  query: S;
  open(db: Db, query: z.output<S>): Promise<ExportSource>;
}

export function defineDataset<S extends z.ZodType>(dataset: ExportDataset<S>): ExportDataset<S> {
  return dataset;
}

// Every downloadable dataset, by the name used in /api/exports/<name>.
import type { ExportDataset } from "../types";
import { articlesDataset } from "./articles";
import { cooccurrenceDataset } from "./cooccurrence";
import { failedJobsDataset } from "./failed-jobs";
import { risingDataset } from "./rising";
import { seriesDataset } from "./series";
import { sourceHealthDataset } from "./source-health";
import { sourceThemesDataset } from "./source-themes";
import { spikesDataset } from "./spikes";
import { termsDataset } from "./terms";
import { themesDataset } from "./themes";

// Each dataset validates its own query; the registry only needs to know their names.
export const DATASETS: Record<string, ExportDataset> = Object.fromEntries(
  [
    articlesDataset,
    seriesDataset,
    spikesDataset,
    termsDataset,
    cooccurrenceDataset,
    sourceThemesDataset,
    themesDataset,
    risingDataset,
    sourceHealthDataset,
    failedJobsDataset,
  ].map((d) => [d.name, d as unknown as ExportDataset]),
);

// Every export says what produced it: the dataset and its parameters, when, the extractor
// version, and the theme definition version behind each theme's numbers (with any newer version
// still being backfilled) — in response headers and a `meta` object (JSON). The files stay clean
// (a CSV starts with its header row); a leading `#` comment line in CSV is opt-in (`stamp=1`).
import { EXTRACTOR_VERSION } from "@tidemark/ingest/extract";

export interface StampTheme {
  id: string;
  slug: string;
  name: string;
  /** The version whose hits the numbers count. */
  version: number | null;
  /** A newer definition being backfilled, if any. */
  pendingVersion: number | null;
}

export interface ExportMeta {
  dataset: string;
  generatedAt: string;
  extractorVersion: string;
  themes: StampTheme[];
  params: Record<string, unknown>;
}

export function exportMeta(
  dataset: string,
  themes: StampTheme[],
  params: Record<string, unknown>,
): ExportMeta {
  return {
    dataset,
    generatedAt: new Date().toISOString(),
    extractorVersion: EXTRACTOR_VERSION,
    themes,
    params,
  };
}

/** "data-privacy@v3" or "data-privacy@v3 (v4 pending)". */
export function themeVersionsText(themes: readonly StampTheme[]): string {
  return themes
    .map(
      (t) => `${t.slug}@v${t.version ?? "none"}${t.pendingVersion ? ` (v${t.pendingVersion} pending)` : ""}`,
    )
    .join(", ");
}

function paramsText(params: Record<string, unknown>): string {
  return Object.entries(params)
    .filter(([, v]) => v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0))
    .map(([k, v]) => `${k}=${Array.isArray(v) ? v.join("|") : String(v)}`)
    .join(" ");
}

export function csvStampLine(meta: ExportMeta): string {
  const themes = meta.themes.length > 0 ? themeVersionsText(meta.themes) : "none";
  // One line, no line breaks inside: tools that skip "#" comment lines skip exactly this.
  const line = `# Tidemark export; dataset=${meta.dataset}; generated=${meta.generatedAt}; extractor=${meta.extractorVersion}; themes=${themes}; params=${paramsText(meta.params)}`;
  return `${line.replace(/[\r\n]+/g, " ")}\r\n`;
}

export function stampHeaders(meta: ExportMeta): Record<string, string> {
  return {
    "x-tidemark-dataset": meta.dataset,
    "x-tidemark-extractor-version": meta.extractorVersion,
    "x-tidemark-theme-versions": encodeURIComponent(themeVersionsText(meta.themes)),
    "x-tidemark-generated-at": meta.generatedAt,
    "x-tidemark-query": encodeURIComponent(paramsText(meta.params)),
  };
}

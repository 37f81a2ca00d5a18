// Collections from a CSV file, one outlet per row: `collection,domain` and optionally `country`
// and `kind` columns (any order, header names case-insensitive), as exported from a spreadsheet
// or from Media Cloud's source lists. Rows with problems are reported by line; none is dropped
// silently.
import { domainOf } from "./domains.ts";
import { COLLECTION_KINDS, type CollectionKind } from "./input.ts";

export interface CsvCollection {
  name: string;
  country: string | null;
  kind: CollectionKind | null;
  domains: string[];
}

export interface ParsedCsv {
  collections: CsvCollection[];
  invalid: { line: number; reason: string }[];
}

export class CollectionCsvError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CollectionCsvError";
  }
}

/** Splits one CSV line (RFC 4180 quoting; quoted fields do not span lines here). */
function fields(line: string): string[] {
  const out: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      out.push(field.trim());
      field = "";
    } else field += c;
  }
  out.push(field.trim());
  return out;
}

const HEADER_ALIASES: Record<string, "collection" | "domain" | "country" | "kind"> = {
  collection: "collection",
  collection_name: "collection",
  name: "collection",
  domain: "domain",
  url: "domain",
  homepage: "domain",
  source: "domain",
  country: "country",
  kind: "kind",
  type: "kind",
  media_type: "kind",
};

export function parseCollectionCsv(text: string): ParsedCsv {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const header = fields(lines[0] ?? "").map((h) => HEADER_ALIASES[h.toLowerCase().replace(/\s+/g, "_")]);
  const col = (name: "collection" | "domain" | "country" | "kind") => header.indexOf(name);
  if (col("collection") < 0 || col("domain") < 0)
    throw new CollectionCsvError(
      "The first line must name the columns, with at least `collection` and `domain` (optionally `country` and `kind`).",
    );
  const byName = new Map<string, CsvCollection>();
  const invalid: ParsedCsv["invalid"] = [];
  for (const [i, line] of lines.slice(1).entries()) {
    const lineNo = i + 2;
    if (!line.trim()) continue;
    const row = fields(line);
    const name = row[col("collection")]?.trim() ?? "";
    const domain = domainOf(row[col("domain")] ?? "");
    if (!name) {
      invalid.push({ line: lineNo, reason: "no collection name" });
      continue;
    }
    if (!domain) {
      invalid.push({
        line: lineNo,
        reason: `"${row[col("domain")] ?? ""}" is not a web address`,
      });
      continue;
    }
    const country = col("country") >= 0 ? (row[col("country")]?.trim().toUpperCase() ?? "") : "";
    const kindText = col("kind") >= 0 ? (row[col("kind")]?.trim().toLowerCase() ?? "") : "";
    const kind = (COLLECTION_KINDS as readonly string[]).includes(kindText)
      ? (kindText as CollectionKind)
      : null;
    if (kindText && !kind)
      invalid.push({
        line: lineNo,
        reason: `unknown kind "${kindText}" (use ${COLLECTION_KINDS.join(", ")}); outlet added without it`,
      });
    if (country && !/^[A-Z]{2}$/.test(country)) {
      invalid.push({ line: lineNo, reason: `country "${country}" is not a two-letter code` });
      continue;
    }
    const entry = byName.get(name) ?? { name, country: null, kind: null, domains: [] };
    entry.country ??= country || null;
    entry.kind ??= kind;
    if (!entry.domains.includes(domain)) entry.domains.push(domain);
    byName.set(name, entry);
  }
  return { collections: [...byName.values()], invalid };
}

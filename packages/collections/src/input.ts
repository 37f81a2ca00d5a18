// What a user may send to create or change a source collection.
import { z } from "zod";

/** Kinds of outlet groups Media Cloud users work with. */
export const COLLECTION_KINDS = ["wire", "national", "local", "state-run", "trade", "other"] as const;
export type CollectionKind = (typeof COLLECTION_KINDS)[number];

export const COLLECTION_KIND_LABELS: Record<CollectionKind, string> = {
  wire: "Wire services",
  national: "National",
  local: "Local",
  "state-run": "State-run",
  trade: "Trade press",
  other: "Other",
};

/** The most outlets one request may add (a pasted list or a CSV file). */
export const MAX_SOURCES_PER_REQUEST = 5_000;

export const collectionFieldsSchema = z.object({
  name: z.string().trim().min(1, "Give the collection a name").max(120),
  description: z.string().trim().max(2_000).default(""),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, "a two-letter country code like US or CN")
    .nullish(),
  kind: z.enum(COLLECTION_KINDS).nullish(),
});

export const collectionInputSchema = collectionFieldsSchema.extend({
  /** Outlets by id. */
  sourceIds: z.array(z.uuid()).max(MAX_SOURCES_PER_REQUEST).default([]),
  /** Outlets by address: a pasted list (lines, commas or spaces). Unknown outlets are created. */
  domains: z.string().max(1_000_000).default(""),
});

export type CollectionInput = z.input<typeof collectionInputSchema>;

export const collectionUpdateSchema = collectionFieldsSchema.partial();
export type CollectionUpdate = z.input<typeof collectionUpdateSchema>;

export const membersChangeSchema = z.object({
  add: z
    .object({
      sourceIds: z.array(z.uuid()).max(MAX_SOURCES_PER_REQUEST).default([]),
      domains: z.string().max(1_000_000).default(""),
    })
    .default({ sourceIds: [], domains: "" }),
  remove: z.array(z.uuid()).max(MAX_SOURCES_PER_REQUEST).default([]),
});
export type MembersChange = z.input<typeof membersChangeSchema>;

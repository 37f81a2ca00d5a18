// @tidemark/collections: named groups of outlets (Media Cloud's "collections"): "US national",
// "China state media", "Trade press". Series, comparisons, searches and exports filter by them.
export {
  changeMembers,
  createCollection,
  deleteCollection,
  type SavedCollection,
  slugify,
  updateCollection,
} from "./crud.ts";
export { CollectionCsvError, type CsvCollection, type ParsedCsv, parseCollectionCsv } from "./csv.ts";
export { domainOf, type ParsedDomains, parseDomainList } from "./domains.ts";
export { CollectionError } from "./errors.ts";
export { type CsvImportResult, importCollectionsCsv } from "./import-csv.ts";
export {
  COLLECTION_KIND_LABELS,
  COLLECTION_KINDS,
  type CollectionInput,
  type CollectionKind,
  type CollectionUpdate,
  collectionFieldsSchema,
  collectionInputSchema,
  collectionUpdateSchema,
  MAX_SOURCES_PER_REQUEST,
  type MembersChange,
  membersChangeSchema,
} from "./input.ts";
export {
  type CollectionSummary,
  collectionDetail,
  collectionSourceIds,
  listCollections,
  resolveCollectionRefs,
} from "./read.ts";

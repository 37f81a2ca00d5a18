// @tidemark/themes: theme definitions and their versions, tagging with evidence, backfills,
// coverage aggregates and the series built from them. Subpaths keep imports narrow:
//   ./query ./definitions ./tagging ./backfill ./coverage ./series ./preview ./default-pack
export * from "./backfill/index.ts";
export * from "./coverage/index.ts";
export * from "./default-pack/index.ts";
export * from "./definitions/index.ts";
export * from "./preview/index.ts";
export * from "./series/index.ts";
export * from "./tagging/index.ts";

export { DEFAULT_ENTITIES } from "./entities.ts";
export { loadDefaultPack, type PackLoadResult } from "./load-default-pack.ts";
export { DEFAULT_THEMES } from "./themes.ts";

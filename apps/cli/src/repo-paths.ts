import { fileURLToPath } from "node:url";

/** The repository's seeds folder (the CLI runs from its source tree). */
export const DEFAULT_SEEDS_DIR = fileURLToPath(new URL("../../../seeds", import.meta.url));

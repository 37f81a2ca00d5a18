import { fileURLToPath } from "node:url";

/** seeds/demo in the repository (this package runs from its source tree, like the apps). */
export const DEFAULT_DEMO_DIR = fileURLToPath(new URL("../../../seeds/demo", import.meta.url));

import { fileURLToPath } from "node:url";

/** The shared development data (`../shared/data` beside the repository), wherever bench runs from. */
export const SHARED_DATA_DIR = fileURLToPath(new URL("../../../../../shared/data", import.meta.url));

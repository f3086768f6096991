import { fileURLToPath } from "node:url";

/** The repository root, found from this file rather than the working directory. */
export const PROJECT_ROOT = fileURLToPath(new URL("../../", import.meta.url));

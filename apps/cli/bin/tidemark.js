#!/usr/bin/env node
// Runs the TypeScript CLI in-process through tsx's loader, so `tidemark` works from any directory.
import { register } from "tsx/esm/api";

// Log lines (warnings from shared packages) go to stderr, so the command's stdout stays data.
process.env.LOG_STREAM ??= "stderr";
register();
await import("../src/main.ts");

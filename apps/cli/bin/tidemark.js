#!/usr/bin/env node
// Runs the TypeScript CLI in-process through tsx's loader, so `tidemark` works from any directory.
import { register } from "tsx/esm/api";

register();
await import("../src/main.ts");

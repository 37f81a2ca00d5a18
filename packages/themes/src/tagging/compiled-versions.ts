// Theme versions are immutable, so a compiled matcher can be cached by version id for the life
// of the process; the cache is bounded in case definitions are edited many times.
import { type CompiledQuery, compileQuery, parseQuery } from "../query/index.ts";

const MAX_CACHED = 500;
const cache = new Map<string, CompiledQuery>();

export function compiledVersion(versionId: string, definition: string): CompiledQuery {
  const hit = cache.get(versionId);
  if (hit) return hit;
  const parsed = parseQuery(definition);
  // Saved definitions always parse (they are validated on save); a failure here is a bug.
  if (!parsed.ok)
    throw new Error(`Stored theme version ${versionId} does not parse: ${parsed.error.message}`);
  const compiled = compileQuery(parsed.ast);
  if (cache.size >= MAX_CACHED) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  cache.set(versionId, compiled);
  return compiled;
}

// A query parameter whose values name records by id or by slug (repeated or comma-separated):
// slugs become ids before the route's zod schema sees them, in one lookup; an unknown slug is the
// caller's error (a 404 naming it). Used for `theme` and `collection`.
import type { ApiError } from "@/lib/api/errors";
import { isUuid } from "@/lib/ids/is-uuid";
import type { RawParams } from "@/lib/search-params/schemas";

export async function resolveSlugParam(
  raw: RawParams,
  key: string,
  lookup: (slugs: string[]) => Promise<Map<string, string>>,
  unknown: (ref: string) => ApiError,
): Promise<RawParams> {
  const value = raw[key];
  if (value === undefined) return raw;
  const refs = (Array.isArray(value) ? value : [value])
    .flatMap((v) => v.split(","))
    .map((v) => v.trim())
    .filter(Boolean);
  if (refs.every(isUuid)) return raw;
  const ids = await lookup([...new Set(refs.filter((r) => !isUuid(r)))]);
  return {
    ...raw,
    [key]: refs.map((ref) => {
      if (isUuid(ref)) return ref;
      const id = ids.get(ref);
      if (!id) throw unknown(ref);
      return id;
    }),
  };
}

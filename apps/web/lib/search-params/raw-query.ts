/** A query string as a params record: repeated keys become arrays. */
import type { RawParams } from "./schemas";

export function rawParams(params: URLSearchParams): RawParams {
  const raw: RawParams = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    raw[key] = values.length > 1 ? values : values[0];
  }
  return raw;
}

/** A request's query string as a params record. */
export function rawQuery(request: Request): RawParams {
  return rawParams(new URL(request.url).searchParams);
}

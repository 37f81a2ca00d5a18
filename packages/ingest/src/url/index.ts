export { type NormalizedUrl, normalizeUrl, sourceDomainOf } from "./normalize-url.ts";
export { isTrackingParam } from "./tracking-params.ts";

// Content-Type handling: which responses the caller wants at all, checked before the body is read,
// plus the HTML sniff for servers that send no Content-Type.

/** The article path's default: HTML and XHTML only. */
export const HTML_CONTENT_TYPES: readonly string[] = ["text/html", "application/xhtml+xml"];

/** Content types whose body is itself a gzip file (sitemap.xml.gz); inflated when allowed. */
export const GZIP_CONTENT_TYPES: readonly string[] = ["application/gzip", "application/x-gzip"];

export interface ParsedContentType {
  /** Lowercase "type/subtype", no parameters. */
  mediaType: string;
  /** The charset parameter as sent, lowercased, or null. */
  charset: string | null;
}

export function parseContentType(header: string | string[] | undefined): ParsedContentType | null {
  const raw = Array.isArray(header) ? header[0] : header;
  if (!raw) return null;
  const [typePart = "", ...params] = raw.split(";");
  const mediaType = typePart.trim().toLowerCase();
  if (!/^[\w.+-]+\/[\w.+-]+$/.test(mediaType)) return null;
  let charset: string | null = null;
  for (const param of params) {
    const match = /^\s*charset\s*=\s*"?([^";\s]*)"?\s*$/i.exec(param);
    if (match?.[1]) charset = match[1].toLowerCase();
  }
  return { mediaType, charset };
}

/** Exact media types, or "type/*" wildcards. */
export function isAllowedMediaType(mediaType: string, allowed: readonly string[]): boolean {
  return allowed.some((pattern) => {
    const p = pattern.toLowerCase();
    return p.endsWith("/*") ? mediaType.startsWith(p.slice(0, -1)) : p === mediaType;
  });
}

/**
 * Browsers sniff an untyped response as HTML when it starts with a recognisable tag (WHATWG MIME
 * Sniffing §7.1, abridged to the tags real pages start with).
 */
export function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 512))
    .toString("latin1")
    .replace(/^\uFEFF|^\u00EF\u00BB\u00BF/, "")
    .trimStart()
    .toLowerCase();
  return /^<(!doctype html|html|head|body|script|iframe|h1|div|font|table|a|style|title|b|br|p|!--)[\s>]/.test(
    head,
  );
}

/** Accept header built from what the caller will take, so servers doing negotiation pick right. */
export function acceptHeader(allowed: readonly string[]): string {
  return [...allowed, "*/*;q=0.1"].join(", ");
}

// Where to go after logging in: only a path on this site. The value is parsed as a URL against
// a placeholder origin (as a browser would resolve it), so "//evil", "/\evil", "/\t/evil" and
// "https://evil" all resolve to another origin and fall back to "/".
const PLACEHOLDER = "http://tidemark.invalid";

export function safeNextPath(next: string | null | undefined): string {
  if (!next?.startsWith("/")) return "/";
  let url: URL;
  try {
    url = new URL(next, PLACEHOLDER);
  } catch {
    return "/";
  }
  if (url.origin !== PLACEHOLDER) return "/";
  const path = `${url.pathname}${url.search}${url.hash}`;
  // A path that itself starts with // or /\ would be read as another host by the next parser.
  return path.startsWith("//") || path.startsWith("/\\") ? "/" : path;
}

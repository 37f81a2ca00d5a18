/** The client's address for rate limiting: the first X-Forwarded-For hop, else "direct". */
export function clientAddress(request: Request): string {
  return (
    request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() ||
    request.headers.get("x-real-ip") ||
    "direct"
  );
}

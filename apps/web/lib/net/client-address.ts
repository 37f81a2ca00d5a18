// The client's address as the server (server.ts) worked it out from the socket and trusted
// proxies. server.ts always overwrites this header, so a client cannot set it.
export const CLIENT_ADDRESS_HEADER = "x-tidemark-client-address";

export function clientAddress(request: Request): string {
  return request.headers.get(CLIENT_ADDRESS_HEADER) || "unknown";
}

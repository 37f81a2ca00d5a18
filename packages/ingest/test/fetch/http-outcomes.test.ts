// Statuses, conditional requests, content types and compression against a real local server.
import { brotliCompressSync, gzipSync } from "node:zlib";
import { html, startFixtureServer } from "@tidemark/testing";
import { describe, expect, it } from "vitest";
import { closeAfterTest, fetchError, testFetcher } from "./helpers.ts";

const PAGE = "<!doctype html><html><head><title>Hello</title></head><body><p>Story</p></body></html>";

async function server(routes: Parameters<typeof startFixtureServer>[0]) {
  const fixture = closeAfterTest(await startFixtureServer(routes));
  return { fixture, fetcher: testFetcher({ allowHosts: [fixture.hostPort] }) };
}

describe("fetchPage: success", () => {
  it("returns the decoded page with metadata", async () => {
    const { fixture, fetcher } = await server({
      "/story": html(PAGE, { etag: '"v1"', "last-modified": "Tue, 01 Jul 2025 10:00:00 GMT" }),
    });
    const page = await fetcher.fetchPage(fixture.url("/story"));
    expect(page).toMatchObject({
      requestedUrl: fixture.url("/story"),
      finalUrl: fixture.url("/story"),
      redirects: [],
      status: 200,
      contentType: "text/html",
      charset: "utf-8",
      charsetSource: "header",
      body: PAGE,
      byteLength: Buffer.byteLength(PAGE),
      etag: '"v1"',
      lastModified: "Tue, 01 Jul 2025 10:00:00 GMT",
      notModified: false,
    });
    expect(page.fetchedAt).toBeInstanceOf(Date);
    expect(page.durationMs).toBeGreaterThanOrEqual(0);
  });

  it("sends the configured User-Agent and an HTML Accept header", async () => {
    const seen: Record<string, string | undefined> = {};
    const { fixture } = await server({
      "/ua": (req, res) => {
        seen.ua = req.headers["user-agent"];
        seen.accept = req.headers.accept;
        res.writeHead(200, { "content-type": "text/html" }).end(PAGE);
      },
    });
    const custom = testFetcher({
      allowHosts: [fixture.hostPort],
      userAgent: "TestBot/9 (+https://example.test)",
    });
    await custom.fetchPage(fixture.url("/ua"));
    expect(seen.ua).toBe("TestBot/9 (+https://example.test)");
    expect(seen.accept).toContain("text/html");
  });

  it("decodes gzip and brotli Content-Encoding", async () => {
    const { fixture, fetcher } = await server({
      "/gz": (_req, res) =>
        void res
          .writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" })
          .end(gzipSync(PAGE)),
      "/br": (_req, res) =>
        void res
          .writeHead(200, { "content-type": "text/html", "content-encoding": "br" })
          .end(brotliCompressSync(PAGE)),
    });
    expect((await fetcher.fetchPage(fixture.url("/gz"))).body).toBe(PAGE);
    const br = await fetcher.fetchPage(fixture.url("/br"));
    expect(br.body).toBe(PAGE);
    expect(br.byteLength).toBe(Buffer.byteLength(PAGE));
  });
});

describe("fetchPage: HTTP errors", () => {
  it.each([
    [404, "http_404", "The server answered 404 Not Found."],
    [410, "http_410", "The server answered 410 Gone."],
    [403, "http_403", "The server answered 403 Forbidden."],
  ])("fails %i permanently", async (status, code, message) => {
    const { fixture, fetcher } = await server({
      "/x": (_req, res) => void res.writeHead(status).end("nope"),
    });
    const error = await fetchError(fetcher.fetchPage(fixture.url("/x")));
    expect(error).toMatchObject({ code, message, status, retryable: false, url: fixture.url("/x") });
  });

  it("fails a 500 as retryable, and a later attempt succeeds", async () => {
    let calls = 0;
    const { fixture, fetcher } = await server({
      "/flaky": (_req, res) => {
        calls += 1;
        if (calls === 1) res.writeHead(500).end("boom");
        else res.writeHead(200, { "content-type": "text/html" }).end(PAGE);
      },
    });
    const error = await fetchError(fetcher.fetchPage(fixture.url("/flaky")));
    expect(error).toMatchObject({ code: "http_500", retryable: true, status: 500 });
    expect((await fetcher.fetchPage(fixture.url("/flaky"))).body).toBe(PAGE);
  });

  it("honours Retry-After seconds on 429 and an HTTP-date on 503", async () => {
    const inTwoMinutes = new Date(Date.now() + 120_000).toUTCString();
    const { fixture, fetcher } = await server({
      "/429": (_req, res) => void res.writeHead(429, { "retry-after": "7" }).end(),
      "/503": (_req, res) => void res.writeHead(503, { "retry-after": inTwoMinutes }).end(),
    });
    const limited = await fetchError(fetcher.fetchPage(fixture.url("/429")));
    expect(limited).toMatchObject({ code: "http_429", retryable: true, retryAfterMs: 7_000 });
    const unavailable = await fetchError(fetcher.fetchPage(fixture.url("/503")));
    expect(unavailable.code).toBe("http_503");
    expect(unavailable.retryAfterMs).toBeGreaterThan(110_000);
    expect(unavailable.retryAfterMs).toBeLessThanOrEqual(120_000);
  });

  it("fails a refused connection as retryable", async () => {
    const closed = await startFixtureServer();
    await closed.close();
    const fetcher = testFetcher({ allowHosts: [closed.hostPort] });
    const error = await fetchError(fetcher.fetchPage(closed.url("/")));
    expect(error).toMatchObject({ code: "connection_refused", retryable: true });
  });

  it("fails bad input with invalid_url / unsupported_scheme", async () => {
    const fetcher = testFetcher();
    expect((await fetchError(fetcher.fetchPage("not a url"))).code).toBe("invalid_url");
    expect((await fetchError(fetcher.fetchPage("ftp://example.com/file"))).code).toBe("unsupported_scheme");
    expect((await fetchError(fetcher.fetchPage("file:///etc/passwd"))).code).toBe("unsupported_scheme");
  });

  it("fails a non-existent domain with dns_not_found (permanent)", async () => {
    const fetcher = testFetcher();
    const error = await fetchError(fetcher.fetchPage("http://tidemark-does-not-exist.invalid/"));
    expect(error).toMatchObject({ code: "dns_not_found", retryable: false });
  });
});

describe("fetchPage: conditional requests", () => {
  it("sends If-None-Match / If-Modified-Since and treats 304 as notModified", async () => {
    const seen: Array<string | undefined> = [];
    const { fixture, fetcher } = await server({
      "/cond": (req, res) => {
        seen.push(req.headers["if-none-match"], req.headers["if-modified-since"]);
        if (req.headers["if-none-match"] === '"abc"') res.writeHead(304, { etag: '"abc"' }).end();
        else res.writeHead(200, { "content-type": "text/html", etag: '"abc"' }).end(PAGE);
      },
    });
    const first = await fetcher.fetchPage(fixture.url("/cond"));
    expect(first).toMatchObject({ notModified: false, etag: '"abc"', status: 200 });
    const since = "Wed, 02 Jul 2025 08:00:00 GMT";
    const second = await fetcher.fetchPage(fixture.url("/cond"), { etag: first.etag, lastModified: since });
    expect(second).toMatchObject({
      notModified: true,
      status: 304,
      etag: '"abc"',
      lastModified: since,
      body: "",
    });
    expect(seen).toEqual([undefined, undefined, '"abc"', since]);
  });
});

describe("fetchPage: content types", () => {
  it("refuses non-HTML with unsupported_content_type by default", async () => {
    const { fixture, fetcher } = await server({
      "/doc.pdf": (_req, res) =>
        void res.writeHead(200, { "content-type": "application/pdf" }).end("%PDF-1.7"),
      "/data": (_req, res) => void res.writeHead(200, { "content-type": "application/json" }).end('{"a":1}'),
    });
    const pdf = await fetchError(fetcher.fetchPage(fixture.url("/doc.pdf")));
    expect(pdf).toMatchObject({ code: "unsupported_content_type", retryable: false });
    expect(pdf.message).toBe("The address returned a application/pdf file, not a web page.");
    expect((await fetchError(fetcher.fetchPage(fixture.url("/data")))).code).toBe("unsupported_content_type");
    // The allowed list is a parameter: the same URL is fine for a caller that wants JSON.
    const json = await fetcher.fetchPage(fixture.url("/data"), { allowedContentTypes: ["application/json"] });
    expect(json.body).toBe('{"a":1}');
  });

  it("accepts XHTML, and sniffs HTML when Content-Type is missing", async () => {
    const { fixture, fetcher } = await server({
      "/xhtml": (_req, res) => void res.writeHead(200, { "content-type": "application/xhtml+xml" }).end(PAGE),
      "/untyped-html": (_req, res) => void res.end(PAGE),
      "/untyped-binary": (_req, res) => void res.end(Buffer.from([0, 1, 2, 3, 255])),
    });
    expect((await fetcher.fetchPage(fixture.url("/xhtml"))).contentType).toBe("application/xhtml+xml");
    const sniffed = await fetcher.fetchPage(fixture.url("/untyped-html"));
    expect(sniffed).toMatchObject({ contentType: null, body: PAGE });
    expect((await fetchError(fetcher.fetchPage(fixture.url("/untyped-binary")))).code).toBe(
      "unsupported_content_type",
    );
  });

  it("inflates a gzip file body (sitemap.xml.gz) when the caller allows it", async () => {
    const xml =
      '<?xml version="1.0" encoding="UTF-8"?><urlset><url><loc>https://a.example/1</loc></url></urlset>';
    const { fixture, fetcher } = await server({
      "/sitemap.xml.gz": (_req, res) =>
        void res.writeHead(200, { "content-type": "application/x-gzip" }).end(gzipSync(xml)),
    });
    const allowed = ["application/xml", "application/gzip", "application/x-gzip"];
    const page = await fetcher.fetchPage(fixture.url("/sitemap.xml.gz"), { allowedContentTypes: allowed });
    expect(page.body).toBe(xml);
    expect(page.charsetSource).toBe("xml-declaration");
  });
});

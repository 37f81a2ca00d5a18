import { describe, expect, it } from "vitest";
import { normalizeUrl, sourceDomainOf } from "../../src/url/index.ts";

function normalized(input: string): string {
  const result = normalizeUrl(input);
  if (!result.ok) throw new Error(`expected ${input} to normalize, got: ${result.reason}`);
  return result.url;
}

describe("normalizeUrl", () => {
  it.each([
    ["HTTPS://Example.COM/Story", "https://example.com/Story"],
    ["http://example.com:80/a", "http://example.com/a"],
    ["https://example.com:443/a", "https://example.com/a"],
    ["https://example.com:8443/a", "https://example.com:8443/a"],
    ["https://example.com/a#comments", "https://example.com/a"],
    ["https://example.com/a?utm_source=x&utm_medium=y", "https://example.com/a"],
    ["https://example.com/a?id=7&fbclid=abc&gclid=d&mc_cid=e", "https://example.com/a?id=7"],
    ["https://example.com/a?b=2&a=1", "https://example.com/a?b=2&a=1"],
    ["  https://example.com/a/  ", "https://example.com/a/"],
    ["https://EXAMPLE.com/%7efoo", "https://example.com/%7efoo"],
  ])("%s -> %s", (input, expected) => {
    expect(normalized(input)).toBe(expected);
  });

  it("gives the same key to the same article shared with different trackers", () => {
    const a = normalized("https://news.example.org/2020/08/tiktok?utm_campaign=share#top");
    const b = normalized("HTTPS://news.example.org:443/2020/08/tiktok?fbclid=XYZ");
    expect(a).toBe(b);
  });

  it.each([
    ["", "empty"],
    ["not a url", "not a valid absolute URL"],
    ["/relative/path", "not a valid absolute URL"],
    ["ftp://example.com/file", "Only http and https"],
    ["javascript:alert(1)", "Only http and https"],
    ["https://user:pw@example.com/", "user name or password"],
  ])("rejects %j with a reason", (input, fragment) => {
    const result = normalizeUrl(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(fragment);
  });
});

describe("sourceDomainOf", () => {
  it("drops www. and lowercases", () => {
    expect(sourceDomainOf("https://WWW.Reuters.com/x")).toBe("reuters.com");
    expect(sourceDomainOf("https://edition.cnn.com/x")).toBe("edition.cnn.com");
    expect(sourceDomainOf("file:seeds/a.txt")).toBeNull();
  });
});

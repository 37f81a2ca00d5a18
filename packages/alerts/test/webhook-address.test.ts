// A webhook URL is judged when a rule is saved: addresses the SSRF guard would refuse are named
// with the reason and how to allow a receiver on your own network; public ones and allow-listed
// host:port pairs pass.
import { describe, expect, it } from "vitest";
import { checkWebhookAddress, webhookUrlProblem } from "../src/index.ts";

describe("webhook address check", () => {
  it("refuses loopback, private, link-local and metadata addresses with a way out", () => {
    const cases: [string, RegExp][] = [
      [
        "http://127.0.0.1:8080/hook",
        /127\.0\.0\.1 is a loopback.*"127\.0\.0\.1:8080".*TIDEMARK_FETCH_ALLOW_HOSTS/,
      ],
      ["http://localhost:3000/x", /localhost is a loopback.*"localhost:3000"/],
      ["https://10.1.2.3/x", /10\.1\.2\.3 is .*private.*"10\.1\.2\.3:443"/],
      ["http://169.254.169.254/latest", /metadata.*TIDEMARK_FETCH_ALLOW_HOSTS/],
      ["http://[::1]:9/x", /::1 is .*"\[::1\]:9"/],
    ];
    for (const [url, message] of cases) expect(webhookUrlProblem(url, [])).toMatch(message);
  });

  it("lets public addresses and exact allow-listed host:port pairs through", () => {
    expect(webhookUrlProblem("https://hooks.slack.com/services/T/B/x", [])).toBeNull();
    expect(webhookUrlProblem("https://93.184.216.34/hook", [])).toBeNull();
    expect(webhookUrlProblem("http://127.0.0.1:8080/hook", ["127.0.0.1:8080"])).toBeNull();
    // Another port on the same host is still refused.
    expect(webhookUrlProblem("http://127.0.0.1:8081/hook", ["127.0.0.1:8080"])).toMatch(/loopback/);
  });

  it("reports the refusal as an issue on the webhookUrl field", () => {
    const error = checkWebhookAddress("http://192.168.1.20/hook", []);
    expect(error?.issues.map((i) => i.path)).toEqual([["webhookUrl"]]);
    expect(checkWebhookAddress(null, [])).toBeNull();
  });
});

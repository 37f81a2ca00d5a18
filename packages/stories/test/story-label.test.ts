// The story label as a pure function of the story's keys, entity names and texts.
import { describe, expect, it } from "vitest";
import { storyLabel } from "../src/stories/story-label.ts";

const key = (k: string, articles: number, weight: number) => ({ key: k, articles, weight });

describe("storyLabel", () => {
  it("prefers keys most members share, weighted by their inverse document frequency", () => {
    const label = storyLabel({
      keys: [key("t:harbour strike", 3, 15), key("t:pelicans", 1, 9), key("t:dockworkers", 3, 12)],
      entityNames: new Map(),
      articleCount: 3,
      texts: [
        { title: "Dockworkers walk out", lead: "The harbour strike began on Monday as dockworkers left." },
      ],
      size: 2,
    });
    expect(label).toBe("harbour strike · dockworkers");
  });

  it("shows an entity by its theme's name and drops terms that repeat its words", () => {
    const label = storyLabel({
      keys: [key("t:trump", 2, 10), key("e:donald-trump", 2, 8), key("t:tariffs", 2, 9)],
      entityNames: new Map([["donald-trump", "Donald Trump"]]),
      articleCount: 2,
      texts: [{ title: "Tariffs return", lead: "New tariffs were announced by the White House." }],
    });
    expect(label.split(" · ")).toEqual(["Donald Trump", "tariffs"]);
  });

  it("leaves out generic news words, alone or at the edge of a phrase", () => {
    const label = storyLabel({
      keys: [
        key("t:report finds", 1, 9),
        key("t:finds", 1, 9),
        key("t:census takers", 1, 8),
        key("t:latest", 1, 9),
      ],
      entityNames: new Map(),
      articleCount: 1,
      texts: [
        {
          title: "Watchdog Report Finds Census Takers Fudged Data",
          lead: "Some census takers fudged data, a report said.",
        },
      ],
    });
    expect(label).toBe("census takers");
  });

  it("leaves out a phrase written across two phrases of the text, and keeps the name", () => {
    const label = storyLabel({
      keys: [key("t:key rhode", 1, 9), key("t:rhode island", 1, 9), key("t:primary", 1, 5)],
      entityNames: new Map(),
      articleCount: 1,
      texts: [
        {
          title: "Electability Is On The Ballot In Key Rhode Island House Primary",
          lead: "Voters in the key Rhode Island district chose a candidate in the primary.",
        },
      ],
    });
    expect(label).toBe("Rhode Island · primary");
  });

  it("leaves out a phrase joining a common word to a rare one (low cohesion)", () => {
    const label = storyLabel({
      keys: [key("t:ukraine claws", 1, 9), key("t:nuclear plant", 1, 7), key("t:claws", 1, 9)],
      entityNames: new Map(),
      articleCount: 1,
      texts: [{ title: "Ukraine Claws Back Some Territory; Nuclear Plant In Peril", lead: null }],
      df: new Map([
        ["t:ukraine claws", 2],
        ["t:ukraine", 900],
        ["t:claws", 3],
        ["t:nuclear plant", 30],
        ["t:nuclear", 60],
        ["t:plant", 50],
      ]),
    });
    expect(label.split(" · ")).not.toContain("ukraine claws");
    expect(label.split(" · ")[0]).toBe("nuclear plant");
  });

  it("lets a phrase replace the single words it contains", () => {
    const label = storyLabel({
      keys: [key("t:depp", 2, 10), key("t:johnny", 2, 10), key("t:johnny depp", 2, 10), key("t:cameo", 2, 6)],
      entityNames: new Map(),
      articleCount: 2,
      texts: [
        { title: "Johnny Depp Cameo At VMAs", lead: "The VMAs featured a cameo by Johnny Depp on Sunday." },
      ],
    });
    expect(label).toBe("Johnny Depp · cameo");
  });

  it("writes a key as the texts write it and breaks ties by the head title's word order", () => {
    const label = storyLabel({
      keys: [key("t:rocket", 1, 5), key("t:nasa", 1, 5), key("t:launch", 1, 5)],
      entityNames: new Map(),
      articleCount: 1,
      texts: [
        {
          title: "NASA sets launch of new rocket",
          lead: "The agency said NASA engineers fixed the launch pad.",
        },
      ],
    });
    expect(label).toBe("NASA · launch · rocket");
  });
});

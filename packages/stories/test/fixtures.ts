// Test articles as the pipeline leaves them before grouping: extracted and tagged (tagged_hash =
// content_hash), from a named outlet, at a given time.
import { createHash } from "node:crypto";
import { prisma } from "@tidemark/db";

let counter = 0;

export async function addArticle(a: {
  title: string;
  text: string;
  outlet: string;
  at: string;
}): Promise<string> {
  counter += 1;
  const source = await prisma.source.upsert({
    where: { key: a.outlet },
    create: { key: a.outlet, domain: a.outlet, name: a.outlet },
    update: {},
  });
  const hash = createHash("sha256").update(`${a.title}\n${a.text}`).digest("hex");
  const url = `https://${a.outlet}/${counter}-${Math.random().toString(36).slice(2)}`;
  const row = await prisma.article.create({
    data: {
      submittedUrl: url,
      normalizedUrl: url,
      status: "extracted",
      title: a.title,
      text: a.text,
      publishedAt: new Date(a.at),
      publishedAtSource: "meta",
      fetchedAt: new Date(a.at),
      sourceId: source.id,
      contentHash: hash,
      taggedHash: hash,
    },
  });
  return row.id;
}

/** A wire story, ~150 words, about one event. */
export const WIRE = `The European Commission on Tuesday fined the chipmaker Qualcomm 242 million euros for
selling its 3G baseband chipsets below cost to drive the British phone software start-up Icera out of
the market, the second antitrust penalty against the American company in two years. Competition
commissioner Margrethe Vestager said Qualcomm had sold the chipsets at a price below cost to key
customers Huawei and ZTE between 2009 and 2011, with the intention of eliminating a competitor.
Qualcomm said it would appeal the decision to the General Court in Luxembourg, arguing that the
commission had failed to consider the facts and that its pricing was lawful. Icera was acquired by
the graphics chip maker Nvidia in 2011 for 367 million dollars, and Nvidia later shut down the unit.
The fine amounts to 1.27 percent of Qualcomm's turnover in 2018, the commission said in a statement
released in Brussels on Tuesday morning.`;

/** Another outlet's own report of the same event (different wording, same names and numbers). */
export const SAME_EVENT = `Brussels has handed Qualcomm a fine of 242 million euros, accusing the American chip
designer of predatory pricing aimed at pushing Icera, a small British rival later bought by Nvidia,
out of the market for 3G baseband chipsets. Margrethe Vestager, the bloc's antitrust chief, told
reporters the company priced chipsets for Huawei and ZTE below cost from 2009 to 2011. The company
plans to challenge the ruling in the General Court, a spokeswoman said. Analysts expect little
impact on Qualcomm's earnings, as the penalty is small compared with its yearly revenue.`;

/** An unrelated story. */
export const OTHER = `Heavy rain flooded parts of southern Brazil over the weekend, forcing thousands of
residents of Porto Alegre from their homes as the Guaiba river rose to its highest level in decades.
The state governor declared an emergency and asked the federal government for helicopters and boats,
while volunteers brought food and water to shelters set up in schools and churches across the city.
Meteorologists warned that more storms were expected later in the week, and several highways into
the region remained closed by landslides on Monday afternoon according to the state road agency.`;

/** The text republished by another site: its own boilerplate around it, a few words changed. */
export function syndicate(text: string, site: string): string {
  return `${site} — Subscribe to our newsletter for the latest news.\n${text
    .replace("on Tuesday", "this week")
    .replace("key", "important")}\nRead more from ${site}. Share this article. Follow us on social media.`;
}

// A synthetic, deterministic corpus for the import flow and the screenshots: 26 weeks of dated
// headlines from four outlets, with themes at known frequencies — data privacy rising, with a
// spike in one week; elections steady; heat waves every fourth week; a trade war from week 13;
// some articles on two themes at once — so every chart has a shape and every count is known.
export const CORPUS_WEEKS = 26;
export const CORPUS_START = "2024-01-01"; // a Monday

const OUTLETS = ["Daily Ledger", "Metro Times", "Global Wire", "Harbour Post"];
const FILLERS = [
  "Local council approves budget for new library",
  "Stocks edge higher as investors weigh earnings",
  "Storm closes roads across the north",
  "Football club appoints new coach",
  "Museum reopens after long renovation",
  "Airline adds routes for the summer",
];

export interface CorpusDoc {
  title: string;
  text: string;
  date: string;
  site: string;
}

function privacyPerWeek(w: number): number {
  if (w === 17) return 16; // the spike
  return 1 + Math.floor(w / 8) + (w >= 22 ? 3 : 0); // a slow rise, then a jump
}

function weekDocs(w: number): CorpusDoc[] {
  const docs: CorpusDoc[] = [];
  const add = (title: string, text: string) => {
    const n = docs.length;
    const date = new Date(`${CORPUS_START}T10:00:00Z`);
    date.setUTCDate(date.getUTCDate() + w * 7 + (n % 7));
    docs.push({
      title,
      text,
      date: date.toISOString().slice(0, 10),
      site: OUTLETS[(w + n) % OUTLETS.length] ?? "",
    });
  };
  for (let i = 0; i < privacyPerWeek(w); i++) {
    add(
      `Company ${w}-${i} faces questions over data privacy`,
      "Critics say the data privacy policy lets the firm keep personal details for too long.",
    );
  }
  for (let i = 0; i < 3; i++)
    add(
      `Election campaign ${w}-${i} enters final stretch`,
      "Candidates toured the region as the election approached, promising new jobs.",
    );
  if (w >= 8 && w % 2 === 0)
    add(
      `Candidates ${w} promise a data privacy law`,
      "Both parties now say the election will be fought partly on data privacy.",
    );
  for (let i = 0; i < (w % 4 === 0 ? 3 : 1); i++)
    add(
      `Heat wave ${w}-${i} tests the power grid`,
      "Climate scientists warned that the heat wave was the third this season.",
    );
  for (let i = 0; i < (w > 12 ? 2 : 0); i++)
    add(
      `New tariffs ${w}-${i} hit exporters`,
      "Exporters said the tariffs would raise prices; the trade war shows no sign of ending.",
    );
  if (w > 14 && w % 3 === 0)
    add(`Trade war ${w} becomes an election issue`, "Tariffs dominated the last debate before the election.");
  for (const [i, filler] of FILLERS.entries())
    add(`${filler} (${w}-${i})`, `${filler}. Residents reacted with a mix of relief and concern.`);
  return docs;
}

export function corpusDocs(): CorpusDoc[] {
  return Array.from({ length: CORPUS_WEEKS }, (_, w) => weekDocs(w)).flat();
}

export function corpusJsonl(): string {
  return `${corpusDocs()
    .map((d) => JSON.stringify(d))
    .join("\n")}\n`;
}

/** What the "Data privacy" theme ("data privacy" OR "user data") matches, counted the simple way. */
export function mentionsPrivacy(doc: Pick<CorpusDoc, "title" | "text">): boolean {
  const text = `${doc.title} ${doc.text}`.toLowerCase();
  return text.includes("data privacy") || text.includes("user data");
}

export const EXPECTED_PRIVACY_DOCS = corpusDocs().filter(mentionsPrivacy).length;

/** Privacy documents in the week starting on a given Monday (YYYY-MM-DD). */
export function privacyDocsInWeek(monday: string): number {
  const end = new Date(`${monday}T00:00:00Z`);
  end.setUTCDate(end.getUTCDate() + 7);
  const last = end.toISOString().slice(0, 10);
  return corpusDocs().filter((d) => mentionsPrivacy(d) && d.date >= monday && d.date < last).length;
}

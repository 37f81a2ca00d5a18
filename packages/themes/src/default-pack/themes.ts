// The default pack for the sample subject: Chinese tech firms abroad. Loaded once on setup;
// users may edit or delete any of it. Definitions favour precision: ambiguous single words
// ("ban", "zoom", "us") only count near words that disambiguate them.
import type { ThemeCreateInput } from "../definitions/input.ts";

export const DEFAULT_THEMES: ThemeCreateInput[] = [
  {
    slug: "data-privacy",
    name: "Data privacy and user data",
    color: "#2563eb",
    description: "Collection, sharing, transfer or leaks of users' personal data; privacy rules and reviews.",
    definition:
      '"data privacy" OR "user data" OR "users data" OR "personal data" OR "personal information" OR "private data" ' +
      'OR "data protection" OR "data security" OR "data collection" OR "collect* data" OR "privacy concern*" ' +
      'OR "privacy polic*" OR "privacy rule*" OR GDPR OR "transparency cent*" ' +
      "OR ((data OR information) NEAR/6 (privacy OR harvest* OR leak* OR breach* OR misus* OR transfer* " +
      'OR "hand over" OR "handed over" OR stor*))',
  },
  {
    slug: "national-security",
    name: "National security and espionage",
    color: "#dc2626",
    description: "Security threats, spying, surveillance, backdoors and intelligence laws.",
    definition:
      '"national security" OR espionage OR spying OR spy OR spies OR surveillance OR backdoor* OR "back door*" ' +
      'OR "intelligence law" OR "intelligence work" OR "intelligence agenc*" OR "Five Eyes" ' +
      "OR (security NEAR/4 (threat* OR risk* OR concern* OR review*))",
  },
  {
    slug: "trade-tech-war",
    name: "US–China trade and tech war",
    color: "#ea580c",
    description: "Trade and technology conflict: bans, export controls, the entity list, tariffs, sanctions.",
    definition:
      '"trade war" OR "tech war" OR "technology war" OR "trade dispute*" OR "trade tension*" OR "trade deficit" ' +
      'OR "entity list" OR "export control*" OR "export ban*" OR "export restriction*" OR "export rule*" ' +
      "OR tariff* OR sanction* OR blacklist* OR decoupl* " +
      "OR ((ban OR bans OR banned OR banning OR prohibit*) NEAR/8 (huawei OR zte OR tiktok OR wechat OR chinese OR china))",
  },
  {
    slug: "forced-sale",
    name: "Forced sale and divestiture",
    color: "#9333ea",
    description: "Governments forcing a sale of a company's operations; bidders and deal talks.",
    definition:
      'divest* OR "forced sale" OR "forced to sell" OR "force the sale" OR "sale talks" ' +
      "OR ((sell OR sells OR selling OR sold OR sale OR acquisition OR acquire* OR buyer* OR bidder* OR bid) " +
      'NEAR/8 (tiktok OR "us operations" OR "american operations" OR "us business")) ' +
      "OR ((microsoft OR oracle OR walmart) NEAR/12 tiktok) OR (ultimatum NEAR/12 (sell OR sale))",
  },
  {
    slug: "state-ties",
    name: "Ties to the Chinese state and Party",
    color: "#b91c1c",
    description: "Links between companies and the Communist Party, the government, the state or the army.",
    definition:
      '"Communist Party" OR CCP OR CPC OR "Chinese government" OR "Chinese authorities" OR "Chinese state" ' +
      'OR "state-owned" OR "state-backed" OR "state-linked" OR "Xi Jinping" OR "People\'s Liberation Army" ' +
      'OR "proxies of the state" OR "Chinese regime" ' +
      "OR ((beijing OR party OR government OR state OR military) NEAR/5 (ties OR links OR linked OR influence " +
      "OR control* OR pressure OR relations OR affiliate*))",
  },
  {
    slug: "5g-telecom",
    name: "5G and telecom networks",
    color: "#0891b2",
    description: "5G roll-outs, telecom equipment and operators, mobile networks.",
    definition:
      '5G OR telecom* OR telecommunication* OR "mobile network*" OR "wireless network*" OR "network equipment" ' +
      'OR "base station*" OR "network operator*" OR "mobile operator*" OR broadband',
  },
  {
    slug: "philanthropy-image",
    name: "Philanthropy and image (mask diplomacy)",
    color: "#16a34a",
    description: "Donations, humanitarian aid and campaigns to improve a company's or country's image.",
    definition:
      '"mask diplomacy" OR philanthrop* OR donat* OR charit* OR "humanitarian aid" OR "soft power" ' +
      'OR "image makeover" OR "public image" OR "corporate social responsibility" ' +
      "OR (mask* NEAR/6 (donat* OR ship* OR sent OR send* OR gift*)) " +
      "OR ((image OR reputation) NEAR/5 (improve* OR repair* OR burnish* OR polish* OR makeover OR global))",
  },
  {
    slug: "market-access-app-bans",
    name: "Market access and app bans",
    color: "#ca8a04",
    description: "Apps banned or blocked, companies kept out of markets, barriers to entry.",
    definition:
      '"market access" OR "app ban*" OR "banned apps" OR "Chinese apps" OR "Great Firewall" ' +
      "OR ((app OR apps OR application*) NEAR/6 (ban OR bans OR banned OR banning OR block* OR prohibit*)) " +
      'OR ((market OR markets) NEAR/4 (access OR entry OR barrier* OR "shut out" OR exclud*))',
  },
  {
    slug: "censorship-moderation",
    name: "Censorship and content moderation",
    color: "#475569",
    description: "Censorship, removal of content, moderation policies, propaganda and disinformation.",
    definition:
      'censor* OR "content moderation" OR (moderat* NEAR/4 content) OR "political content" OR "free speech" ' +
      'OR "freedom of speech" OR propaganda OR misinformation OR disinformation ' +
      "OR ((remov* OR delet* OR suppress* OR takedown*) NEAR/5 (content OR videos OR posts OR accounts))",
  },
  {
    slug: "overseas-expansion",
    name: "Overseas expansion",
    color: "#0d9488",
    description: "Companies going global: new markets, international business, global strategy.",
    definition:
      '"overseas expansion" OR "global expansion" OR "international expansion" OR "go global" OR "going global" ' +
      'OR "global outlook" OR "global ambitions" OR "overseas market*" OR "foreign market*" ' +
      'OR "international business" OR "global market*" ' +
      "OR ((expand* OR expansion) NEAR/6 (overseas OR abroad OR international* OR global* OR europe OR africa " +
      'OR india OR "latin america" OR "southeast asia"))',
  },
];

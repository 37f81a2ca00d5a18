// Tracked entities of the default pack: organisations, people and places, each defined by its
// aliases (including Chinese names, which match inside running Chinese text).
import type { ThemeCreateInput } from "../definitions/input.ts";

type Entity = Pick<ThemeCreateInput, "slug" | "name" | "kind" | "definition" | "color">;

const ORG = "#334155";
const PERSON = "#7c3aed";
const PLACE = "#0369a1";

const ENTITIES: Entity[] = [
  {
    slug: "tiktok",
    name: "TikTok",
    kind: "organisation",
    color: ORG,
    definition: "TikTok OR 抖音 OR Douyin",
  },
  {
    slug: "bytedance",
    name: "ByteDance",
    kind: "organisation",
    color: ORG,
    definition: 'ByteDance OR "Byte Dance" OR 字节跳动 OR 字節跳動',
  },
  {
    slug: "huawei",
    name: "Huawei",
    kind: "organisation",
    color: ORG,
    definition: "Huawei OR HiSilicon OR 华为 OR 華為",
  },
  {
    slug: "alibaba",
    name: "Alibaba",
    kind: "organisation",
    color: ORG,
    definition: 'Alibaba OR 阿里巴巴 OR Taobao OR Tmall OR AliExpress OR Aliyun OR "Alibaba Cloud"',
  },
  {
    slug: "tencent",
    name: "Tencent / WeChat",
    kind: "organisation",
    color: ORG,
    definition: "Tencent OR 腾讯 OR 騰訊 OR WeChat OR 微信 OR Weixin",
  },
  { slug: "xiaomi", name: "Xiaomi", kind: "organisation", color: ORG, definition: "Xiaomi OR 小米" },
  {
    slug: "dji",
    name: "DJI",
    kind: "organisation",
    color: ORG,
    definition: 'DJI OR 大疆 OR "Da-Jiang Innovations"',
  },
  {
    slug: "zoom",
    name: "Zoom",
    kind: "organisation",
    color: ORG,
    // "zoom" is also an ordinary verb: only the company's name or context counts.
    definition:
      '"Zoom Video" OR "Eric Yuan" OR (zoom NEAR/6 (videoconferenc* OR "video conferencing" OR "video call*" OR meetings OR app))',
  },
  {
    slug: "zhang-yiming",
    name: "Zhang Yiming",
    kind: "person",
    color: PERSON,
    definition: '"Zhang Yiming" OR 张一鸣 OR 張一鳴',
  },
  {
    slug: "jack-ma",
    name: "Jack Ma",
    kind: "person",
    color: PERSON,
    definition: '"Jack Ma" OR "Ma Yun" OR 马云 OR 馬雲',
  },
  {
    slug: "ren-zhengfei",
    name: "Ren Zhengfei",
    kind: "person",
    color: PERSON,
    definition: '"Ren Zhengfei" OR 任正非 OR ("Mr Ren" NEAR/40 huawei)',
  },
  { slug: "kevin-mayer", name: "Kevin Mayer", kind: "person", color: PERSON, definition: '"Kevin Mayer"' },
  {
    slug: "donald-trump",
    name: "Donald Trump",
    kind: "person",
    color: PERSON,
    definition: "Trump OR 特朗普 OR 川普",
  },
  { slug: "joe-biden", name: "Joe Biden", kind: "person", color: PERSON, definition: "Biden OR 拜登" },
  {
    slug: "united-states",
    name: "United States",
    kind: "place",
    color: PLACE,
    // Matching is case-insensitive, so a bare US would also match the pronoun "us": only its
    // unambiguous forms count.
    definition:
      '"United States" OR "U.S." OR USA OR America OR American OR Americans OR Washington OR "White House" ' +
      'OR "the US" OR "US government" OR "US-China" OR "US officials" OR "US companies" OR "US market" ' +
      'OR "US administration" OR "US president" OR "US lawmakers" OR "US business" OR "US operations" OR "US users" OR 美国',
  },
  {
    slug: "china",
    name: "China",
    kind: "place",
    color: PLACE,
    definition: 'China OR Chinese OR Beijing OR PRC OR "People\'s Republic" OR 中国 OR 中國',
  },
  {
    slug: "india",
    name: "India",
    kind: "place",
    color: PLACE,
    definition: 'India OR Indian OR "New Delhi" OR Delhi',
  },
  {
    slug: "european-union",
    name: "European Union",
    kind: "place",
    color: PLACE,
    definition: '"European Union" OR EU OR "European Commission" OR Brussels',
  },
];

export const DEFAULT_ENTITIES: ThemeCreateInput[] = ENTITIES.map((e) => ({
  ...e,
  description: `Mentions of ${e.name}.`,
}));

import { z } from 'zod';
import type { Region } from './company-catalog.ts';
import picklists from './data/picklists.json' with { type: 'json' };

// Fixed name lists the generators pick from. Records of Japanese customers are written in Japanese, since the
// product must read naturally in Japanese; their people's e-mail addresses stay in romaji.

type ByLanguage<T> = { en: T; ja: T };

export function languageOf(region: Region): keyof ByLanguage<unknown> {
  return region === 'jp' ? 'ja' : 'en';
}

// Japanese people's names as they write them, with the romaji of their e-mail addresses (which the generators
// pick, so the addresses and ids stay those of the romaji names the demo had before).
const JAPANESE_GIVEN_NAMES = [
  ['Hiroshi', '宏'],
  ['Yuki', '由紀'],
  ['Takumi', '拓海'],
  ['Aiko', '愛子'],
  ['Kenta', '健太'],
  ['Naoko', '直子'],
  ['Sota', '蒼太'],
  ['Mei', '芽衣'],
  ['Daisuke', '大輔'],
  ['Haruka', '遥'],
  ['Shota', '翔太'],
  ['Emi', '恵美'],
] as const;

const JAPANESE_FAMILY_NAMES = [
  ['Tanaka', '田中'],
  ['Suzuki', '鈴木'],
  ['Takahashi', '高橋'],
  ['Watanabe', '渡辺'],
  ['Yamamoto', '山本'],
  ['Nakamura', '中村'],
  ['Kobayashi', '小林'],
  ['Kato', '加藤'],
  ['Yoshida', '吉田'],
  ['Yamada', '山田'],
  ['Sasaki', '佐々木'],
  ['Matsumoto', '松本'],
] as const;

const KANJI_OF_ROMAJI: ReadonlyMap<string, string> = new Map([...JAPANESE_GIVEN_NAMES, ...JAPANESE_FAMILY_NAMES]);

/** A picked name as the customer's people write it: in kanji at a Japanese customer. */
export function writtenName(name: string, region: Region): string {
  return (region === 'jp' && KANJI_OF_ROMAJI.get(name)) || name;
}

export const FIRST_NAMES: Record<Region, readonly string[]> = {
  na: [
    'James',
    'Olivia',
    'Michael',
    'Sophia',
    'Daniel',
    'Emily',
    'David',
    'Grace',
    'Ethan',
    'Chloe',
    'Ryan',
    'Natalie',
    'Carlos',
    'Maya',
    'Kevin',
    'Rachel',
    'Andre',
    'Lauren',
    'Brian',
    'Hannah',
  ],
  uk: ['Oliver', 'Amelia', 'Harry', 'Isla', 'George', 'Poppy', 'Jack', 'Freya', 'Thomas', 'Imogen', 'William', 'Eleanor'],
  eu: ['Lukas', 'Sophie', 'Mathieu', 'Camille', 'Jonas', 'Elena', 'Matteo', 'Giulia', 'Pablo', 'Lucía', 'Erik', 'Astrid', 'Jan', 'Anna', 'Tomasz', 'Zofia'],
  jp: JAPANESE_GIVEN_NAMES.map(([romaji]) => romaji),
  apac: ['Jack', 'Charlotte', 'Liam', 'Mia', 'Cooper', 'Ruby', 'Lachlan', 'Zoe'],
};

export const LAST_NAMES: Record<Region, readonly string[]> = {
  na: [
    'Johnson',
    'Martinez',
    'Chen',
    'Patel',
    'Robinson',
    'Walker',
    'Hughes',
    'Rivera',
    'Foster',
    'Brooks',
    'Kim',
    'Sullivan',
    'Turner',
    'Nguyen',
    'Bennett',
    'Coleman',
    'Ramirez',
    'Price',
  ],
  uk: ['Smith', 'Taylor', 'Davies', 'Evans', 'Wright', 'Thompson', 'Clarke', 'Hall', 'Wood', 'Hughes'],
  eu: [
    'Müller',
    'Schmidt',
    'Dubois',
    'Laurent',
    'Rossi',
    'Bianchi',
    'García',
    'López',
    'Jansen',
    'de Vries',
    'Nilsson',
    'Lindberg',
    'Kowalski',
    'Nowak',
    'Novák',
    'Virtanen',
  ],
  jp: JAPANESE_FAMILY_NAMES.map(([romaji]) => romaji),
  apac: ['Wilson', 'Anderson', 'Murphy', 'Kelly', 'Ryan', 'Mitchell', 'Campbell', 'Stewart'],
};

/** City (in the customer's language) and IANA time zone. */
export const CITIES: Record<Region, ReadonlyArray<readonly [string, string]>> = {
  na: [
    ['Seattle, WA', 'America/Los_Angeles'],
    ['San Francisco, CA', 'America/Los_Angeles'],
    ['Denver, CO', 'America/Denver'],
    ['Austin, TX', 'America/Chicago'],
    ['Chicago, IL', 'America/Chicago'],
    ['New York, NY', 'America/New_York'],
    ['Boston, MA', 'America/New_York'],
    ['Atlanta, GA', 'America/New_York'],
  ],
  uk: [
    ['London', 'Europe/London'],
    ['Manchester', 'Europe/London'],
    ['Edinburgh', 'Europe/London'],
  ],
  eu: [
    ['Berlin', 'Europe/Berlin'],
    ['Munich', 'Europe/Berlin'],
    ['Paris', 'Europe/Paris'],
    ['Amsterdam', 'Europe/Amsterdam'],
    ['Madrid', 'Europe/Madrid'],
    ['Milan', 'Europe/Rome'],
    ['Stockholm', 'Europe/Stockholm'],
    ['Warsaw', 'Europe/Warsaw'],
    ['Zurich', 'Europe/Zurich'],
  ],
  jp: [
    ['東京都千代田区', 'Asia/Tokyo'],
    ['東京都港区', 'Asia/Tokyo'],
    ['大阪府大阪市', 'Asia/Tokyo'],
    ['愛知県名古屋市', 'Asia/Tokyo'],
    ['福岡県福岡市', 'Asia/Tokyo'],
  ],
  apac: [
    ['Sydney', 'Australia/Sydney'],
    ['Melbourne', 'Australia/Melbourne'],
    ['Hobart', 'Australia/Hobart'],
  ],
};

/** Country calling prefix for the demo phone numbers. */
export const PHONE_PREFIX: Record<Region, string> = { na: '+1 555-01', uk: '+44 20 7946 0', eu: '+49 30 5555 0', jp: '+81 3-5555-0', apac: '+61 2 5550 0' };

/** The UTC hour a customer's working day starts, so activities fall inside its office hours. */
export const WORKDAY_START_UTC_HOUR: Record<Region, number> = { na: 14, uk: 9, eu: 8, jp: 0, apac: 22 };

export const SENIOR_TITLES: ByLanguage<readonly string[]> = {
  en: ['VP Operations', 'Chief Operating Officer', 'CTO', 'CFO', 'Head of Customer Experience', 'VP Engineering', 'Director of IT'],
  ja: ['代表取締役社長', '取締役 CTO', '情報システム部 部長', '経営企画部 部長', '営業本部 本部長'],
};

export const TITLES: ByLanguage<readonly string[]> = {
  en: [
    'IT Director',
    'Procurement Manager',
    'Operations Manager',
    'Product Manager',
    'Finance Controller',
    'Program Manager',
    'Systems Administrator',
    'Head of Sales Operations',
    'Training Lead',
    'Data Analyst',
    'Customer Success Lead',
    'Project Manager',
  ],
  ja: [
    '情報システム部 課長',
    '購買部 マネージャー',
    '経営企画部 課長',
    'DX推進室 室長',
    '財務部 主任',
    '製造部 係長',
    'カスタマーサクセス推進室 リーダー',
    '総務部 担当',
  ],
};

export const PRIMARY_ROLES = ['Decision Maker', 'Champion'] as const;
export const CONTACT_ROLES = ['Champion', 'Executive Sponsor', 'Influencer', 'End User', 'Billing Contact', 'Technical Contact'] as const;
export const RELATIONSHIP_ROLES = ['Product Owner', 'Sponsor', 'Administrator', 'Key User'] as const;

/** The relationship types every domain has, and the names its relationships take. */
export const RELATIONSHIP_TYPES = ['Product Line', 'Business Unit'] as const;
export type RelationshipTypeName = (typeof RELATIONSHIP_TYPES)[number];

export const RELATIONSHIP_NAMES: Record<RelationshipTypeName, ByLanguage<readonly string[]>> = {
  'Product Line': {
    en: ['Analytics Suite', 'Payments Platform', 'Mobile SDK', 'Data Warehouse', 'Field Service App', 'Customer Portal'],
    ja: ['生産管理システム', '物流プラットフォーム', '会計クラウド', '顧客ポータル'],
  },
  'Business Unit': {
    en: ['North America Operations', 'EMEA Division', 'Corporate IT', 'Consumer Products', 'Research & Development', 'Shared Services'],
    ja: ['東日本事業部', '西日本事業部', '海外事業本部', '情報システム本部'],
  },
};

export const ACTIVITY_COMMENTS: ByLanguage<readonly string[]> = {
  en: [
    'Thanks for the notes. I will follow up on the pricing question.',
    'Added the deck to the shared folder.',
    'Looping in support on the integration issue.',
    'Great progress; let us keep this momentum going into the renewal.',
    'The customer confirmed the date by e-mail.',
    'I can cover the technical part next time.',
  ],
  ja: [
    '議事録ありがとうございます。価格の件はこちらでフォローします。',
    '資料を共有フォルダに格納しました。',
    '連携の不具合はサポートチームに共有済みです。',
    '良い進捗です。この勢いで更新につなげましょう。',
  ],
};

export const MEASURE_COMMENTS: ByLanguage<readonly string[]> = {
  en: [
    'Sponsor attended the last QBR.',
    'Champion is engaged but budget is tight.',
    'Escalation closed; customer satisfied.',
    'New VP has not met us yet.',
    'Renewal verbally confirmed.',
  ],
  ja: ['前回のQBRにスポンサーが出席。', '推進担当者は前向きだが予算が厳しい。', 'エスカレーションは解決済み。', '更新について口頭で合意済み。'],
};

export const HEALTH_NOTES: ByLanguage<readonly string[]> = {
  en: [
    'Strong champion in operations; exec sponsor changing in Q1.',
    'Adoption limited to one team; expansion play in progress.',
    'Budget review pending; watch renewal closely.',
    'Very satisfied after the latest release.',
  ],
  ja: ['業務部門に強い推進者あり。Q1にスポンサー交代予定。', '利用は一部門に限定。展開拡大を提案中。', '予算見直し中のため更新リスクに注意。'],
};

const optionSchema = z.object({ value: z.string(), label: z.string(), labelJa: z.string() });
const optionsSchema = z.array(optionSchema).nonempty();

/** The picklists' options (data/picklists.json): contract type, stage, status, lifecycle. */
export const {
  contractTypes: CONTRACT_TYPES,
  stages: STAGES,
  statuses: STATUSES,
  lifecycles: LIFECYCLES,
} = z
  .object({ contractTypes: optionsSchema, stages: optionsSchema, statuses: optionsSchema, lifecycles: z.tuple([optionSchema, optionSchema]) })
  .parse(picklists);

export const TICKET_SUBJECTS: ByLanguage<readonly string[]> = {
  en: [
    'Cannot export report to CSV',
    'SSO login loop after password reset',
    'Dashboard loads slowly',
    'Webhook deliveries failing',
    'Question about the latest invoice',
    'How to add users in bulk',
    'API rate limit errors',
    'Mobile app crashes on launch',
    'Data sync delayed by several hours',
    'Permission error on a shared folder',
  ],
  ja: [
    'レポートをCSVに出力できない',
    'パスワード再設定後にSSOでログインできない',
    'ダッシュボードの表示が遅い',
    '請求書の内容について',
    'ユーザーの一括登録方法',
    'データ同期が数時間遅れている',
  ],
};

export const CTA_SUBJECTS = {
  RISK: {
    en: ['Usage declined over the last 30 days', 'Champion left the company', 'Open high-priority escalation', 'Detractor NPS response'],
    ja: ['直近30日で利用率が低下', '推進担当者が退職', '優先度の高いエスカレーションが未解決'],
  },
  LIFECYCLE: {
    en: ['Onboarding: complete admin training', 'Renewal in 90 days', 'Post go-live health check'],
    ja: ['オンボーディング: 管理者トレーニングの完了', '90日後に契約更新'],
  },
  EXPANSION: { en: ['Upsell additional seats for the support team', 'Cross-sell the analytics add-on'], ja: ['サポート部門への追加ライセンス提案'] },
  OBJECTIVE: { en: ['Reach 75% weekly active users', 'Executive alignment on the success plan'], ja: ['週次アクティブ率75%の達成'] },
  ACTIVITY: {
    en: ['Send the QBR summary', 'Schedule a roadmap session', 'Share the integration guide'],
    ja: ['QBRサマリーを送付', 'ロードマップ説明会を設定'],
  },
} as const;

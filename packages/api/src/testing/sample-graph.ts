import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { type ExtractResult, type Mention, stableId } from '@reportgraph/contract';
import { extract } from '@reportgraph/extract';
import { createDocumentClient, documentIdFor, ensureTable, GraphStore } from '@reportgraph/store';

const here = dirname(fileURLToPath(import.meta.url));
/** The sample report pages shipped with the extractor. */
export const CORPUS_DIR = join(here, '../../../extract/corpus/reports');
/** The page the hand-checked fixture graph is read from. */
export const FIXTURE_FILE = '000_70c7d5442b17734e.txt';
const PUBLISHED = '2025-10-31';

/** Finds the sentence of the page that contains a phrase, as a mention in one article. */
type SentenceAt = (phrase: string, article: number) => Mention;

/** Locates fixture mentions in the real page text, so their offsets and sentences are true. */
function sentenceLocator(text: string): SentenceAt {
  return (phrase, article) => {
    const at = text.indexOf(phrase);
    if (at < 0) throw new Error(`fixture phrase not in the page: ${phrase}`);
    const stops = /[。!?\n]/;
    let start = at;
    while (start > 0 && !stops.test(text.charAt(start - 1))) start--;
    let end = at + phrase.length;
    while (end < text.length && !stops.test(text.charAt(end - 1))) end++;
    return { article, sentence: text.slice(start, end).trim(), start, end };
  };
}

const org = (name: string) => stableId('Organization', name);
const person = (name: string) => stableId('Person', name);

/** The page's two articles, cut from the real text at their titles. */
function fixtureArticles(text: string): ExtractResult['articles'] {
  const first = text.indexOf('佛山召开产业工人队伍建设改革工作推进会');
  const second = text.indexOf('珠海市斗门区总工会 培训蓝天救援队应急技能');
  const id = stableId;
  return [
    {
      id: id('Article', 'fixture#佛山召开产业工人队伍建设改革工作推进会'),
      index: 0,
      title: '佛山召开产业工人队伍建设改革工作推进会',
      byline: '全媒体记者黄细英 通讯员霍嘉琪',
      dateline: '本报讯',
      text: text.slice(first, second).trim(),
      start: first,
      end: second,
    },
    {
      id: id('Article', 'fixture#珠海市斗门区总工会 培训蓝天救援队应急技能'),
      index: 1,
      title: '珠海市斗门区总工会 培训蓝天救援队应急技能',
      dateline: '本报讯',
      text: text.slice(second, second + 400).trim(),
      start: second,
      end: second + 400,
    },
  ];
}

function fixturePlaces(): ExtractResult['places'] {
  return [
    { code: '440000', name: '广东省', level: 'province' },
    { code: '440600', name: '佛山市', level: 'city', parentCode: '440000' },
    { code: '440605', name: '南海区', level: 'county', parentCode: '440600' },
    { code: '440400', name: '珠海市', level: 'city', parentCode: '440000' },
    { code: '440403', name: '斗门区', level: 'county', parentCode: '440400' },
  ];
}

function fixtureOrganizations(sentenceAt: SentenceAt): ExtractResult['organizations'] {
  return [
    {
      id: org('佛山市总工会'),
      name: '佛山市总工会',
      aliases: ['市总工会'],
      kind: 'union',
      placeCode: '440600',
      mentions: [sentenceAt('市总工会主席李灿', 0)],
    },
    {
      id: org('佛山市人大常委会'),
      name: '佛山市人大常委会',
      aliases: [],
      kind: 'government',
      placeCode: '440600',
      mentions: [sentenceAt('佛山市人大常委会副主任', 0)],
    },
    {
      id: org('佛山市工会职校'),
      name: '佛山市工会职校',
      aliases: [],
      kind: 'school',
      placeCode: '440600',
      mentions: [sentenceAt('在佛山市工会职校召开', 0)],
    },
    {
      id: org('佛山市工匠学院'),
      name: '佛山市工匠学院',
      aliases: [],
      kind: 'school',
      placeCode: '440600',
      mentions: [sentenceAt('佛山市工匠学院授牌', 0)],
    },
    {
      id: org('佛山市南海区总工会'),
      name: '佛山市南海区总工会',
      aliases: ['南海区总工会'],
      kind: 'union',
      placeCode: '440605',
      parentId: org('佛山市总工会'),
      mentions: [sentenceAt('南海区总工会、乐平镇总工会', 0)],
    },
    {
      id: org('珠海市斗门区总工会'),
      name: '珠海市斗门区总工会',
      aliases: [],
      kind: 'union',
      placeCode: '440403',
      mentions: [sentenceAt('珠海市斗门区总工会联合', 1)],
    },
    {
      id: org('广东省医师协会'),
      name: '广东省医师协会',
      aliases: [],
      kind: 'association',
      placeCode: '440000',
      mentions: [sentenceAt('广东省医师协会优秀基层医师', 1)],
    },
    {
      id: org('斗门蓝天救援队'),
      name: '斗门蓝天救援队',
      aliases: ['蓝天救援队'],
      kind: 'team',
      placeCode: '440403',
      mentions: [sentenceAt('走进斗门蓝天救援队', 1)],
    },
  ];
}

function fixturePeople(sentenceAt: SentenceAt): ExtractResult['people'] {
  return [
    {
      id: person('李灿'),
      name: '李灿',
      roles: ['佛山市人大常委会副主任', '佛山市总工会主席'],
      positions: [
        { role: '佛山市总工会主席', title: '主席', organizationId: org('佛山市总工会') },
        { role: '佛山市人大常委会副主任', title: '副主任', organizationId: org('佛山市人大常委会') },
      ],
      mentions: [sentenceAt('市总工会主席李灿', 0)],
    },
    {
      id: person('黄细英'),
      name: '黄细英',
      roles: ['全媒体记者'],
      positions: [{ role: '全媒体记者', title: '全媒体记者', article: 0 }],
      mentions: [sentenceAt('全媒体记者黄细英 通讯员', 0)],
    },
    {
      id: person('霍嘉琪'),
      name: '霍嘉琪',
      roles: ['通讯员'],
      positions: [{ role: '通讯员', title: '通讯员', article: 0 }],
      mentions: [sentenceAt('通讯员霍嘉琪', 0)],
    },
    {
      id: person('赵柏庆'),
      name: '赵柏庆',
      roles: ['广东省医师协会优秀基层医师'],
      positions: [{ role: '广东省医师协会优秀基层医师', title: '优秀基层医师', organizationId: org('广东省医师协会') }],
      mentions: [sentenceAt('优秀基层医师赵柏庆', 1)],
    },
  ];
}

function fixtureEvents(sentenceAt: SentenceAt): ExtractResult['events'] {
  const id = stableId;
  return [
    {
      id: id('Event', '2025-10-29#佛山市产业工人队伍建设改革工作推进会'),
      title: '佛山市产业工人队伍建设改革工作推进会',
      date: '2025-10-29',
      dateSource: 'text',
      type: 'meeting',
      location: '佛山市工会职校',
      placeCode: '440600',
      organizerIds: [org('佛山市总工会')],
      participants: [{ personId: person('李灿'), part: 'spoke' }],
      mentions: [sentenceAt('佛山市产业工人队伍建设改革工作推进会在', 0)],
    },
    {
      id: id('Event', '2025-10-26#应急救援专题培训'),
      title: '应急救援专题培训',
      date: '2025-10-26',
      dateSource: 'text',
      type: 'training',
      location: '斗门蓝天救援队',
      placeCode: '440403',
      organizerIds: [org('珠海市斗门区总工会')],
      participants: [{ personId: person('赵柏庆'), part: 'spoke' }],
      mentions: [sentenceAt('开展应急救援专题培训', 1)],
    },
  ];
}

function fixtureMetrics(sentenceAt: SentenceAt): ExtractResult['metrics'] {
  const id = stableId;
  return [
    {
      id: id('Metric', '440600#技能人才#149.6万人'),
      value: 1_496_000,
      unit: '人',
      qualifier: 'exact',
      subject: '技能人才',
      text: '149.6万人',
      isTarget: false,
      scope: { placeCode: '440600' },
      mentions: [sentenceAt('149.6万人', 0)],
    },
  ];
}

/**
 * A hand-checked extraction of the first sample page (what a careful reader finds in it), so API
 * tests have every kind of node and link no matter how far the real extractor has come. Offsets
 * and sentences are located in the real page text.
 *
 * @example
 * const result = fixtureExtraction(await readFile(join(CORPUS_DIR, FIXTURE_FILE), 'utf8'));
 */
export function fixtureExtraction(text: string): ExtractResult {
  const sentenceAt = sentenceLocator(text);
  return {
    extractorVersion: 'fixture',
    publishedDate: PUBLISHED,
    articles: fixtureArticles(text),
    places: fixturePlaces(),
    organizations: fixtureOrganizations(sentenceAt),
    people: fixturePeople(sentenceAt),
    events: fixtureEvents(sentenceAt),
    metrics: fixtureMetrics(sentenceAt),
  };
}

/** A fresh table for one test file, with a store over it. */
export async function createTestStore(prefix = 'api-test'): Promise<GraphStore> {
  const tableName = `${prefix}-${Math.random().toString(36).slice(2, 10)}`;
  await ensureTable(new DynamoDBClient({ endpoint: process.env.DYNAMODB_ENDPOINT }), tableName);
  return new GraphStore({ doc: createDocumentClient(), tableName });
}

async function writePage(store: GraphStore, bucket: string, file: string, result: ExtractResult): Promise<string> {
  const id = documentIdFor(bucket, file);
  await store.writeDocumentGraph(id, result);
  const now = new Date().toISOString();
  await store.putDocument({
    id,
    bucket,
    key: file,
    status: 'DONE',
    checksum: `sha256:${id}`,
    extractorVersion: result.extractorVersion,
    publishedDate: result.publishedDate,
    counts: {
      articles: result.articles.length,
      organizations: result.organizations.length,
      people: result.people.length,
      events: result.events.length,
      metrics: result.metrics.length,
    },
    createdAt: now,
    updatedAt: now,
  });
  return id;
}

/**
 * Loads the sample data: the hand-checked fixture page (bucket `fixtures`) and, unless
 * `corpus: false`, every sample page through the real extractor (bucket `reports`).
 *
 * @example
 * const store = await createTestStore();
 * await loadSampleGraph(store);
 */
export async function loadSampleGraph(store: GraphStore, options: { corpus?: boolean } = {}): Promise<void> {
  const fixtureText = await readFile(join(CORPUS_DIR, FIXTURE_FILE), 'utf8');
  await writePage(store, 'fixtures', FIXTURE_FILE, fixtureExtraction(fixtureText));
  if (options.corpus === false) return;
  const files = (await readdir(CORPUS_DIR)).filter((f) => f.endsWith('.txt')).sort();
  for (const file of files) {
    const text = await readFile(join(CORPUS_DIR, file), 'utf8');
    await writePage(store, 'reports', file, extract(text, { publishedDate: PUBLISHED }));
  }
}

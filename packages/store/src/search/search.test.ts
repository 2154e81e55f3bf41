import { randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { createDocumentClient } from '../client.ts';
import type { StoreContext } from '../context.ts';
import { InvalidCursorError } from '../cursor.ts';
import type { SearchableType } from '../entities/search-entry.ts';
import type { ExtractResult } from '../extraction.ts';
import { mapLimit } from '../limit.ts';
import { createMeter } from '../meter.ts';
import { ensureTable } from '../setup.ts';
import { GraphStore } from '../store.ts';
import { createEmbeddedSearch } from './engine.ts';

const mention = { article: 0, sentence: '……', start: 0, end: 2 };

/** A page naming these organizations (id = name), people, places and metric subjects. */
function page(parts: {
  orgs?: (string | [string, string[]])[];
  people?: string[];
  places?: [string, string][];
  metrics?: [string, string][];
  events?: string[];
}): ExtractResult {
  return {
    extractorVersion: 'test',
    articles: [{ id: 'a', index: 0, title: '标题', text: '正文', start: 0, end: 2 }],
    places: (parts.places ?? []).map(([code, name]) => ({ code, name, level: 'city' as const })),
    organizations: (parts.orgs ?? []).map((o) => {
      const [name, aliases] = typeof o === 'string' ? [o, []] : o;
      return { id: `o_${name}`, name, aliases, kind: 'union' as const, mentions: [mention] };
    }),
    people: (parts.people ?? []).map((name) => ({
      id: `p_${name}`,
      name,
      roles: [],
      positions: [],
      mentions: [mention],
    })),
    events: (parts.events ?? []).map((title) => ({
      id: `e_${title}`,
      title,
      date: null,
      dateSource: 'none' as const,
      type: 'meeting' as const,
      organizerIds: [],
      participants: [],
      mentions: [mention],
    })),
    metrics: (parts.metrics ?? []).map(([id, subject]) => ({
      id,
      value: 1,
      unit: '人',
      qualifier: 'exact' as const,
      subject,
      text: `${subject}1人`,
      scope: {},
      isTarget: false,
      isChange: false,
      mentions: [mention],
    })),
  } as ExtractResult;
}

async function newContext(): Promise<StoreContext> {
  const endpoint = inject('services').DYNAMODB_ENDPOINT;
  const tableName = `search-${randomUUID()}`;
  await ensureTable(new DynamoDBClient({ endpoint }), tableName);
  return { doc: createDocumentClient({ endpoint }), tableName };
}

const names = (page: { hits: { name: string }[] }) => page.hits.map((h) => h.name);

describe('search over the search entries', () => {
  let ctx: StoreContext;
  let store: GraphStore;

  beforeAll(async () => {
    ctx = await newContext();
    store = new GraphStore(ctx);
    // The national and provincial unions are named on many pages, the district union on one.
    for (let i = 0; i < 6; i++) {
      await store.writeDocumentGraph(`hub${i}`, page({ orgs: ['中华全国总工会', '广东省总工会'] }));
    }
    await store.writeDocumentGraph(
      'foshan',
      page({
        orgs: ['佛山市总工会', ['佛山市南海区总工会', ['区总工会', '南海区总工会']], '上海市总工会'],
        people: ['李灿', '张灿明'],
        places: [
          ['440000', '广东省'],
          ['440600', '佛山市'],
          ['440605', '南海区'],
          ['310000', '上海市'],
        ],
        metrics: [1, 2, 3, 4, 5, 6].map((n) => [`m_${n}`, '职工'] as [string, string]),
        events: ['佛山市产业工人队伍建设改革工作推进会'],
      }),
    );
  });

  it('does rank an exact name first when the whole name is given', async () => {
    const found = await store.search('上海市总工会', { first: 5 });
    expect(found.hits[0]).toMatchObject({ name: '上海市总工会', match: 'exact', score: 1 });
  });

  it('does rank much-mentioned unions above the alias 区总工会 when searching 总工会', async () => {
    const found = await store.search('总工会', { first: 10, types: ['Organization'] });
    expect(names(found).slice(0, 2).sort()).toEqual(['中华全国总工会', '广东省总工会'].sort());
    expect(found.hits[0]?.mentions).toBe(6);
    const district = found.hits.find((h) => h.name === '佛山市南海区总工会');
    expect(district?.match).toBe('substring');
    expect(found.hits.indexOf(district as never)).toBeGreaterThan(1);
  });

  it('does rank exact, then prefix, then alias, then substring matches', async () => {
    const found = await store.search('南海区总工会', { first: 10 });
    expect(found.hits.map((h) => [h.name, h.match])).toEqual([['佛山市南海区总工会', 'alias']]);
    const prefix = await store.search('佛山市', { first: 10 });
    expect(prefix.hits.map((h) => h.match)).toEqual(['exact', 'prefix', 'prefix', 'prefix']);
    expect(prefix.hits[0]).toMatchObject({ type: 'Place', name: '佛山市' });
  });

  it('does find 佛山市总工会 when the administrative suffix 市 is left out', async () => {
    const found = await store.search('佛山总工会', { first: 5 });
    expect(found.hits[0]).toMatchObject({ name: '佛山市总工会', match: 'variant' });
    const district = await store.search('南海总工会', { first: 5 });
    expect(district.hits[0]?.name).toBe('佛山市南海区总工会');
    const province = await store.search('广东总工会', { first: 5 });
    expect(province.hits[0]?.name).toBe('广东省总工会');
  });

  it('does find a union by an abbreviation when its characters come in order', async () => {
    const found = await store.search('全总', { first: 5 });
    expect(found.hits[0]).toMatchObject({ name: '中华全国总工会', match: 'abbreviation' });
  });

  it('does find people by a single character of their name', async () => {
    const found = await store.search('灿', { first: 5 });
    expect(names(found)).toEqual(['李灿', '张灿明']);
    expect(found.hits.every((h) => h.type === 'Person' && h.match === 'substring')).toBe(true);
  });

  it('does find a city and the divisions beneath it when given a partial division code', async () => {
    const found = await store.search('4406', { first: 5 });
    expect(found.hits.map((h) => [h.id, h.match])).toEqual([
      ['440600', 'exact'],
      ['440605', 'prefix'],
    ]);
  });

  it('does find names by pinyin, whole, by its start or by initials', async () => {
    const found = await store.search('foshan', { first: 10 });
    expect(found.hits[0]).toMatchObject({ name: '佛山市', match: 'prefix' });
    expect(names(found)).toContain('佛山市总工会');
    const initials = await store.search('fsszgh', { first: 3 });
    expect(initials.hits[0]).toMatchObject({ name: '佛山市总工会', match: 'variant' });
    const whole = await store.search('LiCan', { first: 3 });
    expect(whole.hits[0]).toMatchObject({ name: '李灿', match: 'exact' });
  });

  it('does match traditional characters against simplified names', async () => {
    const found = await store.search('佛山市總工會', { first: 1 });
    expect(found.hits[0]).toMatchObject({ name: '佛山市总工会', match: 'exact' });
  });

  it('does merge entities of one type and name into one hit', async () => {
    const found = await store.search('职工', { first: 10, types: ['Metric'] });
    expect(found.totalCount).toBe(1);
    expect(found.hits[0]?.merged).toHaveLength(5);
    expect(new Set([found.hits[0]?.id, ...(found.hits[0]?.merged.map((m) => m.id) ?? [])]).size).toBe(6);
  });

  it('does page through every hit once when following cursors', async () => {
    const all = await store.search('工会', { first: 50 });
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i++) {
      const next: Awaited<ReturnType<GraphStore['search']>> = await store.search('工会', { first: 2, after });
      seen.push(...next.hits.map((h) => h.id));
      expect(next.totalCount).toBe(all.totalCount);
      if (!next.hasNextPage) break;
      after = next.cursors[next.cursors.length - 1] ?? null;
    }
    expect(seen).toEqual(all.hits.map((h) => h.id));
    await expect(store.search('总工会', { first: 2, after })).rejects.toBeInstanceOf(InvalidCursorError);
  });

  it('does count a document once when it is written twice, and forgets it when it is removed', async () => {
    const doc = page({ orgs: ['东莞市总工会'] });
    await store.writeDocumentGraph('dg', doc);
    await store.writeDocumentGraph('dg', doc);
    await store.writeDocumentGraph('dg2', doc);
    expect((await store.search('东莞市总工会', { first: 1 })).hits[0]?.mentions).toBe(2);
    await store.removeDocumentGraph('dg');
    expect((await store.search('东莞市总工会', { first: 1 })).hits[0]?.mentions).toBe(1);
    await store.writeDocumentGraph('dg2', page({ orgs: ['中山市总工会'] }));
    expect((await store.search('东莞市总工会', { first: 1 })).totalCount).toBe(0);
    expect((await store.search('中山市总工会', { first: 1 })).totalCount).toBe(1);
  });
});

/** A small deterministic PRNG (mulberry32), so the generated corpus is the same on every run. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CITIES =
  '广州 深圳 佛山 东莞 中山 珠海 江门 肇庆 惠州 汕头 湛江 茂名 韶关 清远 阳江 梅州 河源 汕尾 潮州 揭阳 云浮'.split(' ');
const DISTRICTS =
  '南海 顺德 禅城 三水 高明 天河 越秀 海珠 番禺 白云 黄埔 花都 福田 罗湖 南山 宝安 龙岗 香洲 斗门 金湾'.split(' ');
const BODIES =
  '总工会 教育工会 卫生健康工会 人力资源和社会保障局 职工服务中心 妇女联合会 机关工会 建设工会 交通运输工会 财贸工会'.split(
    ' ',
  );
const SURNAMES = '李 王 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡'.split(' ');
const GIVEN = '灿 明 华 伟 芳 娜 强 磊 军 洋 勇 艳 杰 娟 涛 超 秀英 建国 志强 丽华'.split(' ');
const TOPICS = '劳动竞赛 职工代表大会 技能培训 工会工作会议 表彰大会 慰问活动'.split(' ');
const SUBJECTS = '职工 会员 技能人才 困难职工 农民工 劳模 工会组织 职工书屋 服务站点 培训人次'.split(' ');

/** A recombined page: some of a pool of unions, people, events and metrics, the national union on 40%. */
function generatedPage(n: number): ExtractResult {
  const next = random(n + 1);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
  const places = [...CITIES.map((c) => `${c}市`), ...DISTRICTS.map((d) => `${d}区`)];
  const orgs = Array.from({ length: 8 }, () => `${pick(places)}${pick(BODIES)}`);
  if (next() < 0.4) orgs.push('中华全国总工会');
  if (next() < 0.3) orgs.push('广东省总工会');
  return page({
    orgs,
    people: Array.from({ length: 5 }, () => `${pick(SURNAMES)}${pick(GIVEN)}`),
    events: Array.from({ length: 2 }, () => `${pick(CITIES)}市${pick(TOPICS)}`),
    metrics: Array.from({ length: 6 }, () => [`m_${Math.floor(next() * 400)}`, pick(SUBJECTS)] as [string, string]),
  });
}

describe('search at corpus size', () => {
  it('does cost the same few reads per search at 100 and at 320 pages', async () => {
    const ctx = await newContext();
    const store = new GraphStore({ ...ctx, searchEngine: createEmbeddedSearch({ overlapMs: 0 }) });
    const costAt = async (pages: number, from: number) => {
      const range = Array.from({ length: pages - from }, (_, i) => from + i);
      await mapLimit(range, 8, (n) => store.writeDocumentGraph(`g${n}`, generatedPage(n)));
      const load = createMeter();
      await store.withMeter(load).search('总工会', { first: 10 });
      const meter = createMeter();
      const found = await store.withMeter(meter).search('总工会', { first: 10 });
      expect(found.hits.length).toBe(10);
      return { load, meter };
    };
    const small = await costAt(100, 0);
    const large = await costAt(320, 100);
    // A search reads only what changed since the last one (one Query per shard, nothing changed)
    // and checks its page's entries still exist (one BatchGetItem).
    expect(small.meter.operations).toEqual({ Query: 4, BatchGetItem: 1 });
    expect(large.meter.operations).toEqual(small.meter.operations);
    // Read units follow the size of the page's nodes, which their summary caps bound.
    expect(large.meter.readCapacityUnits).toBeLessThanOrEqual(small.meter.readCapacityUnits * 1.5);
    // The first search loads the index once (it grows with the corpus; later ones do not).
    expect(small.load.readCapacityUnits).toBeGreaterThan(small.meter.readCapacityUnits);
    console.info('search read cost', { first: small.load, at100: small.meter, at320: large.meter });
  }, 240_000);

  it('does find every organization, person and event by its exact name when 320 pages recombine the corpus', async () => {
    const pages = await recombinedCorpus(320);
    const ctx = await newContext();
    // Eight documents at once: the entries they share (the national union) conflict and are retried.
    const store = new GraphStore({ ...ctx, searchEngine: createEmbeddedSearch({ refreshMs: 60_000 }) });
    await mapLimit([...pages.entries()], 8, ([n, p]) => store.writeDocumentGraph(`c${n}`, p));
    const expected = new Map<string, { name: string; type: SearchableType; id: string }>();
    for (const p of pages) {
      for (const o of p.organizations) expected.set(`o${o.id}`, { name: o.name, type: 'Organization', id: o.id });
      for (const x of p.people) expected.set(`p${x.id}`, { name: x.name, type: 'Person', id: x.id });
      for (const e of p.events) expected.set(`e${e.id}`, { name: e.title, type: 'Event', id: e.id });
    }
    const missed: string[] = [];
    for (const { name, type, id } of expected.values()) {
      // A traditional spelling of a name is the same name: one hit, the other entity merged into it.
      const hit = (await store.search(name, { first: 1, types: [type] })).hits[0];
      const ids = [hit?.id, ...(hit?.merged.map((m) => m.id) ?? [])];
      if (hit?.match !== 'exact' || !ids.includes(id)) missed.push(name);
    }
    expect(expected.size).toBeGreaterThan(300);
    expect(missed).toEqual([]);
    console.info('exact-name recall', { names: expected.size, found: expected.size - missed.length });
    // Counts stay exact when documents sharing an entry were written at once.
    const pagesOf = new Map<string, number>();
    for (const p of pages)
      for (const o of new Set(p.organizations.map((x) => x.id))) pagesOf.set(o, (pagesOf.get(o) ?? 0) + 1);
    const [hubId, hubPages] = [...pagesOf].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
    const hub = expected.get(`o${hubId}`);
    const found = (await store.search(hub?.name ?? '', { first: 1, types: ['Organization'] })).hits[0];
    expect(hubPages).toBeGreaterThan(20);
    expect(found?.mentions).toBe(hubPages);
  }, 240_000);
});

/** The gold entities of the extractor's development corpus (45 pages), one extraction-shaped result per page. */
async function corpusPages(): Promise<ExtractResult[]> {
  const dir = fileURLToPath(new URL('../../../extract/corpus/gold', import.meta.url));
  const files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  return Promise.all(
    files.map(async (f) => {
      const gold = JSON.parse(await readFile(join(dir, f), 'utf8')) as {
        organizations?: { name: string; aliases?: string[] }[];
        people?: { name: string }[];
        events?: { title: string }[];
        metrics?: { subject: string }[];
      };
      return page({
        orgs: (gold.organizations ?? []).map((o) => [o.name, o.aliases ?? []] as [string, string[]]),
        people: (gold.people ?? []).map((p) => p.name),
        events: (gold.events ?? []).map((e) => e.title).filter(Boolean),
        metrics: (gold.metrics ?? []).map((m, i) => [`m_${f}_${i}`, m.subject] as [string, string]),
      });
    }),
  );
}

/** `count` pages, each half of the entities of three corpus pages (so names recur across pages, as in a real corpus). */
async function recombinedCorpus(count: number): Promise<ExtractResult[]> {
  const sources = await corpusPages();
  return Array.from({ length: count }, (_, n) => {
    const next = random(1000 + n);
    const some = <T>(list: readonly T[]) => list.filter(() => next() < 0.5);
    const picked = [0, 1, 2].map(() => sources[Math.floor(next() * sources.length)] as ExtractResult);
    return {
      ...page({}),
      organizations: picked.flatMap((p) => some(p.organizations)),
      people: picked.flatMap((p) => some(p.people)),
      events: picked.flatMap((p) => some(p.events)),
      metrics: picked.flatMap((p) => some(p.metrics)),
    };
  });
}

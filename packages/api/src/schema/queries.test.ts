import type { GraphStore } from '@reportgraph/store';
import { beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalId } from '../builder.ts';
import { type GqlResult, gql } from '../testing/graphql.ts';
import { createTestStore, loadSampleGraph } from '../testing/sample-graph.ts';
import { createApi } from '../yoga.ts';

let store: GraphStore;
let api: ReturnType<typeof createApi>;

beforeAll(async () => {
  store = await createTestStore();
  await loadSampleGraph(store);
  api = createApi({ store, logging: true });
});

const names = (conn: { edges: { node: { name: string } }[] }) => conn.edges.map((e) => e.node.name);

describe('node and nodes', () => {
  it('does round-trip an organization when its global id is fetched back', async () => {
    const first = await gql(api, '{ organizationByName(name: "佛山市总工会") { id name } }');
    const org = first.data?.organizationByName;
    expect(org?.name).toBe('佛山市总工会');
    const again = await gql(
      api,
      'query ($id: ID!) { node(id: $id) { __typename id ... on Organization { name kind } } }',
      {
        id: org.id,
      },
    );
    expect(again.errors).toBeUndefined();
    expect(again.data?.node).toEqual({ __typename: 'Organization', id: org.id, name: '佛山市总工会', kind: 'UNION' });
  });

  it('does load several types in one batched read when nodes is given mixed ids', async () => {
    const ids = [
      encodeGlobalId('Place', '440600'),
      encodeGlobalId('Person', 'p_does_not_exist'),
      encodeGlobalId('Place', '440605'),
    ];
    const result = await gql(api, 'query ($ids: [ID!]!) { nodes(ids: $ids) { id ... on Place { name code } } }', {
      ids,
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.nodes).toEqual([
      { id: ids[0], name: '佛山市', code: '440600' },
      null,
      { id: ids[2], name: '南海区', code: '440605' },
    ]);
    expect(result.extensions?.cost?.operations).toEqual({ BatchGetItem: 1 });
  });
});

describe('list filters', () => {
  it('does include divisions beneath a place when organizations is filtered by placeCode', async () => {
    const { data } = await gql(
      api,
      '{ organizations(placeCode: "440600", first: 100) { edges { node { name placeCode } } } }',
    );
    const list = data?.organizations.edges.map((e: { node: { name: string; placeCode: string } }) => e.node);
    expect(list.map((o: { name: string }) => o.name)).toEqual(
      expect.arrayContaining(['佛山市总工会', '佛山市南海区总工会']),
    );
    for (const o of list) expect(o.placeCode.startsWith('4406')).toBe(true);
  });

  it('does return only that kind when organizations is filtered by kind', async () => {
    const { data } = await gql(api, '{ organizations(kind: SCHOOL, first: 100) { edges { node { name kind } } } }');
    expect(names(data?.organizations)).toEqual(expect.arrayContaining(['佛山市工会职校', '佛山市工匠学院']));
    for (const e of data?.organizations.edges ?? []) expect(e.node.kind).toBe('SCHOOL');
  });

  it('does return names starting with the prefix when namePrefix is given', async () => {
    const { data } = await gql(api, '{ organizations(namePrefix: "珠海市", first: 100) { edges { node { name } } } }');
    expect(names(data?.organizations)).toContain('珠海市斗门区总工会');
    for (const n of names(data?.organizations)) expect(n.startsWith('珠海市')).toBe(true);
  });

  it('does return the exact organization only when organizationByName is given a name or a prefix', async () => {
    const hit = await gql(api, '{ organizationByName(name: "佛山市南海区总工会") { name aliases } }');
    expect(hit.data?.organizationByName).toEqual({ name: '佛山市南海区总工会', aliases: ['南海区总工会'] });
    const miss = await gql(api, '{ organizationByName(name: "佛山市南海区") { name } }');
    expect(miss.data?.organizationByName).toBeNull();
  });

  it('does filter people by name prefix when people is given namePrefix', async () => {
    const { data } = await gql(api, '{ people(namePrefix: "李", first: 100) { edges { node { name roles } } } }');
    const li = data?.people.edges.find((e: { node: { name: string } }) => e.node.name === '李灿');
    expect(li?.node.roles).toEqual(expect.arrayContaining(['佛山市总工会主席']));
    for (const n of names(data?.people)) expect(n.startsWith('李')).toBe(true);
  });

  it('does filter events by date range, year, type and place when those arguments are given', async () => {
    const q = `query ($from: String, $to: String, $year: Int, $type: EventType, $placeCode: String) {
      events(from: $from, to: $to, year: $year, type: $type, placeCode: $placeCode, first: 100) { edges { node { title date type placeCode } } }
    }`;
    const titles = async (vars: Record<string, unknown>) => {
      const r = await gql(api, q, vars);
      expect(r.errors).toBeUndefined();
      return r.data?.events.edges.map((e: { node: { title: string } }) => e.node.title) as string[];
    };
    const meeting = '佛山市产业工人队伍建设改革工作推进会';
    const training = '应急救援专题培训';
    expect(await titles({ from: '2025-10-29', to: '2025-10-29' })).toContain(meeting);
    expect(await titles({ from: '2025-10-29', to: '2025-10-29' })).not.toContain(training);
    expect(await titles({ to: '2025-10-27' })).toContain(training);
    expect(await titles({ year: 2025 })).toEqual(expect.arrayContaining([meeting, training]));
    expect(await titles({ year: 2024 })).not.toContain(meeting);
    expect(await titles({ type: 'TRAINING' })).toContain(training);
    expect(await titles({ type: 'TRAINING' })).not.toContain(meeting);
    expect(await titles({ placeCode: '440400' })).toContain(training);
    expect(await titles({ placeCode: '440400' })).not.toContain(meeting);
    expect(await titles({ placeCode: '440600', type: 'MEETING' })).toContain(meeting);
  });

  it('does filter metrics by subject, unit and place when those arguments are given', async () => {
    const q = `query ($subject: String, $unit: String, $placeCode: String) {
      metrics(subject: $subject, unit: $unit, placeCode: $placeCode, first: 100) { edges { node { subject value unit text } } }
    }`;
    const run = async (vars: Record<string, unknown>) =>
      ((await gql(api, q, vars)).data?.metrics.edges ?? []).map((e: { node: unknown }) => e.node);
    const skilled = { subject: '技能人才', value: 1_496_000, unit: '人', text: '149.6万人' };
    expect(await run({ subject: '技能人才' })).toContainEqual(skilled);
    expect(await run({ subject: '技能人才', unit: '人' })).toContainEqual(skilled);
    expect(await run({ subject: '技能人才', unit: '元' })).not.toContainEqual(skilled);
    expect(await run({ placeCode: '440600', unit: '人' })).toContainEqual(skilled);
    expect(await run({ placeCode: '440400' })).not.toContainEqual(skilled);
  });

  it('does list child divisions and levels when places is given parentCode or level', async () => {
    const children = await gql(
      api,
      '{ places(parentCode: "440000", first: 100) { edges { node { code name level } } } }',
    );
    const codes = children.data?.places.edges.map((e: { node: { code: string } }) => e.node.code);
    expect(codes).toEqual(expect.arrayContaining(['440600', '440400']));
    expect(codes).not.toContain('440605');
    const counties = await gql(api, '{ places(level: COUNTY, first: 100) { edges { node { code level } } } }');
    for (const e of counties.data?.places.edges ?? []) expect(e.node.level).toBe('COUNTY');
    expect(counties.data?.places.edges.map((e: { node: { code: string } }) => e.node.code)).toContain('440605');
  });

  it('does list processed files with their counts when documents is filtered by status', async () => {
    const { data } = await gql(
      api,
      '{ documents(status: DONE, first: 100) { edges { node { id key status checksum extractorVersion counts { articles organizations people events metrics } } } } }',
    );
    const fixture = data?.documents.edges.find(
      (e: { node: { extractorVersion: string } }) => e.node.extractorVersion === 'fixture',
    );
    expect(fixture?.node).toMatchObject({
      key: '000_70c7d5442b17734e.txt',
      status: 'DONE',
      counts: { articles: 2, organizations: 8, people: 4, events: 2, metrics: 1 },
    });
    const failed = await gql(api, '{ documents(status: FAILED) { edges { node { key } } } }');
    expect(failed.data?.documents.edges).toEqual([]);
  });

  it('does rank the exact match first when search is given a full name', async () => {
    const { data } = await gql(
      api,
      '{ search(query: "佛山市总工会", first: 5) { totalCount edges { node { id score match matched node { __typename ... on Organization { name } } } } } }',
    );
    expect(data?.search.edges[0].node).toMatchObject({
      score: 1,
      match: 'EXACT',
      matched: '佛山市总工会',
      node: { __typename: 'Organization', name: '佛山市总工会' },
    });
    expect(data?.search.totalCount).toBeGreaterThanOrEqual(data?.search.edges.length);
    const prefix = await gql(api, '{ search(query: "佛山市", first: 50) { edges { node { score matched } } } }');
    const scores = prefix.data?.search.edges.map((e: { node: { score: number } }) => e.node.score) as number[];
    expect(scores.length).toBeGreaterThan(2);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    const people = await gql(
      api,
      '{ search(query: "李灿") { edges { node { node { __typename ... on Person { name } } } } } }',
    );
    expect(people.data?.search.edges[0].node.node).toEqual({ __typename: 'Person', name: '李灿' });
  });

  it('does find names, aliases and event titles by a substring when search is given part of a name', async () => {
    const { data } = await gql(
      api,
      '{ search(query: "南海区总工", first: 20) { edges { node { matched node { __typename ... on Organization { name } } } } } }',
    );
    // The alias 南海区总工会 starts with the query, so it outranks the name it is a substring of.
    expect(data?.search.edges[0].node).toEqual({
      matched: '南海区总工会',
      node: { __typename: 'Organization', name: '佛山市南海区总工会' },
    });
    const events = await gql(
      api,
      '{ search(query: "推进会", first: 20, types: [EVENT]) { edges { node { node { __typename ... on Event { title } } } } } }',
    );
    const titles = events.data?.search.edges.map(
      (e: { node: { node: { title?: string } } }) => e.node.node.title ?? '',
    );
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.every((t: string) => t.includes('推进会'))).toBe(true);
    const traditional = await gql(api, '{ search(query: "佛山市總工會", first: 1) { edges { node { matched } } } }');
    expect(traditional.data?.search.edges[0].node.matched).toBe('佛山市总工会');
  });

  it('does answer tolerant queries (suffix left out, single character, partial code, pinyin) on the sample pages', async () => {
    const top = async (query: string) => {
      const r = await gql(
        api,
        'query ($q: String!) { search(query: $q, first: 3) { edges { node { match node { __typename ... on Organization { name } ... on Person { name } ... on Place { name code } } } } } }',
        { q: query },
      );
      expect(r.errors, query).toBeUndefined();
      return r.data?.search.edges[0]?.node;
    };
    expect(await top('佛山总工会')).toMatchObject({ match: 'VARIANT', node: { name: '佛山市总工会' } });
    expect((await top('灿'))?.node).toEqual({ __typename: 'Person', name: '李灿' });
    expect(await top('4406')).toMatchObject({ match: 'EXACT', node: { __typename: 'Place', code: '440600' } });
    expect(await top('foshan')).toMatchObject({ match: 'PREFIX', node: { name: '佛山市' } });
  });

  it('does page search hits with cursors, a total and ids unique to the query', async () => {
    const all = await gql(api, '{ search(query: "工会", first: 50) { totalCount edges { node { id } } } }');
    // Changes since the last search (a Query per shard), the page's entries, then its nodes.
    expect(all.extensions?.cost?.operations).toEqual({ Query: 4, BatchGetItem: 2 });
    const total = all.data?.search.totalCount as number;
    expect(total).toBeGreaterThan(3);
    const first = await gql(
      api,
      '{ search(query: "工会", first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }',
    );
    const after = first.data?.search.pageInfo.endCursor;
    expect(first.data?.search.pageInfo.hasNextPage).toBe(true);
    const next = await gql(
      api,
      'query ($after: String) { search(query: "工会", first: 2, after: $after) { edges { node { id } } } }',
      {
        after,
      },
    );
    const ids = [...(first.data?.search.edges ?? []), ...(next.data?.search.edges ?? [])].map(
      (e: { node: { id: string } }) => e.node.id,
    );
    expect(ids).toEqual(all.data?.search.edges.slice(0, 4).map((e: { node: { id: string } }) => e.node.id));
    expect(new Set(all.data?.search.edges.map((e: { node: { id: string } }) => e.node.id)).size).toBe(
      all.data?.search.edges.length,
    );
    const other = await gql(api, 'query ($after: String) { search(query: "总工会", after: $after) { totalCount } }', {
      after,
    });
    expect(other.errors?.[0]?.extensions?.code).toBe('INVALID_CURSOR');
  });
});

describe('links', () => {
  it('does link people and organizations both ways with the title when a role is held', async () => {
    const { data } = await gql(
      api,
      `{ organizationByName(name: "佛山市总工会") {
          people { edges { title role node { name organizations { edges { title node { name } } } } } } } }`,
    );
    const li = data?.organizationByName.people.edges.find((e: { node: { name: string } }) => e.node.name === '李灿');
    expect(li).toMatchObject({ title: '主席', role: '佛山市总工会主席' });
    expect(li.node.organizations.edges).toContainEqual({ title: '主席', node: { name: '佛山市总工会' } });
  });

  it('does link organizers and participants to events both ways when an event is organized', async () => {
    const { data } = await gql(
      api,
      `{ organizationByName(name: "佛山市总工会") {
          events { edges { node { title organizers { edges { node { name } } }
            participants { edges { part node { name events { edges { part node { title } } } } } } } } } } }`,
    );
    const event = data?.organizationByName.events.edges[0].node;
    expect(event.title).toBe('佛山市产业工人队伍建设改革工作推进会');
    expect(names(event.organizers)).toContain('佛山市总工会');
    const li = event.participants.edges.find((e: { node: { name: string } }) => e.node.name === '李灿');
    expect(li.part).toBe('SPOKE');
    expect(li.node.events.edges).toContainEqual({ part: 'SPOKE', node: { title: event.title } });
  });

  it('does link metrics to their scope and back when a metric describes a place', async () => {
    const { data } = await gql(
      api,
      `{ place(code: "440600") { name metrics { edges { node { subject scope { __typename ... on Place { code } } } } } } }`,
    );
    expect(data?.place.metrics.edges).toContainEqual({
      node: { subject: '技能人才', scope: { __typename: 'Place', code: '440600' } },
    });
  });

  it('does link places up and down and to their organizations when places are nested', async () => {
    const { data } = await gql(
      api,
      `{ place(code: "440605") { name level parent { code name parent { code } children { edges { node { code } } } }
          organizations { edges { node { name place { code } } } } } }`,
    );
    expect(data?.place).toMatchObject({ name: '南海区', level: 'COUNTY', parent: { code: '440600', name: '佛山市' } });
    expect(data?.place.parent.parent.code).toBe('440000');
    expect(data?.place.parent.children.edges).toContainEqual({ node: { code: '440605' } });
    expect(data?.place.organizations.edges).toContainEqual({
      node: { name: '佛山市南海区总工会', place: { code: '440605' } },
    });
  });

  it('does link a subunit to its parent union both ways when a district union is under a city union', async () => {
    const { data } = await gql(
      api,
      `{ organizationByName(name: "佛山市南海区总工会") { parentUnion { name childUnions { edges { node { name } } } } } }`,
    );
    expect(data?.organizationByName.parentUnion.name).toBe('佛山市总工会');
    expect(names(data?.organizationByName.parentUnion.childUnions)).toContain('佛山市南海区总工会');
  });

  it('does link mentions, articles and documents both ways when an entity is mentioned', async () => {
    const { data } = await gql(
      api,
      `{ people(namePrefix: "李灿") { edges { node { name mentions { edges { sentence start end document { key }
          node { title document { key articles { edges { node { title } } } }
            mentions(type: PERSON) { edges { sentence node { __typename ... on Person { name } } } } } } } } } } }`,
    );
    const mention = data?.people.edges[0].node.mentions.edges.find(
      (e: { document: { key: string } }) => e.document.key === '000_70c7d5442b17734e.txt',
    );
    expect(mention.sentence).toContain('李灿');
    expect(mention.end).toBeGreaterThan(mention.start);
    expect(mention.node.title).toBe('佛山召开产业工人队伍建设改革工作推进会');
    expect(mention.node.document.articles.edges.map((e: { node: { title: string } }) => e.node.title)).toContain(
      mention.node.title,
    );
    expect(mention.node.mentions.edges).toContainEqual({
      sentence: mention.sentence,
      node: { __typename: 'Person', name: '李灿' },
    });
  });

  it('does link reporters to the articles they wrote both ways when a byline names them', async () => {
    const { data } = await gql(
      api,
      `{ people(namePrefix: "黄细英") { edges { node { reported { edges { title node { title reporters { edges { title node { name } } } } } } } } } }`,
    );
    type Reported = { title: string; node: { reporters: { edges: { title: string; node: { name: string } }[] } } };
    const articles = data?.people.edges[0].node.reported.edges as Reported[];
    expect(articles.length).toBeGreaterThan(0);
    // Both ways: every article she reported lists her, with the same title.
    for (const article of articles) {
      expect(article.title).toBe('全媒体记者');
      expect(article.node.reporters.edges).toContainEqual({ title: '全媒体记者', node: { name: '黄细英' } });
    }
    const colleagues = articles.flatMap((a) => a.node.reporters.edges);
    expect(colleagues).toContainEqual({ title: '通讯员', node: { name: '霍嘉琪' } });
  });
});

describe('pagination', () => {
  it('does give the same list page by page as in one page when organizations is read with first: 2', async () => {
    const all = await gql(
      api,
      '{ organizations(first: 100) { edges { cursor node { id } } pageInfo { hasNextPage } } }',
    );
    expect(all.data?.organizations.pageInfo.hasNextPage).toBe(false);
    const expected = all.data?.organizations.edges.map((e: { node: { id: string } }) => e.node.id) as string[];
    expect(expected.length).toBeGreaterThanOrEqual(8);
    const paged: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 100; i++) {
      const page: GqlResult = await gql(
        api,
        'query ($after: String) { organizations(first: 2, after: $after) { edges { node { id } } pageInfo { hasNextPage hasPreviousPage endCursor } } }',
        { after },
      );
      const conn = page.data?.organizations;
      paged.push(...conn.edges.map((e: { node: { id: string } }) => e.node.id));
      expect(conn.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(paged).toEqual(expected);
  });

  it('does continue after an edge cursor when a link list is paged', async () => {
    const all = await gql(
      api,
      '{ place(code: "440600") { organizations(first: 100) { edges { cursor node { name } } } } }',
    );
    const edges = all.data?.place.organizations.edges as { cursor: string; node: { name: string } }[];
    expect(edges.length).toBeGreaterThanOrEqual(3);
    const rest = await gql(
      api,
      'query ($after: String) { place(code: "440600") { organizations(first: 100, after: $after) { edges { node { name } } } } }',
      {
        after: edges[0]?.cursor,
      },
    );
    expect(rest.data?.place.organizations.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual(
      edges.slice(1).map((e) => e.node.name),
    );
  });
});

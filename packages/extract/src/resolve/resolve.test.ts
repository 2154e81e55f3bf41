import { describe, expect, it } from 'vitest';
import { findArticleOrganizations, type OrgMention } from '../entities/organizations.ts';
import { placeByCode } from '../places/places.ts';
import { sentencesOf } from '../test-helpers.ts';
import { groupArticleOrgs, OrgRegistry, withoutProvince } from './resolve.ts';

/** The organization nodes of a short text read as one article. */
function nodesOf(text: string, province?: string) {
  const { sentences, ctx } = sentencesOf(text, province);
  const found = findArticleOrganizations(sentences, ctx);
  const mentions: OrgMention[] = sentences.flatMap((s) => found.get(s) ?? []);
  const registry = new OrgRegistry();
  for (const group of groupArticleOrgs(mentions)) registry.add(group, 0);
  const parents = registry.finish();
  return registry.nodes.map((n) => ({ name: n.name, aliases: [...n.aliases], parent: parents.get(n) }));
}

describe('groupArticleOrgs', () => {
  it('makes a short form of a name an alias of the name (东风公司, 本钢集团)', () => {
    const nodes = nodesOf('长江汽车集团有限公司召开职代会。长江公司工会主席出席,推动长江公司发展。');
    expect(nodes.find((n) => n.name === '长江汽车集团有限公司')?.aliases).toContain('长江公司');
  });

  it('keeps two bodies of one place apart (市总工会, 区总工会)', () => {
    const names = nodesOf('佛山市总工会和南海区总工会联合举办活动。').map((n) => n.name);
    expect(names.sort()).toEqual(['佛山市南海区总工会', '佛山市总工会']);
  });

  it('keeps the Youth League’s committee apart from the party’s (共青团郑州市委, 郑州市委)', () => {
    const names = nodesOf('郑州市工会代表大会开幕。市委书记马懿出席,共青团郑州市委书记张艳华致贺词。').map(
      (n) => n.name,
    );
    expect(names).toContain('郑州市委');
    expect(names).toContain('共青团郑州市委');
  });

  it('keeps a district’s union apart from a town’s in it, though one name reads inside the other', () => {
    const names = nodesOf('沙坪坝区总工会主席邓某带队。随后,覃家岗街道总工会举办活动。').map((n) => n.name);
    expect(names.sort()).toEqual(['重庆市沙坪坝区总工会', '重庆市沙坪坝区覃家岗街道总工会']);
  });
});

describe('Class: OrgRegistry', () => {
  it('keeps the form written in traditional characters findable as an alias', () => {
    const [node] = nodesOf('湖北省總工會召開全委會議。', '420000');
    expect(node?.name).toBe('湖北省总工会');
    expect(node?.aliases).toContain('湖北省總工會');
  });

  it('gives a unit the body it is named after as its parent', () => {
    const nodes = nodesOf('长沙市总工会劳动关系部部长出席。', '430000');
    expect(nodes.map((n) => n.name).sort()).toEqual(['长沙市总工会', '长沙市总工会劳动关系部']);
    expect(nodes.find((n) => n.name === '长沙市总工会劳动关系部')?.parent).toBeDefined();
  });
});

describe('withoutProvince', () => {
  it('gives a body the name its city or county writes, without the province before it', () => {
    const place = (code: string) => placeByCode(code);
    expect(withoutProvince({ name: '吉林省长春市宽城区总工会', place: place('220103') })).toBe('长春市宽城区总工会');
    expect(withoutProvince({ name: '江西鹰潭市总工会', place: place('360600') })).toBe('鹰潭市总工会');
  });

  it('keeps a municipality (北京市朝阳区…) and a name that opens with no province', () => {
    expect(withoutProvince({ name: '北京市朝阳区总工会', place: placeByCode('110105') })).toBeUndefined();
    expect(withoutProvince({ name: '长春市总工会', place: placeByCode('220100') })).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { sentencesOf } from '../test-helpers.ts';
import { isGenericCore } from './org-names.ts';
import { findOrganizations } from './organizations.ts';

function orgNames(text: string, province?: string): string[] {
  const { sentences, ctx } = sentencesOf(text, province);
  return sentences.flatMap((s) => findOrganizations(s, ctx).map((o) => o.name));
}

describe('Function: findOrganizations', () => {
  it('resolves 市总工会 to the city the article names', () => {
    expect(orgNames('清远市召开职工大会。清远市人大常委会副主任、市总工会主席出席。')).toEqual([
      '清远市人大常委会',
      '清远市总工会',
    ]);
  });

  it('prefixes a district union with its city when the article names the city', () => {
    expect(orgNames('江门市职工技能大赛举行。蓬江区总工会组织参赛。')).toContain('江门市蓬江区总工会');
  });

  it('treats a municipality as the city of its districts and of 市总工会', () => {
    expect(orgNames('北京市总工会召开全委会议。市总工会主席出席,朝阳区总工会作交流发言。')).toEqual([
      '北京市总工会',
      '北京市总工会',
      '北京市朝阳区总工会',
    ]);
  });

  it('resolves 自治区总工会 to the autonomous region and leaves 各区总工会 generic', () => {
    expect(orgNames('南宁市举办大赛。自治区总工会副主席出席。', '450000')).toEqual(['广西壮族自治区总工会']);
    expect(orgNames('北京市总工会要求,各区总工会要持续开展培训。')).toEqual(['北京市总工会']);
  });

  it('does not take a verb before 公司 for a name, nor a generic service centre', () => {
    expect(orgNames('会议要求推动公司高质量发展。')).toEqual([]);
    expect(orgNames('佛山市总工会为企业职工服务中心揭牌。')).toEqual(['佛山市总工会']);
  });

  it('resolves 省总工会 to the page province and 全总 to the national federation', () => {
    expect(orgNames('会议传达了全总和省总工会的部署。', '440000')).toEqual(['中华全国总工会', '广东省总工会']);
  });

  it('stops a company name at the verb before it and keeps 和 inside a name', () => {
    expect(orgNames('调研组实地调研和美电器(佛山)有限公司和佛山天成材料有限公司。')).toEqual([
      '和美电器(佛山)有限公司',
      '佛山天成材料有限公司',
    ]);
  });

  it('reads names written in traditional characters', () => {
    expect(orgNames('韶關市總工會召開會議。')).toEqual(['韶关市总工会']);
  });

  it('does not take generic references or honours for bodies', () => {
    expect(orgNames('各级工会要发挥作用,企业工会要积极参与。')).toEqual([]);
    expect(orgNames('该工作室被评为2024年韶关市劳模创新工作室。')).toEqual([]);
  });

  it('keeps a company union and its company', () => {
    expect(orgNames('广州立新科技有限公司工会作交流发言。').sort()).toEqual([
      '广州立新科技有限公司',
      '广州立新科技有限公司工会',
    ]);
  });
});

describe('Function: isGenericCore', () => {
  it('tells category words from names', () => {
    expect(isGenericCore('基层企业')).toBe(true);
    expect(isGenericCore('立新科技')).toBe(false);
  });
});

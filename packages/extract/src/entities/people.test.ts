import { describe, expect, it } from 'vitest';
import { sentencesOf } from '../test-helpers.ts';
import { parseByline, parseSignature } from './bylines.ts';
import { findOrganizations } from './organizations.ts';
import { findPeople } from './people.ts';

function people(text: string): Array<[string, string[]]> {
  const { sentences, ctx } = sentencesOf(text);
  return sentences.flatMap((s) =>
    findPeople(s, findOrganizations(s, ctx)).map((p): [string, string[]] => [p.name, p.roles.map((r) => r.role)]),
  );
}

describe('Function: findPeople', () => {
  it('gives a name two roles at two bodies from a role chain', () => {
    expect(people('清远市召开会议。清远市人大常委会副主任、市总工会主席周建华出席会议并讲话。')).toEqual([
      ['周建华', ['清远市人大常委会副主任', '清远市总工会主席']],
    ]);
  });

  it('carries a body over to the next title after 、', () => {
    expect(people('清远市总工会党组书记、常务副主席欧阳明主持会议。')).toEqual([
      ['欧阳明', ['清远市总工会党组书记', '清远市总工会常务副主席']],
    ]);
  });

  it('needs a verb after a name that follows a calling such as 劳模', () => {
    expect(people('开展劳模宣讲等活动。')).toEqual([]);
    expect(people('参赛选手黄志坚坦言,比赛很难。')).toEqual([['黄志坚', ['参赛选手']]]);
  });

  it('reads 同志 and 总书记', () => {
    expect(people('经选举,王立新同志当选为常务副主席。').map((p) => p[0])).toEqual(['王立新']);
    expect(people('省总工会相关负责同志到会指导。')).toEqual([]);
  });

  it('reads winners of a place or a prize, listed ones too', () => {
    expect(
      people('炼油一部的刘志远获得化工总控工项目第一名;维修中心的张丽萍、陈浩分获电工项目第一名和第二名。').map(
        (p) => p[0],
      ),
    ).toEqual(['刘志远', '张丽萍', '陈浩']);
    expect(people('全区获得一等奖的企业有三家。')).toEqual([]);
  });

  it('does not end a name inside the verb after it', () => {
    expect(people('韶关市委常委、市总工会主席赵红陪同调研。').map((p) => p[0])).toEqual(['赵红']);
  });

  it('reads a list of honoured people after their callings', () => {
    expect(people('全国劳动模范谭建军、湖南省劳动模范周敏等10余名劳模代表参加座谈。')).toEqual([
      ['谭建军', ['全国劳动模范']],
      ['周敏', ['湖南省劳动模范']],
    ]);
  });

  it('reads the speaker of a quotation, not a place that speaks', () => {
    expect(people('“管网一刻也不能停。”王海涛说。').map((p) => p[0])).toEqual(['王海涛']);
    expect(people('王海涛表示,要坚持下去。').map((p) => p[0])).toEqual(['王海涛']);
    expect(people('高明表示,要坚持下去。')).toEqual([]);
  });
});

describe('Function: parseByline', () => {
  it('reads reporters and correspondents, skipping newsroom pen-names', () => {
    expect(parseByline('全媒体记者陈晓 通讯员清工宣 林芳、何丽')).toEqual([
      { name: '陈晓', title: '全媒体记者' },
      { name: '林芳', title: '通讯员' },
      { name: '何丽', title: '通讯员' },
    ]);
  });

  it('reads a photo credit', () => {
    expect(parseByline('记者梁子健/摄')).toEqual([{ name: '梁子健', title: '记者' }]);
  });
});

describe('Function: parseSignature', () => {
  it('keeps authors and drops pen-names', () => {
    expect(parseSignature('黄敏 罗杰').map((p) => p.name)).toEqual(['黄敏', '罗杰']);
    expect(parseSignature('南沙工')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { sentencesOf } from '../test-helpers.ts';
import { findMetrics } from './metrics.ts';

function metrics(text: string) {
  return sentencesOf(text).sentences.flatMap((s) =>
    findMetrics(s).map((m) => ({
      value: m.value,
      unit: m.unit,
      qualifier: m.qualifier,
      subject: m.subject,
      isTarget: m.isTarget,
    })),
  );
}

describe('Function: findMetrics', () => {
  it('applies 万 and reads the subject after the number', () => {
    expect(metrics('目前,全市共有技能人才58.3万人。')).toEqual([
      { value: 583_000, unit: '人', qualifier: 'exact', subject: '技能人才', isTarget: false },
    ]);
  });

  it('takes the honour the counted won as the subject', () => {
    expect(metrics('目前,12家企业获评省市级“模范职工之家”。').map((m) => [m.value, m.subject])).toEqual([
      [12, '省市级模范职工之家'],
    ]);
  });

  it('keeps who a bare measure counts, and a change after a bracket keeps the subject before it', () => {
    expect(metrics('近五年来,职工参与人数达2万人。').map((m) => m.subject)).toEqual(['职工参与人数']);
    expect(metrics('全市技能人才总量达71万人,同比产改前(2020年)增长73.2%。').map((m) => [m.value, m.subject])).toEqual([
      [710_000, '技能人才总量'],
      [73.2, '技能人才总量'],
    ]);
  });

  it('reads a share as the share of the figure before it', () => {
    expect(metrics('其中高技能人才11.5万人,占比30.1%。').map((m) => m.subject)).toEqual([
      '高技能人才',
      '高技能人才占比',
    ]);
  });

  it('skips percentage points', () => {
    expect(metrics('帮扶资金较上年提高12个百分点。')).toEqual([]);
  });

  it('reads what a figure counts after 有', () => {
    expect(metrics('目前,他所在的班组有队员12人。').map((m) => [m.value, m.subject])).toEqual([[12, '队员']]);
  });

  it('reads what a figure measures after 的', () => {
    expect(metrics('为环卫工人送去价值5万元的慰问品。').map((m) => [m.value, m.subject])).toEqual([[50_000, '慰问品']]);
  });

  it('reads the subject before the number when nothing follows it', () => {
    expect(metrics('开展送温暖活动32场,投入资金15万元。').map((m) => [m.value, m.unit, m.subject])).toEqual([
      [32, '场', '送温暖活动'],
      [150_000, '元', '资金'],
    ]);
  });

  it('maps qualifiers', () => {
    expect(metrics('吸引600余名职工参加,覆盖近40家企业,不少于12项。').map((m) => m.qualifier)).toEqual([
      'atLeast',
      'atMost',
      'atLeast',
    ]);
  });

  it('marks targets and percentages', () => {
    const [m] = metrics('计划到2028年,全市高技能人才占比超过40%。');
    expect(m).toMatchObject({ value: 40, unit: '%', isTarget: true, subject: '高技能人才占比' });
  });

  it('skips dates, ordinals, names in quotes and 一 used as an article', () => {
    expect(metrics('10月8日,第十二届“1+3+N”体系一个缩影,召开二届三次全委会。')).toEqual([]);
  });

  it('reads Chinese numerals', () => {
    expect(metrics('现场设置了两个摊位。')).toEqual([
      { value: 2, unit: '个', qualifier: 'exact', subject: '摊位', isTarget: false },
    ]);
  });
});

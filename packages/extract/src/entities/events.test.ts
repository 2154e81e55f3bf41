import { describe, expect, it } from 'vitest';
import { sentencesOf } from '../test-helpers.ts';
import { findEvents } from './events.ts';
import { findOrganizations } from './organizations.ts';

function events(text: string) {
  const { sentences, ctx } = sentencesOf(text);
  return sentences.flatMap((s) =>
    findEvents(s, findOrganizations(s, ctx), []).map((e) => ({
      title: e.title,
      type: e.type,
      day: e.day,
      location: e.location,
    })),
  );
}

describe('Function: findEvents', () => {
  it('reads a meeting held at a place on a date', () => {
    expect(events('6月12日,清远市职工技能提升工作推进会在清远市职工服务中心召开。')).toEqual([
      { title: '清远市职工技能提升工作推进会', type: 'meeting', day: 12, location: '清远市职工服务中心' },
    ]);
  });

  it('reads an event held by a verb before its title', () => {
    expect(events('近日,某县总工会举办2025年基层工会主席培训班。').map((e) => [e.title, e.type, e.day])).toEqual([
      ['2025年基层工会主席培训班', 'training', undefined],
    ]);
  });

  it('takes a quoted title whole', () => {
    expect(events('近日,清远市总工会开展“技能护航 温暖同行”主题活动。').map((e) => e.title)).toEqual([
      '“技能护航 温暖同行”主题活动',
    ]);
  });

  it('ignores directives, plans and counts of recurring activities', () => {
    expect(events('会议要求,要举办职工技能大赛。')).toEqual([]);
    expect(events('下一步,区总工会将开展“送清凉”专项行动。')).toEqual([]);
    expect(events('今年以来,区总工会已开展宣讲活动40场。')).toEqual([]);
  });

  it('reads an inspection visit told in the lead, with where it went', () => {
    expect(events('7月15日,江苏省总工会到苏州市调研高温天气劳动保护工作。')).toEqual([
      { title: '江苏省总工会到苏州市调研高温天气劳动保护工作', type: 'visit', day: 15, location: '苏州市' },
    ]);
    expect(events('会议要求,各级工会要深入基层调研。')).toEqual([]);
    expect(events('近日,宜昌市夷陵区总工会带队走访慰问一线环卫工人。').map((e) => [e.title, e.type])).toEqual([
      ['宜昌市夷陵区总工会带队走访慰问一线环卫工人', 'visit'],
    ]);
  });

  it('names the body whose own meeting it is as its organizer', () => {
    const { sentences, ctx } = sentencesOf('10月28日,南京市总工会十五届五次全委(扩大)会议召开。');
    const [sentence] = sentences;
    if (!sentence) throw new Error('no sentence');
    const [event] = findEvents(sentence, findOrganizations(sentence, ctx), []);
    expect(event?.organizers.map((o) => o.name)).toEqual(['南京市总工会']);
  });
});

import { describe, expect, it } from 'vitest';
import { compareSequencers, decodeS3Key, EventParseError, parseS3Event, parseSqsRecord } from './events.ts';
import { dateInText, publishedDateOf } from './published.ts';
import { s3Event, s3Record, sqsEvent } from './test-support.ts';

describe('parseS3Event', () => {
  it('decodes form-encoded keys with spaces, plus signs, percent signs and Chinese', () => {
    const event = s3Event(
      s3Record('ObjectCreated:Put', 'b', '2025/10/31/报道 a+b%c.txt', { size: 12, sequencer: 'AB' }),
    );
    expect(parseS3Event(event)).toEqual([
      { bucket: 'b', key: '2025/10/31/报道 a+b%c.txt', eventName: 'ObjectCreated:Put', size: 12, sequencer: 'AB' },
    ]);
    expect(decodeS3Key('%E6%8A%A5%E9%81%93+1.txt')).toBe('报道 1.txt');
    expect(decodeS3Key('100%+done')).toBe('100% done');
  });

  it('gives no records for the s3:TestEvent and throws EventParseError for anything else', () => {
    expect(parseS3Event({ Service: 'Amazon S3', Event: 's3:TestEvent' })).toEqual([]);
    expect(() => parseS3Event({ hello: 1 })).toThrow(EventParseError);
    expect(() => parseS3Event({ Records: [{ s3: {} }] })).toThrow(EventParseError);
  });
});

describe('parseSqsRecord', () => {
  it('reads S3 events from SQS bodies, SNS-wrapped or not', () => {
    const event = s3Event(s3Record('ObjectRemoved:Delete', 'b', 'k.txt'));
    const [plain, sns, test] = sqsEvent(
      event,
      JSON.stringify({ Type: 'Notification', Message: JSON.stringify(event) }),
      JSON.stringify({ Event: 's3:TestEvent' }),
    ).Records;
    expect(parseSqsRecord(plain as never)[0]).toMatchObject({ key: 'k.txt', eventName: 'ObjectRemoved:Delete' });
    expect(parseSqsRecord(sns as never)[0]).toMatchObject({ key: 'k.txt' });
    expect(parseSqsRecord(test as never)).toEqual([]);
    expect(() => parseSqsRecord({ body: '{' })).toThrow(EventParseError);
  });
});

describe('compareSequencers', () => {
  it('orders hex sequencers of different lengths by padding the shorter', () => {
    expect(compareSequencers('0055AED6DCD90281E5', '0055AED6DCD90281E6')).toBeLessThan(0);
    expect(compareSequencers('0055AED6DCD90281E5', '0055AED6DCD90281E500')).toBe(0);
    expect(compareSequencers(undefined, 'A')).toBeLessThan(0);
  });
});

describe('publishedDateOf', () => {
  it('prefers x-amz-meta-published, then a date in the key', () => {
    expect(publishedDateOf('2025/10/31/p.txt', { published: '2025-11-01T08:00:00+08:00' })).toBe('2025-11-01');
    expect(publishedDateOf('2025/10/31/p.txt', { published: 'soon' })).toBe('2025-10-31');
    expect(publishedDateOf('20251031-p.txt')).toBe('2025-10-31');
    expect(publishedDateOf('reports/2025-10-31_p.txt')).toBe('2025-10-31');
    expect(publishedDateOf('2025年10月31日.txt')).toBe('2025-10-31');
  });

  it('rejects impossible dates and digit runs that are not dates', () => {
    expect(dateInText('2025/02/30/p.txt')).toBeUndefined();
    expect(dateInText('id-120251031.txt')).toBeUndefined();
    expect(dateInText('page-1.txt')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { isDocumentScoped, placePrefix } from './keys.ts';

describe('placePrefix', () => {
  it('drops trailing zero pairs when the code names a province, city or county', () => {
    expect(placePrefix('440000')).toBe('44');
    expect(placePrefix('440600')).toBe('4406');
    expect(placePrefix('440605')).toBe('440605');
  });

  it('keeps a town code whole when it is longer than six digits', () => {
    expect(placePrefix('440605001')).toBe('440605001');
  });
});

describe('isDocumentScoped', () => {
  it('scopes search terms, articles and edges that touch an article to their document', () => {
    expect(isDocumentScoped({ pk: 'term#工会', sk: 'Organization#o_1#d_1#0' })).toBe(true);
    expect(isDocumentScoped({ pk: 'Article#a_1', sk: '#node' })).toBe(true);
    expect(isDocumentScoped({ pk: 'Article#a_1', sk: 'partOf#Document#d_1#' })).toBe(true);
    expect(isDocumentScoped({ pk: 'Organization#o_1', sk: 'mentionedIn#Article#a_1#0000012' })).toBe(true);
    expect(isDocumentScoped({ pk: 'Person#p_1', sk: 'reported#Article#a_1#记者' })).toBe(true);
  });

  it('leaves nodes and edges that several documents may state shared', () => {
    expect(isDocumentScoped({ pk: 'Organization#o_1', sk: '#node' })).toBe(false);
    expect(isDocumentScoped({ pk: 'Organization#o_1', sk: 'locatedIn#Place#440600#' })).toBe(false);
    expect(isDocumentScoped({ pk: 'Person#p_1', sk: 'holds#Organization#o_1#主席' })).toBe(false);
    // An edge whose qualifier mentions an article is not an edge to one.
    expect(isDocumentScoped({ pk: 'Event#e_1', sk: 'heldIn#Place#440600#Article#x' })).toBe(false);
  });
});

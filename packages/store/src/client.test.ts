import { describe, expect, it } from 'vitest';
import { createDocumentClient } from './client.ts';

const middleware = (doc: ReturnType<typeof createDocumentClient>) => doc.middlewareStack.identify().join('\n');

describe('createDocumentClient', () => {
  it('does leave out the SDK logger middleware when no logger is configured', () => {
    expect(middleware(createDocumentClient({ endpoint: 'http://127.0.0.1:1' }))).not.toMatch(/loggerMiddleware/);
  });

  it('does keep the logger middleware when a logger is configured', () => {
    const logger = { debug() {}, info() {}, warn() {}, error() {} };
    expect(middleware(createDocumentClient({ endpoint: 'http://127.0.0.1:1', logger }))).toMatch(/loggerMiddleware/);
  });
});

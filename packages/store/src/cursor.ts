/** Raised when a client sends a cursor this store did not issue. */
export class InvalidCursorError extends Error {
  override readonly name = 'InvalidCursorError';
  constructor() {
    super('The cursor is not valid for this list.');
  }
}

/**
 * Cursors are the DynamoDB LastEvaluatedKey, base64url-encoded: opaque to clients, and they
 * stay valid when items are added or removed (a Query resumes after the key, present or not).
 */
export function encodeCursor(key: Record<string, unknown> | undefined): string | undefined {
  return key ? Buffer.from(JSON.stringify(key)).toString('base64url') : undefined;
}

export function decodeCursor(cursor: string | undefined | null): Record<string, unknown> | undefined {
  if (!cursor) return undefined;
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!key || typeof key !== 'object' || Array.isArray(key)) throw new InvalidCursorError();
    for (const v of Object.values(key)) if (typeof v !== 'string') throw new InvalidCursorError();
    return key;
  } catch {
    throw new InvalidCursorError();
  }
}

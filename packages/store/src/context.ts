import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { CostMeter } from './meter.ts';
import type { SearchEngine } from './search/engine.ts';

/** What every store function needs: the client, the table, and an optional cost meter. */
export interface StoreContext {
  doc: DynamoDBDocumentClient;
  tableName: string;
  meter?: CostMeter;
  /**
   * Entries an adjacency summary may hold per direction before the node stops summarizing and
   * readers Query its edges instead; keeps hub nodes under DynamoDB's 400 KB item size. Default 800.
   */
  summaryCap?: number;
  /** What answers searches; the embedded index (one per table, per process) when absent. */
  searchEngine?: SearchEngine;
}

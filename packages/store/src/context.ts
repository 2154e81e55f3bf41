import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { CostMeter } from './meter.ts';
import type { SearchEngine } from './search/engine.ts';

/** What every store function needs: the client, the table, and an optional cost meter. */
export interface StoreContext {
  doc: DynamoDBDocumentClient;
  tableName: string;
  meter?: CostMeter;
  /**
   * Entries each scoped set of a node (each summary direction, aliases, roles) may hold before the
   * node stops summarizing and readers Query its edges instead; keeps a hub node's size and read
   * cost flat however many documents mention it. Default `SUMMARY_CAP` (64).
   */
  summaryCap?: number;
  /** What answers searches; the embedded index (one per table, per process) when absent. */
  searchEngine?: SearchEngine;
}

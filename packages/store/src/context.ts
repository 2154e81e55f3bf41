import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { CostMeter } from './meter.ts';

/** What every store function needs: the client, the table, and an optional cost meter. */
export interface StoreContext {
  doc: DynamoDBDocumentClient;
  tableName: string;
  meter?: CostMeter;
}

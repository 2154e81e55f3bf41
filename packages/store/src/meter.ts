/**
 * What a unit of work (one GraphQL request, one ingest) cost in DynamoDB: the requests it sent
 * and the capacity units they consumed, as DynamoDB reported them.
 */
export interface CostMeter {
  requests: number;
  readCapacityUnits: number;
  writeCapacityUnits: number;
  /** Requests per operation name, e.g. `{ BatchGetItem: 2, Query: 3 }`. */
  operations: Record<string, number>;
}

export function createMeter(): CostMeter {
  return { requests: 0, readCapacityUnits: 0, writeCapacityUnits: 0, operations: {} };
}

interface Consumed {
  CapacityUnits?: number;
  ReadCapacityUnits?: number;
  WriteCapacityUnits?: number;
}

/** Adds one response's ConsumedCapacity (single or list) to the meter. */
export function record(meter: CostMeter | undefined, operation: string, consumed: Consumed | Consumed[] | undefined) {
  if (!meter) return;
  meter.requests += 1;
  meter.operations[operation] = (meter.operations[operation] ?? 0) + 1;
  const list = Array.isArray(consumed) ? consumed : consumed ? [consumed] : [];
  for (const c of list) {
    const read = c.ReadCapacityUnits ?? 0;
    const write = c.WriteCapacityUnits ?? 0;
    // DynamoDB Local reports only CapacityUnits; attribute it by operation kind.
    const total = c.CapacityUnits ?? 0;
    const isWrite = /Put|Update|Delete|Write/.test(operation);
    meter.readCapacityUnits += read || (isWrite ? 0 : total);
    meter.writeCapacityUnits += write || (isWrite ? total : 0);
  }
}

import { setMaxListeners } from 'node:events';

/**
 * What a unit of work (one GraphQL request, one ingest) cost in DynamoDB: the requests it sent
 * and the capacity units they consumed, as DynamoDB reported them; optionally with a budget
 * (a ceiling on requests and a deadline) that stops the unit of work when it is spent.
 */
export interface CostMeter {
  requests: number;
  readCapacityUnits: number;
  writeCapacityUnits: number;
  /** Requests per operation name, e.g. `{ BatchGetItem: 2, Query: 3 }`. */
  operations: Record<string, number>;
  /** The most requests this unit of work may send; unset: no ceiling. */
  maxRequests?: number;
  /** Requests admitted so far (see `admit`), counted when sent rather than when answered. */
  admitted?: number;
  /** Aborted when the wall-clock budget runs out; passed to every request so it aborts in flight. */
  signal?: AbortSignal;
}

/** A unit of work's budget. */
export interface MeterBudget {
  /** The most DynamoDB requests it may send. */
  maxRequests?: number;
  /** Its wall-clock budget in milliseconds. */
  timeoutMs?: number;
}

/** Raised when a unit of work has spent its budget: too many requests, or out of time. */
export class RequestBudgetError extends Error {
  override readonly name = 'RequestBudgetError';
  constructor(
    readonly reason: 'requests' | 'time',
    readonly limit: number,
  ) {
    super(
      reason === 'requests'
        ? `More than ${limit} DynamoDB requests were needed.`
        : `The time budget of ${limit} ms ran out.`,
    );
  }
}

/** The budget timer of each meter that has one, so the unit of work can stop it when it ends. */
const timers = new WeakMap<CostMeter, ReturnType<typeof setTimeout>>();

/**
 * A fresh meter, with an optional budget.
 *
 * @example
 * const meter = createMeter({ maxRequests: 500, timeoutMs: 10_000 });
 * admit(meter); // throws RequestBudgetError once 500 requests were sent or 10 s passed
 */
export function createMeter(budget: MeterBudget = {}): CostMeter {
  const meter: CostMeter = { requests: 0, readCapacityUnits: 0, writeCapacityUnits: 0, operations: {} };
  if (budget.maxRequests !== undefined) meter.maxRequests = budget.maxRequests;
  if (budget.timeoutMs !== undefined) {
    const controller = new AbortController();
    const timer = setTimeout(
      () => controller.abort(new RequestBudgetError('time', budget.timeoutMs ?? 0)),
      budget.timeoutMs,
    );
    timer.unref?.();
    timers.set(meter, timer);
    // Every request in flight listens for the abort, so a unit of work that sends more than ten
    // at once (a page of unbatched nodes) is not a leak; its requests are bounded by the ceiling.
    setMaxListeners(budget.maxRequests === undefined ? 0 : Math.max(10, 2 * budget.maxRequests), controller.signal);
    meter.signal = controller.signal;
  }
  return meter;
}

/**
 * Ends a meter's time budget when its unit of work is done. A server creates a meter per request;
 * a budget timer left pending would hold the request's abort signal until it fires, long after
 * the answer was sent, and then build an error nobody reads.
 *
 * @example
 * const meter = createMeter({ timeoutMs: 10_000 });
 * try { await work(meter); } finally { releaseMeter(meter); }
 */
export function releaseMeter(meter: CostMeter): void {
  const timer = timers.get(meter);
  if (timer === undefined) return;
  clearTimeout(timer);
  timers.delete(meter);
}

/**
 * Throws `RequestBudgetError` when one more request would exceed the meter's budget, else counts
 * it as sent; call it right before sending a request (so requests sent at once are counted too).
 *
 * @example
 * admit(ctx.meter); await ctx.doc.send(command, { abortSignal: ctx.meter?.signal });
 */
export function admit(meter: CostMeter | undefined): void {
  if (!meter) return;
  if (meter.signal?.aborted)
    throw meter.signal.reason instanceof Error ? meter.signal.reason : new RequestBudgetError('time', 0);
  const admitted = Math.max(meter.admitted ?? 0, meter.requests);
  if (meter.maxRequests !== undefined && admitted >= meter.maxRequests) {
    throw new RequestBudgetError('requests', meter.maxRequests);
  }
  meter.admitted = admitted + 1;
}

/**
 * The options to pass to `send` so a request aborts when the meter's time runs out.
 *
 * @example
 * await ctx.doc.send(command, sendOptions(ctx.meter));
 */
export const sendOptions = (meter: CostMeter | undefined) => (meter?.signal ? { abortSignal: meter.signal } : {});

/**
 * Settles with `promise`, or rejects when the meter's time runs out first. For a send that
 * cannot take the signal itself (the handler cache is bypassed whenever `send` gets options):
 * the answer is given up at once, while the SDK finishes or times out that one request alone.
 *
 * @example
 * const out = await untilAborted(reader.send(new GetItemCommand(input)), ctx.meter);
 */
export function untilAborted<T>(promise: Promise<T>, meter: CostMeter | undefined): Promise<T> {
  const signal = meter?.signal;
  if (!signal) return promise;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

interface Consumed {
  CapacityUnits?: number;
  ReadCapacityUnits?: number;
  WriteCapacityUnits?: number;
}

/**
 * Adds one response's ConsumedCapacity (single or list) to the meter. Past the meter's request
 * ceiling it throws `RequestBudgetError`, so a reader that did not `admit` first still stops.
 */
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
  if (meter.maxRequests !== undefined && meter.requests > meter.maxRequests) {
    throw new RequestBudgetError('requests', meter.maxRequests);
  }
}

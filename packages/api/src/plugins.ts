import { timingSafeEqual } from 'node:crypto';
import { type ASTVisitor, Kind, type ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from './builder.ts';
import { userError } from './errors.ts';
import { measureOperation, type QueryLimits } from './limits.ts';

/** What `extensions.cost` reports for every executed operation. */
export interface CostExtension {
  /** DynamoDB requests this operation sent. */
  dynamodbRequests: number;
  /** Read capacity units DynamoDB reported as consumed. */
  readCapacityUnits: number;
  /** Requests per DynamoDB operation, e.g. `{ Query: 3, BatchGetItem: 2 }`. */
  operations: Record<string, number>;
  /** The estimate the cost limit was checked against (items the `first` arguments allow). */
  estimated: number;
  /** The operation's depth, not counting `edges`/`node`. */
  depth: number;
}

/**
 * Rejects operations deeper or costlier than the limits before they run (clear errors with
 * codes `QUERY_TOO_DEEP` / `QUERY_TOO_COSTLY`), and adds `extensions.cost` from the request's
 * DynamoDB meter to every result.
 *
 * @example
 * createYoga({ schema, plugins: [useCost({ maxDepth: 10, maxCost: 20000 })] });
 */
export function useCost(limits: QueryLimits): Plugin<Context> {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const measure = measureOperation(args.schema, args.document, args.operationName, args.variableValues);
      const report = (): CostExtension => {
        const meter = args.contextValue.meter;
        return {
          dynamodbRequests: meter.requests,
          readCapacityUnits: meter.readCapacityUnits,
          operations: { ...meter.operations },
          estimated: measure.cost,
          depth: measure.depth,
        };
      };
      if (measure.depth > limits.maxDepth) {
        setResultAndStopExecution({
          errors: [
            userError(
              `Query depth ${measure.depth} exceeds the maximum of ${limits.maxDepth} (edges/node not counted); ` +
                'split it into several queries.',
              'QUERY_TOO_DEEP',
              { depth: measure.depth, maxDepth: limits.maxDepth },
            ),
          ],
          extensions: { cost: report() },
        });
        return;
      }
      if (measure.cost > limits.maxCost) {
        setResultAndStopExecution({
          errors: [
            userError(
              `Query may read ${measure.cost} items, more than the maximum of ${limits.maxCost}; ` +
                'lower the `first` arguments of nested lists.',
              'QUERY_TOO_COSTLY',
              { cost: measure.cost, maxCost: limits.maxCost },
            ),
          ],
          extensions: { cost: report() },
        });
        return;
      }
      return {
        onExecuteDone({ result, setResult }) {
          if (Symbol.asyncIterator in result) return;
          setResult({ ...result, extensions: { ...result.extensions, cost: report() } });
        },
      };
    },
  };
}

/**
 * Turns schema introspection off (`__schema`, `__type`); `__typename` keeps working.
 *
 * @example
 * createYoga({ schema, plugins: [useNoIntrospection()] });
 */
export function useNoIntrospection(): Plugin {
  const rule = (context: ValidationContext): ASTVisitor => ({
    [Kind.FIELD]: (node: { name: { value: string } }) => {
      if (node.name.value === '__schema' || node.name.value === '__type') {
        context.reportError(
          userError(`Introspection is turned off here: ${node.name.value} is not allowed.`, 'BAD_USER_INPUT'),
        );
      }
    },
  });
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(rule);
    },
  };
}

const sameKey = (given: string, expected: string) => {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

/**
 * Requires header `x-api-key` to equal `apiKey` on every request but CORS preflights and the
 * health check; others get 401 with a GraphQL-shaped error (code `UNAUTHENTICATED`).
 *
 * @example
 * createYoga({ schema, plugins: [useApiKey(process.env.API_KEY)] });
 */
export function useApiKey(apiKey: string): Plugin {
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (request.method === 'OPTIONS' || url.pathname.endsWith('/health')) return;
      if (sameKey(request.headers.get('x-api-key') ?? '', apiKey)) return;
      const error = userError('Missing or invalid x-api-key header.', 'UNAUTHENTICATED');
      endResponse(
        new fetchAPI.Response(JSON.stringify({ errors: [error.toJSON()] }), {
          status: 401,
          headers: { 'content-type': 'application/json; charset=utf-8' },
        }),
      );
    },
  };
}

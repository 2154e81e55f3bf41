/**
 * The slice of SST v3's platform globals that `sst.config.ts` and `infra/` use, typed by hand.
 *
 * Why: `sst install` generates `.sst/platform/config.d.ts` (the full Pulumi-backed types), but that
 * needs the SST CLI to download providers, which neither CI nor the developer machines can do. These
 * declarations follow the component docs of SST v3 (Bucket.notify, Queue.subscribe, Dynamo,
 * Function, Linkable, aws.permission) closely enough for `tsc` to catch wrong argument names. Once
 * the generated file is available, delete this one and add
 * `/// <reference path="./.sst/platform/config.d.ts" />` at the top of `sst.config.ts`.
 */

declare global {
  /** A value now or later (Pulumi's `Output`), opaque to the config code. */
  interface SstOutput<T> {
    apply<U>(fn: (value: T) => U): SstOutput<U>;
  }
  type SstInput<T> = T | SstOutput<T> | Promise<T>;
  type SstDuration = `${number} ${'second' | 'seconds' | 'minute' | 'minutes' | 'hour' | 'hours' | 'day' | 'days'}`;
  type SstSize = `${number} ${'MB' | 'GB'}`;
  /** Anything that can be linked: components and `sst.Linkable`s. */
  interface SstLinkable {
    readonly urn: SstOutput<string>;
  }
  interface SstPermission {
    actions: string[];
    resources: SstInput<SstInput<string>[]>;
    effect?: 'allow' | 'deny';
  }
  type SstS3Event =
    | 's3:ObjectCreated:*'
    | 's3:ObjectRemoved:*'
    | `s3:ObjectCreated:${string}`
    | `s3:ObjectRemoved:${string}`;

  interface SstFunctionUrlCors {
    allowCredentials?: boolean;
    allowHeaders?: string[];
    allowMethods?: Array<'*' | 'DELETE' | 'GET' | 'HEAD' | 'OPTIONS' | 'PATCH' | 'POST' | 'PUT'>;
    allowOrigins?: string[];
    exposeHeaders?: string[];
    maxAge?: SstDuration;
  }

  interface SstFunctionArgs {
    handler: string;
    description?: string;
    runtime?: 'nodejs20.x' | 'nodejs22.x' | 'nodejs24.x';
    architecture?: 'x86_64' | 'arm64';
    memory?: SstSize;
    timeout?: SstDuration;
    link?: SstInput<SstLinkable[]>;
    permissions?: SstInput<SstPermission[]>;
    environment?: SstInput<Record<string, SstInput<string>>>;
    url?: boolean | { authorization?: 'none' | 'iam'; cors?: boolean | SstFunctionUrlCors };
    concurrency?: { reserved?: SstInput<number>; provisioned?: SstInput<number> };
    nodejs?: {
      format?: 'esm' | 'cjs';
      minify?: boolean;
      sourcemap?: boolean;
      banner?: string;
      install?: string[];
      esbuild?: Record<string, unknown>;
      /** Modules loaded with `import()` in chunks of their own. */
      splitting?: boolean;
    };
    /** Files copied into the function package, e.g. a built front-end. */
    copyFiles?: { from: string; to?: string }[];
    logging?: false | { retention?: string; format?: 'text' | 'json' };
    transform?: { function?: Record<string, unknown> | ((args: Record<string, unknown>) => void) };
  }

  interface SstQueueSubscriberArgs {
    batch?: { size?: number; window?: SstDuration; partialResponses?: boolean };
    filters?: Record<string, unknown>[];
    transform?: {
      eventSourceMapping?: Record<string, unknown> | ((args: Record<string, unknown>) => void);
    };
  }

  namespace sst {
    /** A custom link: exposes `properties` to the handler (`Resource.<name>`) and grants only `include`. */
    class Linkable<P extends Record<string, unknown> = Record<string, unknown>> implements SstLinkable {
      constructor(name: string, args: { properties: P; include?: SstPermission[] });
      readonly urn: SstOutput<string>;
      readonly name: string;
      readonly properties: P;
    }

    namespace aws {
      function permission(args: SstPermission): SstPermission;

      class Bucket implements SstLinkable {
        constructor(
          name: string,
          args?: { versioning?: boolean; cors?: false | Record<string, unknown>; transform?: Record<string, unknown> },
        );
        readonly urn: SstOutput<string>;
        readonly name: SstOutput<string>;
        readonly arn: SstOutput<string>;
        notify(args: {
          notifications: Array<{
            name: string;
            queue?: Queue | SstInput<string>;
            function?: string | SstFunctionArgs;
            events?: SstS3Event[];
            filterPrefix?: string;
            filterSuffix?: string;
          }>;
        }): unknown;
      }

      class Dynamo implements SstLinkable {
        constructor(
          name: string,
          args: {
            fields: Record<string, 'string' | 'number' | 'binary'>;
            primaryIndex: { hashKey: string; rangeKey?: string };
            globalIndexes?: Record<
              string,
              { hashKey: string; rangeKey?: string; projection?: 'all' | 'keys-only' | string[] }
            >;
            deletionProtection?: SstInput<boolean>;
            transform?: { table?: Record<string, unknown> | ((args: Record<string, unknown>) => void) };
          },
        );
        readonly urn: SstOutput<string>;
        readonly name: SstOutput<string>;
        readonly arn: SstOutput<string>;
      }

      class Queue implements SstLinkable {
        constructor(
          name: string,
          args?: {
            fifo?: boolean;
            visibilityTimeout?: SstDuration;
            dlq?: SstInput<string> | { queue: SstInput<string>; retry?: number };
            transform?: { queue?: Record<string, unknown> | ((args: Record<string, unknown>) => void) };
          },
        );
        readonly urn: SstOutput<string>;
        readonly arn: SstOutput<string>;
        readonly url: SstOutput<string>;
        subscribe(subscriber: string | SstFunctionArgs | SstInput<string>, args?: SstQueueSubscriberArgs): unknown;
      }

      /** A schedule (EventBridge rule) that invokes a function. */
      class Cron {
        constructor(
          name: string,
          args: { schedule: SstInput<string>; function: string | SstFunctionArgs; enabled?: SstInput<boolean> },
        );
        readonly urn: SstOutput<string>;
      }

      class StaticSite {
        constructor(
          name: string,
          args?: {
            path?: string;
            build?: { command: string; output: string };
            environment?: Record<string, SstInput<string>>;
          },
        );
        readonly urn: SstOutput<string>;
        readonly url: SstOutput<string>;
      }

      // biome-ignore lint/suspicious/noShadowRestrictedNames: the component is named sst.aws.Function in SST itself.
      class Function implements SstLinkable {
        constructor(name: string, args: SstFunctionArgs);
        readonly urn: SstOutput<string>;
        readonly arn: SstOutput<string>;
        readonly name: SstOutput<string>;
        /** The function URL; only defined when `url` is set. */
        readonly url: SstOutput<string>;
      }
    }
  }

  /** Pulumi's random provider (declared in `app().providers`). */
  namespace random {
    class RandomPassword {
      constructor(name: string, args: { length: number; special?: boolean });
      /** The generated value (a secret output). */
      readonly result: SstOutput<string>;
    }
  }

  /** The app's stage and name, set by the SST CLI while `run()` executes. */
  const $app: { readonly name: string; readonly stage: string };
  /** True under `sst dev`. */
  const $dev: boolean;
  function $interpolate(strings: TemplateStringsArray, ...values: unknown[]): SstOutput<string>;
  function $config<T extends SstConfig>(config: T): T;

  interface SstConfig {
    app(input: { stage?: string }): {
      name: string;
      home: 'aws' | 'cloudflare' | 'local';
      removal?: 'remove' | 'retain' | 'retain-all';
      protect?: boolean;
      providers?: Record<string, unknown>;
    };
    run(): Promise<Record<string, unknown> | undefined>;
  }
}

export {};

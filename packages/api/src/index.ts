export type { Context } from './builder.ts';
export { decodeGlobalId, encodeGlobalId } from './builder.ts';
export { createHandler, handler } from './lambda.ts';
export { DEFAULT_LIMITS, measureOperation, type QueryLimits } from './limits.ts';
export type { CostExtension } from './plugins.ts';
export { printSchemaSdl, schema } from './schema/index.ts';
export { type RunningServer, type ServerOptions, startServer } from './server.ts';
export { DEFAULT_UPLOAD_PREFIX, type UploadConfig, uploadConfigFromEnv } from './uploads.ts';
export { type ApiOptions, createApi, GRAPHQL_PATH, yoga } from './yoga.ts';

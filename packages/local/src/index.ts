export { EXAMPLE_QUERY } from './example-query.ts';
export { asAwsEvent, encodeEventKey } from './s3-events.ts';
export { SAMPLES_DIR, uploadSamples } from './samples.ts';
export * from './services.ts';
export { type Stack, type StackOptions, startStack } from './stack.ts';
export { type LoadingState, STATUS_PATH, withStatus } from './status.ts';

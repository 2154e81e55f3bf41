export {
  DEFAULT_DELIVERY,
  type DeadLetter,
  type DeliveryPolicy,
  type DeliveryTarget,
  deliverEvent,
} from './delivery.ts';
export { EXAMPLE_QUERY } from './example-query.ts';
export { asAwsEvent, encodeEventKey, nextSequencer } from './s3-events.ts';
export { s3KeyGuard, unstorableKeyReason } from './s3-key-guard.ts';
export { SAMPLES_DIR, uploadSamples } from './samples.ts';
export * from './services.ts';
export { type Stack, type StackOptions, startStack } from './stack.ts';
export { type LoadingState, STATUS_PATH, withStatus } from './status.ts';

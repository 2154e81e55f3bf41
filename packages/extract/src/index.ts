export { decode } from './decode/index.ts';
export { DecodeError, type DecodeFailure } from './errors.ts';
export { EXTRACTOR_VERSION, extract } from './extract.ts';
export { foldText } from './resolve/fold.ts';
export { stableId } from './resolve/ids.ts';
export type * from './types.ts';

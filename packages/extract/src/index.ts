export { decode } from './decode/index.ts';
export { DecodeError, type DecodeFailure } from './errors.ts';
export { EXTRACTOR_VERSION, extract } from './extract.ts';
export { foldText } from './fold.ts';
export { stableId } from './ids.ts';
export type * from './types.ts';

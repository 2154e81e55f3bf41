export { decode } from './decode/index.ts';
export type { DecodedText, DecodeOptions } from './decode/types.ts';
export { DecodeError, type DecodeFailure } from './errors.ts';
export { EXTRACTOR_VERSION, extract } from './extract.ts';
export { compileRegexesEagerly } from './regex-tiering.ts';

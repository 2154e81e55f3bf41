export { foldText } from './fold.ts';
export { stableId } from './ids.ts';
export { hasTraditional, toSimplified } from './traditional.ts';
export * from './types.ts';

export { buildExplorer, viteConfig, webDir } from './build.ts';
export { CONTENT_TYPES, explorerDir, serveExplorer, withExplorer } from './serve.ts';

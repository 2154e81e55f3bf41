import { mkdir, stat, writeFile } from 'node:fs/promises';
import { dirname, extname, join } from 'node:path';
import type { ExportFormat } from './args.ts';
import { toCsvFiles } from './export-csv.ts';
import { toGraphml } from './export-graphml.ts';
import { toJson } from './export-json.ts';
import type { ExportGraph } from './graph.ts';

const EXTENSIONS: Record<Exclude<ExportFormat, 'csv'>, string> = { json: '.json', graphml: '.graphml' };

/**
 * Where an export goes: CSV always into a folder; JSON and GraphML into `out` when it names a
 * file (has an extension and is not an existing folder), else `out/reportgraph.<ext>`.
 *
 * @example
 * await exportTarget('graphml', 'out/graph.graphml') // → { file: 'out/graph.graphml' }
 * await exportTarget('csv', 'out')                  // → { dir: 'out' }
 */
export async function exportTarget(format: ExportFormat, out: string): Promise<{ file: string } | { dir: string }> {
  const isDir = (await stat(out).catch(() => undefined))?.isDirectory() ?? false;
  if (format === 'csv') return { dir: out };
  if (!isDir && extname(out) !== '') return { file: out };
  return { file: join(out, `reportgraph${EXTENSIONS[format]}`) };
}

/**
 * Writes the graph in a format; returns the files written.
 *
 * @example
 * await writeExport(graph, { format: 'csv', out: 'export/', source: client.url })
 * // → ['export/organizations.csv', …, 'export/links.csv']
 */
export async function writeExport(
  graph: ExportGraph,
  options: { format: ExportFormat; out: string; source: string; now?: () => Date },
): Promise<string[]> {
  const target = await exportTarget(options.format, options.out);
  if ('dir' in target) {
    await mkdir(target.dir, { recursive: true });
    const written: string[] = [];
    for (const [name, text] of Object.entries(toCsvFiles(graph))) {
      const file = join(target.dir, name);
      await writeFile(file, text);
      written.push(file);
    }
    return written;
  }
  await mkdir(dirname(target.file), { recursive: true });
  const exportedAt = (options.now?.() ?? new Date()).toISOString();
  const text = options.format === 'json' ? toJson(graph, { source: options.source, exportedAt }) : toGraphml(graph);
  await writeFile(target.file, text);
  return [target.file];
}

import { DOCUMENT_FIELDS, type DocumentRow } from './documents.ts';
import { CliError } from './errors.ts';
import { type Connection, type GraphqlClient, paginate } from './graphql-client.ts';

/** An entity an article mentions, as `show` prints it. */
export type MentionedEntity =
  | { __typename: 'Organization'; id: string; name: string; kind: string | null }
  | { __typename: 'Person'; id: string; name: string; roles: string[] }
  | { __typename: 'Event'; id: string; title: string; date: string | null; type: string | null }
  | { __typename: 'Metric'; id: string; subject: string; text: string | null; value: number; unit: string };

/** One article of a document with the entities it mentions (each once). */
export interface ArticleGraph {
  id: string;
  index: number;
  title: string;
  entities: MentionedEntity[];
}

/** A document and its extracted graph. */
export interface DocumentGraph {
  document: DocumentRow;
  articles: ArticleGraph[];
}

const ENTITY_FIELDS = `__typename
  ... on Organization { id name kind }
  ... on Person { id name roles }
  ... on Event { id title date type }
  ... on Metric { id subject text value unit }`;

const MENTIONS = `mentions(first: 100) {
  edges { node { ${ENTITY_FIELDS} } }
  pageInfo { hasNextPage endCursor }
}`;

const ARTICLES_QUERY = `query DocumentArticles($id: ID!, $after: String) {
  node(id: $id) { ... on Document { articles(first: 20, after: $after) {
    edges { node { id index title ${MENTIONS} } }
    pageInfo { hasNextPage endCursor }
  } } }
}`;

const MORE_MENTIONS_QUERY = `query ArticleMentions($id: ID!, $after: String) {
  node(id: $id) { ... on Article { mentions(first: 100, after: $after) {
    edges { node { ${ENTITY_FIELDS} } }
    pageInfo { hasNextPage endCursor }
  } } }
}`;

type MentionConnection = Connection<{ node: MentionedEntity }>;
interface ArticleNode {
  id: string;
  index: number;
  title: string;
  mentions: MentionConnection;
}

/** A Relay global id of a Document (base64url of `Document:…`), as opposed to an object key. */
export function isDocumentGlobalId(text: string): boolean {
  if (!/^[A-Za-z0-9_-]+$/.test(text)) return false;
  return Buffer.from(text, 'base64url').toString('utf8').startsWith('Document:');
}

async function findDocument(client: GraphqlClient, target: string): Promise<DocumentRow> {
  if (isDocumentGlobalId(target)) {
    const data = await client.request<{ node: DocumentRow | null }>(
      `query($id: ID!) { node(id: $id) { ... on Document { ${DOCUMENT_FIELDS} } } }`,
      { id: target },
    );
    if (data.node?.key) return data.node;
  }
  const query = `query($after: String) { documents(first: 100, after: $after) {
    edges { node { ${DOCUMENT_FIELDS} } } pageInfo { hasNextPage endCursor } } }`;
  for await (const { node } of paginate<{ documents: Connection<{ node: DocumentRow }> }, { node: DocumentRow }>(
    client,
    query,
    {},
    (d) => d.documents,
  )) {
    if (node.key === target || node.id === target) return node;
  }
  throw new CliError(`No document with key or id "${target}". List them with "reportgraph documents".`);
}

function dedupe(entities: MentionedEntity[]): MentionedEntity[] {
  const seen = new Set<string>();
  return entities.filter((e) => !seen.has(e.id) && seen.add(e.id));
}

/**
 * Reads one document (by object key or global id) and its extracted graph: every article
 * and the entities each mentions, following every page.
 *
 * @example
 * const graph = await loadDocumentGraph(client, 'samples/000_70c7d5442b17734e.txt');
 * console.log(formatDocumentGraph(graph));
 */
export async function loadDocumentGraph(client: GraphqlClient, target: string): Promise<DocumentGraph> {
  const document = await findDocument(client, target);
  const articles: ArticleGraph[] = [];
  const pages = paginate<{ node: { articles: Connection<{ node: ArticleNode }> } | null }, { node: ArticleNode }>(
    client,
    ARTICLES_QUERY,
    { id: document.id },
    (d) => d.node?.articles,
  );
  for await (const { node: article } of pages) {
    const entities = article.mentions.edges.map((e) => e.node);
    if (article.mentions.pageInfo.hasNextPage) {
      const more = paginate<{ node: { mentions: MentionConnection } | null }, { node: MentionedEntity }>(
        client,
        MORE_MENTIONS_QUERY,
        { id: article.id },
        (d) => d.node?.mentions,
      );
      // The first page is read again by the follow-up; dedupe() drops the repeats.
      for await (const { node } of more) entities.push(node);
    }
    articles.push({ id: article.id, index: article.index, title: article.title, entities: dedupe(entities) });
  }
  return { document, articles: articles.sort((a, b) => a.index - b.index) };
}

function entityLine(e: MentionedEntity): string {
  switch (e.__typename) {
    case 'Organization':
      return `${e.name}${e.kind ? ` (${e.kind.toLowerCase()})` : ''}`;
    case 'Person':
      return `${e.name}${e.roles.length ? ` — ${e.roles.join('、')}` : ''}`;
    case 'Event':
      return `${e.title}${e.date ? ` [${e.date}]` : ''}${e.type ? ` (${e.type.toLowerCase()})` : ''}`;
    case 'Metric':
      return `${e.subject}: ${e.text ?? `${e.value}${e.unit}`}`;
  }
}

const SECTIONS: { type: MentionedEntity['__typename']; label: string }[] = [
  { type: 'Organization', label: 'organizations' },
  { type: 'Person', label: 'people' },
  { type: 'Event', label: 'events' },
  { type: 'Metric', label: 'metrics' },
];

/**
 * Formats a document graph as an indented outline: the document line, then each article with
 * its organizations, people (with roles), events (with dates) and metrics.
 *
 * @example
 * formatDocumentGraph(graph)
 * // → 'samples/000.txt  DONE  4 articles …\n\n[1] 佛山市总工会召开…\n  organizations: 佛山市总工会 (union)…'
 */
export function formatDocumentGraph(graph: DocumentGraph): string {
  const d = graph.document;
  const counts = d.counts
    ? `${d.counts.articles} articles, ${d.counts.organizations} organizations, ${d.counts.people} people, ${d.counts.events} events, ${d.counts.metrics} metrics`
    : '';
  const lines = [[d.key, d.status ?? 'UNKNOWN', d.publishedDate ?? '', counts].filter(Boolean).join('  ')];
  if (d.error) lines.push(`error: ${d.error}`);
  lines.push(`id: ${d.id}`);
  for (const article of graph.articles) {
    lines.push('', `[${article.index + 1}] ${article.title}`);
    for (const { type, label } of SECTIONS) {
      const items = article.entities.filter((e) => e.__typename === type);
      if (items.length === 0) continue;
      lines.push(`  ${label}:`);
      for (const item of items) lines.push(`    - ${entityLine(item)}`);
    }
  }
  if (graph.articles.length === 0 && d.status === 'DONE') lines.push('', '(no articles)');
  return lines.join('\n');
}

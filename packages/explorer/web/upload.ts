import { gql } from './api.ts';
import { enumLabel, t } from './i18n.ts';
import { routeHash } from './route.ts';

/** Content types by extension: what `createUploadUrl` accepts for each. */
const TYPES: Readonly<Record<string, string>> = {
  txt: 'text/plain',
  text: 'text/plain',
  htm: 'text/html',
  html: 'text/html',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

const CREATE = `mutation Upload($key: String!, $contentType: String!, $size: Int!, $published: String) {
  createUploadUrl(key: $key, contentType: $contentType, size: $size, published: $published) {
    url key documentId headers { name value }
  }
}`;

const STATUS = `query UploadStatus($id: ID!) { node(id: $id) { ... on Document { status error } } }`;

interface Minted {
  url: string;
  key: string;
  documentId: string;
  headers: { name: string; value: string }[];
}

/**
 * The key a file is uploaded as: its publication date as folders, then its name, e.g.
 * `2025/10/31/第3版.txt` (the API adds its upload prefix).
 *
 * @example
 * uploadKey('第3版.txt', '2025-10-31') // → '2025/10/31/第3版.txt'
 */
export function uploadKey(name: string, published: string): string {
  const clean = name.replace(/[\\/]/g, '_');
  return published ? `${published.replace(/-/g, '/')}/${clean}` : clean;
}

/** Polls the document until it is DONE or FAILED (or a minute passes); returns its status and error. */
async function waitForDocument(id: string, show: (text: string) => void) {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const { node } = await gql<{ node: { status: string | null; error: string | null } | null }>(STATUS, { id });
    if (node?.status === 'DONE' || node?.status === 'FAILED' || Date.now() > deadline) return node;
    show(`${t('Waiting for the ingest…')} ${enumLabel(node?.status ?? 'PENDING')}`);
    await new Promise((r) => setTimeout(r, 700));
  }
}

/**
 * Uploads the form's file: asks the API for a presigned URL, PUTs the file with the headers it
 * names, then follows the document to DONE or FAILED and links to its page.
 *
 * @example
 * form.addEventListener('submit', (e) => { e.preventDefault(); void uploadFromForm(form); });
 */
export async function uploadFromForm(form: HTMLFormElement): Promise<void> {
  const status = form.querySelector<HTMLElement>('#upload-status') as HTMLElement;
  const show = (text: string) => {
    status.textContent = text;
  };
  const file = (form.elements.namedItem('file') as HTMLInputElement).files?.[0];
  const published = (form.elements.namedItem('published') as HTMLInputElement).value;
  if (!file) return;
  const contentType = TYPES[file.name.split('.').pop()?.toLowerCase() ?? ''] ?? file.type;
  try {
    show(t('Uploading…'));
    const { createUploadUrl: minted } = await gql<{ createUploadUrl: Minted }>(CREATE, {
      key: uploadKey(file.name, published),
      contentType,
      size: file.size,
      ...(published ? { published } : {}),
    });
    const headers = Object.fromEntries(minted.headers.map((h) => [h.name, h.value]));
    const put = await fetch(minted.url, { method: 'PUT', headers, body: file });
    if (!put.ok) throw new Error(`S3 ${put.status}`);
    const doc = await waitForDocument(minted.documentId, show);
    status.innerHTML = '';
    const a = document.createElement('a');
    a.href = routeHash({ view: 'doc', id: minted.documentId });
    a.textContent = `${minted.key} · ${enumLabel(doc?.status ?? 'PENDING')}${doc?.error ? ` · ${doc.error}` : ''}`;
    a.dataset.status = doc?.status ?? '';
    status.append(a);
  } catch (error) {
    show(`${t('Error')}：${error instanceof Error ? error.message : String(error)}`);
  }
}

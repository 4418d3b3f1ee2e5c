// The REST API under /api, as the page uses it.

export class ApiError extends Error {
  constructor(status, title, detail) {
    super(detail ? `${title}: ${detail}` : title);
    this.status = status;
    this.title = title;
  }
}

async function read(response) {
  const type = response.headers.get('content-type') ?? '';
  const body = type.includes('json') ? await response.json() : null;
  if (!response.ok) {
    const errors = body?.errors ? Object.values(body.errors).flat().join(' ') : '';
    throw new ApiError(response.status, body?.title ?? `HTTP ${response.status}`, errors || body?.detail || '');
  }
  return body;
}

export async function getJson(path, parameters) {
  const query = parameters ? '?' + new URLSearchParams(parameters).toString() : '';
  return read(await fetch('/api/' + path + query, { headers: { accept: 'application/json' } }));
}

export const api = {
  stories: (offset = 0, limit = 100) => getJson('stories', { offset, limit }),
  storyDossier: (id) => getJson(`stories/${encodeURIComponent(id)}/dossier`),
  documents: (offset = 0, limit = 100) => getJson('documents', { offset, limit }),
  document: (id) => getJson(`documents/${encodeURIComponent(id)}`),
  search: (q, limit = 50) => getJson('search', { q, limit }),
  async upload(article) {
    return read(await fetch('/api/documents', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(article),
    }));
  },
};

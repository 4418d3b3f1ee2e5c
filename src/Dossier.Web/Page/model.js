// Lookups over one story's dossier (the dossier/1 contract), tolerant of absent fields.

export function list(value) {
  return Array.isArray(value) ? value : [];
}

export class StoryModel {
  constructor(dossier) {
    this.dossier = dossier;
    this.story = list(dossier.stories)[0] ?? { documents: [] };
    this.documents = new Map(list(dossier.documents).map((d) => [d.id, d]));
    this.entities = new Map(list(dossier.entities).map((e) => [e.id, e]));
  }

  document(id) {
    return this.documents.get(id) ?? null;
  }

  /** The text of sentence `index` of document `docId`, or null when either is unknown. */
  sentence(docId, index) {
    const doc = this.document(docId);
    const span = list(doc?.sentences)[index];
    return span ? doc.text.slice(span.start, span.end) : null;
  }

  /** "CGTN, 2019-04-25" or the id when the document is not known. */
  documentLabel(docId) {
    const doc = this.document(docId);
    if (!doc) return docId;
    return [doc.outlet ?? doc.title ?? doc.id, shortDate(doc.published)].filter(Boolean).join(', ');
  }

  entityName(actor) {
    if (!actor) return '—';
    return this.entities.get(actor.entity)?.name ?? actor.name ?? actor.entity ?? actor.actorCode ?? '—';
  }

  /** The story's own timeline when it has one, else the dated statements of its documents. */
  timeline() {
    return Array.isArray(this.story.timeline) ? this.story.timeline : list(this.dossier.timeline);
  }
}

/** '2019-04-25T10:07:00+08:00' → '2019-04-25'; partial dates stay as they are. */
export function shortDate(iso) {
  if (typeof iso !== 'string' || iso.length === 0) return null;
  return iso.length > 10 ? iso.slice(0, 10) : iso;
}

/** The first moment of an ISO date of any precision ('2019', '2019-04', '2019-04-25…'), as ms, or null. */
export function dateValue(iso) {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso ?? '');
  if (!match) return null;
  return Date.UTC(Number(match[1]), match[2] ? Number(match[2]) - 1 : 0, match[3] ? Number(match[3]) : 1);
}

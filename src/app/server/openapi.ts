// The API's OpenAPI 3.1 description, served at /api/openapi.json.
type Schema = Record<string, unknown>;

const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const str = { type: 'string' };
const nullableStr = { type: ['string', 'null'] };
const int = { type: 'integer' };
const arrayOf = (items: Schema): Schema => ({ type: 'array', items });
const query = (name: string, description: string, schema: Schema = str) => ({ name, in: 'query', required: false, description, schema });
const pathId = (description: string) => ({ name: 'id', in: 'path', required: true, description, schema: str });
const storyId = pathId('story id, or a unique prefix of it (with or without "story-")');
const paging = [query('limit', 'page size (1-200, default 50)', int), query('offset', 'rows to skip', int)];
const json = (schema: Schema, description = 'OK') => ({ description, content: { 'application/json': { schema } } });
const ambiguous = { '409': json({ ...ref('Error'), properties: { error: str, candidates: arrayOf(str) } }, 'the id prefix matches several stories (their ids in `candidates`)') };
const errors = {
  '400': json(ref('Error'), 'bad request'),
  '401': json(ref('Error'), 'missing or wrong bearer token (when the server requires one)'),
  '404': json(ref('Error'), 'not found'),
};

const schemas: Record<string, Schema> = {
  Error: { type: 'object', required: ['error'], properties: { error: str } },
  Span: { type: 'array', items: int, minItems: 2, maxItems: 2, description: 'character offsets [start, end) into the article body' },
  StorySummary: {
    type: 'object',
    properties: {
      id: str, title: str, span: arrayOf(nullableStr), outlets: arrayOf(str), entities: arrayOf(str),
      articleCount: int, outletCount: int, originCount: { ...int, description: 'independent origins of the central claim' },
    },
  },
  Quote: { type: 'object', properties: { id: str, article: str, text: str, speaker: nullableStr, partial: { type: 'boolean' }, span: ref('Span') } },
  QuoteGroup: {
    type: 'object',
    properties: {
      story: str, speaker: str,
      speakers: { ...arrayOf(str), description: 'every source the versions are credited to, speaker first; only when outlets credit the same words to different sources' },
      quotes: arrayOf(str), kind: { enum: ['same wording', 'edited', 'other language'] },
      parts: { type: 'object', description: "quote id -> [start, end) of this statement in that quote's text, for a quote that holds more than this statement", additionalProperties: arrayOf({ type: 'integer' }) },
      members: arrayOf(ref('Quote')),
    },
  },
  Figure: { type: 'object', properties: { article: str, value: { type: 'number' }, unit: nullableStr, counts: nullableStr, place: nullableStr, text: str, span: ref('Span') } },
  Claim: { type: 'object', properties: { id: str, story: str, text: str, figures: arrayOf(ref('Figure')), coverage: arrayOf({ type: 'object' }), origins: arrayOf({ type: 'object' }) } },
  StoryView: {
    type: 'object',
    properties: {
      story: ref('StorySummary'), articles: arrayOf({ type: 'object' }), speakers: arrayOf(str),
      quoteMatrix: arrayOf({ type: 'object', properties: { speaker: str, article: str, quotes: arrayOf(ref('Quote')) } }),
      quoteGroups: arrayOf(ref('QuoteGroup')), claims: arrayOf(ref('Claim')), centralClaim: nullableStr,
      figures: arrayOf({ type: 'object' }), flags: arrayOf({ type: 'object', properties: { kind: str, detail: str, articles: arrayOf(str) } }),
      timeline: arrayOf({ type: 'object' }),
      legend: arrayOf({ type: 'object', properties: { term: str, meaning: str } }),
      provenance: { type: 'object', properties: { origins: arrayOf({ type: 'object' }), copies: arrayOf({ type: 'object' }) } },
      threads: arrayOf({ type: 'object', properties: { id: str, title: str, articles: arrayOf(str), span: arrayOf(nullableStr) } }),
      comparison: {
        type: 'object',
        description: 'a row per statement (quote group) or figure (figure group), a column per outlet; `single`: statements one article carries',
        properties: { columns: arrayOf({ type: 'object', properties: { label: str, articles: arrayOf(str) } }), rows: arrayOf({ type: 'object' }), single: arrayOf({ type: 'object' }) },
      },
      dating: { type: 'object', properties: { basis: { enum: ['published', 'text', 'none'] }, period: { oneOf: [arrayOf(str), { type: 'null' }] }, note: str } },
    },
  },
  EntityView: {
    type: 'object',
    properties: {
      entity: { type: 'object', properties: { id: nullableStr, name: str, type: str, aliases: arrayOf(str), mentions: int } },
      stories: arrayOf({ type: 'object', properties: { id: str, title: str, statements: int } }),
      outlets: arrayOf({ type: 'object', properties: { label: str, quotes: int } }),
      quoteCount: int,
      statements: arrayOf({ type: 'object', properties: { story: nullableStr, how: str, versions: arrayOf({ type: 'object' }) } }),
    },
  },
  ArticleView: {
    type: 'object',
    properties: {
      article: { type: 'object', properties: { id: str, source: str, outlet: nullableStr, url: nullableStr, headline: nullableStr, published: { ...nullableStr, description: "'YYYY-MM-DD', or 'YYYY-MM-DDTHH:MM' when the source states the time of day" }, language: nullableStr, body: str } },
      label: str, story: { oneOf: [ref('StorySummary'), { type: 'null' }] }, mode: nullableStr,
      quotes: arrayOf(ref('Quote')), entities: arrayOf({ type: 'object' }), figures: arrayOf(ref('Figure')),
      reuse: arrayOf({ type: 'object' }), flags: arrayOf({ type: 'object' }),
      highlights: arrayOf({ type: 'object', properties: { kind: { enum: ['quote', 'entity', 'reuse', 'figure'] }, span: ref('Span'), label: str } }),
    },
  },
  IngestResult: {
    type: 'object',
    properties: {
      files: int, documents: int, added: arrayOf(str), ids: arrayOf(str), duplicates: int,
      errors: arrayOf({ type: 'object', properties: { source: str, message: str } }),
      stories: arrayOf({ type: 'object', properties: { article: str, file: str, headline: nullableStr, story: nullableStr, title: nullableStr, story_articles: { type: ['integer', 'null'], description: 'articles in that story, the new one included' } } }),
      pending: { type: 'boolean', description: 'the analysis of the new articles has not finished: story is null until it has' },
      note: { type: 'string', description: 'set when the server stopped before the analysis an upload waited for (?wait=analysis) was done: the articles are stored and analysed on its next start' },
    },
  },
};

export function openApiDocument() {
  return {
    openapi: '3.1.0',
    info: { title: 'storytrace', version: '0.1.0', description: 'Stories, outlets, quotes, claims and origins over an analysed news corpus.' },
    components: { schemas, securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    security: [{}, { bearer: [] }],
    paths: {
      '/api/health': { get: { summary: 'article and story counts', responses: { '200': json({ type: 'object' }) } } },
      '/api/stories': {
        get: {
          summary: 'stories, optionally filtered',
          parameters: [
            query('from', 'stories still running on or after this date (YYYY, YYYY-MM or YYYY-MM-DD; not after to)'),
            query('to', 'stories begun on or before this date (YYYY, YYYY-MM or YYYY-MM-DD)'),
            query('outlet', 'only stories an outlet matching this covered (words by prefix, any case or diacritics)'),
            query('entity', "only stories naming or quoting this person or organisation (any of the entity's names)"),
            query('sort', "'recent' (latest first, the default) or 'size' (most articles first)"),
            ...paging,
          ],
          responses: { '200': json({ type: 'object', properties: { total: int, stories: arrayOf(ref('StorySummary')) } }), ...errors },
        },
      },
      '/api/stories/{id}': {
        get: { summary: 'one story with its comparison across outlets', parameters: [storyId], responses: { '200': json(ref('StoryView')), ...errors, ...ambiguous } },
      },
      '/api/stories/{id}/export': {
        get: {
          summary: 'one story as a download: CSV (a row per article and per statement), its JSON slice of the report, or a self-contained HTML report',
          parameters: [storyId, query('format', "'csv', 'json' (default) or 'html'")],
          responses: {
            '200': { description: 'the file, as an attachment', content: { 'text/csv': { schema: str }, 'application/json': { schema: { type: 'object' } }, 'text/html': { schema: str } } },
            ...errors,
            ...ambiguous,
          },
        },
      },
      '/api/suggest': {
        get: {
          summary: 'values for the outlet or entity filter, best first; an entity found through another of its names lists it',
          parameters: [{ ...query('field', "'outlet' or 'entity'"), required: true }, query('q', 'what has been typed so far'), ...paging],
          responses: {
            '200': json({
              type: 'object',
              properties: { field: str, query: str, values: arrayOf({ type: 'object', properties: { value: str, aliases: arrayOf(str), weight: int } }) },
            }),
            ...errors,
          },
        },
      },
      '/api/articles': {
        get: {
          summary: 'articles, optionally of one story or outlet',
          parameters: [query('story', 'story id'), query('outlet', 'outlet name'), query('unassigned', "'true': only articles in no story"), ...paging],
          responses: { '200': json({ type: 'object', properties: { total: int, articles: arrayOf({ type: 'object' }) } }), ...errors },
        },
      },
      '/api/articles/{id}': {
        get: { summary: 'one article with quote, entity, figure and reuse highlights', parameters: [pathId('article id')], responses: { '200': json(ref('ArticleView')), ...errors } },
      },
      '/api/quotes': {
        get: {
          summary: 'quotes',
          parameters: [query('story', 'story id'), query('speaker', 'speaker name'), query('article', 'article id'), ...paging],
          responses: { '200': json({ type: 'object', properties: { total: int, quotes: arrayOf(ref('Quote')) } }), ...errors },
        },
      },
      '/api/quote-groups': {
        get: {
          summary: 'the same statement across outlets',
          parameters: [query('story', 'story id')],
          responses: { '200': json({ type: 'object', properties: { groups: arrayOf(ref('QuoteGroup')) } }), ...errors },
        },
      },
      '/api/entities': {
        get: {
          summary: 'entities resolved across the corpus',
          parameters: [query('type', 'person, organization, place or other'), query('q', 'name or alias contains'), ...paging],
          responses: { '200': json({ type: 'object', properties: { total: int, entities: arrayOf({ type: 'object' }) } }), ...errors },
        },
      },
      '/api/entity': {
        get: {
          summary: 'one person or organisation: every statement quoted from them across stories and outlets, versions side by side',
          parameters: [{ ...query('name', 'a name or any alias (case and diacritics aside)'), required: true }],
          responses: { '200': json(ref('EntityView')), ...errors },
        },
      },
      '/api/search': {
        get: {
          summary: 'full-text search (PostgreSQL websearch syntax); snippets mark hits with « »',
          parameters: [{ ...query('q', 'search words'), required: true }, query('limit', 'results (1-200, default 50)', int)],
          responses: { '200': json({ type: 'object', properties: { query: str, results: arrayOf({ type: 'object' }) } }), ...errors },
        },
      },
      '/api/ingest': {
        post: {
          summary: 'upload article files (.txt .html .jsonl .csv .warc, gzipped too); answered once they are stored, analysed in the background',
          parameters: [query('wait', '"analysis": answer once the new articles are analysed, with the story each joined')],
          requestBody: {
            required: true,
            content: { 'multipart/form-data': { schema: { type: 'object', properties: { files: arrayOf({ type: 'string', format: 'binary' }) } } } },
          },
          responses: {
            '200': json(ref('IngestResult'), 'some or all files ingested; per-file problems in errors'),
            '413': json(ref('Error'), 'upload too large'),
            '415': json(ref('Error'), 'not multipart/form-data'),
            '422': json(ref('IngestResult'), 'no file could be ingested'),
            ...errors,
          },
        },
      },
    },
  };
}

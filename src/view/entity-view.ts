// One person or organisation across the corpus: every statement quoted from them, in every story
// and outlet, the versions of one statement (a core quote group) side by side. The grouping is
// the core's; this only gathers it under the speaker's name.
import type { Entity, Quote, QuoteGroupKind } from '../core/types.js';
import { wordMarks, type TextPart } from './comparison.js';
import { articleLabel, dateText, foldText } from './format.js';
import type { ReportIndex } from './story-view.js';

export interface EntityVersion {
  article: string;
  label: string;
  published: string | null;
  /** The date as shown (see dateText). */
  when: string;
  url: string | null;
  quote: string;
  text: string;
  parts: TextPart[];
}

export interface EntityStatement {
  story: string | null;
  how: QuoteGroupKind | 'one article';
  versions: EntityVersion[];
}

export interface EntityView {
  entity: Pick<Entity, 'name' | 'type' | 'aliases' | 'mentions'> & { id: string | null };
  /** Stories the entity is a key name of or speaks in, with how many of its statements each holds. */
  stories: { id: string; title: string; statements: number }[];
  outlets: { label: string; quotes: number }[];
  quoteCount: number;
  /** Statements carried by several articles first; story order within. */
  statements: EntityStatement[];
}

interface EntityIndex {
  byName: Map<string, Entity>;
  quotesBySpeaker: Map<string, Quote[]>;
}

const built = new WeakMap<ReportIndex, EntityIndex>();

function entityIndex(index: ReportIndex): EntityIndex {
  let e = built.get(index);
  if (e) return e;
  const byName = new Map<string, Entity>();
  // Canonical names first: an alias never shadows another entity's own name.
  for (const x of index.report.entities) byName.set(foldText(x.name), x);
  for (const x of index.report.entities) for (const a of x.aliases) if (!byName.has(foldText(a))) byName.set(foldText(a), x);
  const quotesBySpeaker = new Map<string, Quote[]>();
  for (const q of index.report.quotes) {
    if (!q.speaker) continue;
    const key = foldText(q.speaker);
    const list = quotesBySpeaker.get(key);
    if (list) list.push(q);
    else quotesBySpeaker.set(key, [q]);
  }
  built.set(index, (e = { byName, quotesBySpeaker }));
  return e;
}

/** The entity named (its canonical name or any alias, case and diacritics aside), or null. */
export function entityView(index: ReportIndex, name: string): EntityView | null {
  const { byName, quotesBySpeaker } = entityIndex(index);
  const entity = byName.get(foldText(name));
  const canonical = entity?.name ?? name;
  const quotes = quotesBySpeaker.get(foldText(canonical)) ?? [];
  if (!entity && !quotes.length) return null;

  const statements: EntityStatement[] = [];
  const seen = new Set<string>();
  const versionOf = (q: Quote, parts?: TextPart[]): EntityVersion | null => {
    const a = index.articles.get(q.article);
    return a ? { article: a.id, label: articleLabel(a), published: a.published, when: dateText(a), url: a.url, quote: q.id, text: q.text, parts: parts ?? [{ text: q.text, differs: false }] } : null;
  };
  for (const q of quotes) {
    // A quote holding several statements is in a group per statement: each is listed once.
    const groups = index.groupsOf(q.id);
    for (const group of groups.length ? groups : [null]) {
      const members = group ? group.members : [q];
      const key = members.map((m) => `${m.id}:${m.text}`).join(' ');
      if (seen.has(key) || (!group && seen.has(q.id))) continue;
      seen.add(key);
      for (const m of members) seen.add(m.id);
      const marks = group?.kind === 'edited' ? wordMarks(members.map((m) => m.text), members.map((m) => m.article)) : null;
      statements.push({
        story: group?.story ?? index.storyOfArticle.get(q.article) ?? null,
        how: group?.kind ?? 'one article',
        versions: members.flatMap((m, i) => versionOf(m, marks?.[i]) ?? []),
      });
    }
  }
  const storyOrder = new Map(index.storySummaries().map((s, i) => [s.id, i]));
  statements.sort((a, b) => b.versions.length - a.versions.length || (storyOrder.get(a.story ?? '') ?? 1e9) - (storyOrder.get(b.story ?? '') ?? 1e9));

  const perStory = new Map<string, number>();
  for (const s of statements) if (s.story) perStory.set(s.story, (perStory.get(s.story) ?? 0) + 1);
  const names = new Set([canonical, ...(entity?.aliases ?? [])].map(foldText));
  const stories = index
    .storySummaries()
    .filter((s) => perStory.has(s.id) || s.entities.some((e) => names.has(foldText(e))))
    .map((s) => ({ id: s.id, title: s.title, statements: perStory.get(s.id) ?? 0 }))
    .sort((a, b) => b.statements - a.statements);
  const perOutlet = new Map<string, number>();
  for (const q of quotes) {
    const a = index.articles.get(q.article);
    if (a) perOutlet.set(articleLabel(a), (perOutlet.get(articleLabel(a)) ?? 0) + 1);
  }
  return {
    entity: { id: entity?.id ?? null, name: canonical, type: entity?.type ?? 'other', aliases: (entity?.aliases ?? []).filter((a) => a !== canonical), mentions: entity?.mentions ?? 0 },
    stories,
    outlets: [...perOutlet].map(([label, n]) => ({ label, quotes: n })).sort((a, b) => b.quotes - a.quotes || a.label.localeCompare(b.label)),
    quoteCount: quotes.length,
    statements,
  };
}

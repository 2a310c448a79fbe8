// The keys a story's stored comparison, reported form and summary are reused under. A key is a
// digest of everything the stored results were computed from, and of the code; a story whose key
// is the stored one is not read or built again (see report-plan.ts).
import { createHash } from 'node:crypto';
import { comparedStory, type StoryInput } from '../core/analyze.js';
import type { ResolvedNames } from '../core/extract/index.js';
import type { Entity, Story } from '../core/types.js';
import type { ArticleMeta } from '../store/index.js';

/** What a story's parts key covers (see partsKey). */
export interface PartsKeyParts {
  story: Story;
  /** The story's stored members, in member order, named by the corpus's outlet identity. */
  articles: ArticleMeta[];
  /** Their entities' and records' names with the corpus's canonical names (resolvedNames), same order. */
  names: ResolvedNames[];
  /** The corpus's entities the story names, with every alias (namedEntities). */
  entities: Entity[];
  /** The copy records along the members' copy chains, as stored JSON, in report order. */
  chain: string[];
}

/**
 * A digest of what a story's comparison reads, and of the code, without any quote, figure or
 * attribution text: like the extractions they come from, each record is a function of its
 * article (keyed by its content id) under the code version but for the name corpus resolution
 * gives it, so only the records' names are hashed; of the story only what the comparison reads.
 * Two stories with the same parts key have the same comparison. Base64url, 43 characters.
 */
export function partsKey(version: string, k: PartsKeyParts): string {
  const hash = createHash('sha256').update(version).update(JSON.stringify(comparedStory(k.story)));
  for (const a of k.articles) hash.update(JSON.stringify(a));
  for (const n of k.names) hash.update(JSON.stringify(n));
  hash.update(JSON.stringify(k.entities));
  for (const r of k.chain) hash.update(r);
  return hash.digest('base64url');
}

/**
 * A digest of what a story's reported form (moves, copies among members, outlets) and summary
 * read beyond its comparison's parts: the whole story as the index gives it (title, reasons, key
 * entities, which move with the rest of the corpus) and each member's copy sources.
 */
export function reportKey(parts: string, story: Story, copies: (string[] | undefined)[], copied: (string[] | undefined)[]): string {
  return createHash('sha256').update(parts).update(JSON.stringify(story)).update(JSON.stringify([copies, copied])).digest('base64url');
}

/**
 * A digest of a story's comparison input and of the code: of the story only what the comparison
 * reads (its title, reasons and entities move with the rest of the corpus); bodies by their
 * content ids. Extractions are left out: each is a function of its article under the code
 * version, and the corpus update has recomputed any that older code left. Two stories with the
 * same input key have the same comparison.
 */
export function inputKey(version: string, input: StoryInput): string {
  const hash = createHash('sha256').update(version).update(JSON.stringify(comparedStory(input.story)));
  for (const { body: _body, original: _original, ...meta } of input.articles) hash.update(JSON.stringify(meta));
  hash.update(JSON.stringify(input.resolved));
  for (const r of input.reuse) hash.update(JSON.stringify(r));
  return hash.digest('base64url');
}

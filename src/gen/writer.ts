// Writes article paragraphs for a story: narrative sentences from templates, quote paragraphs
// (full, partial, or in a second translation) and figure sentences, recording exactly what went in.
import type { Random } from './random.ts';
import type { GeneratedPerson, StoryModel, StoryQuote } from './stories.ts';
import * as V from './vocabulary.ts';

export interface QuoteUse {
  /** Exact text between the quotation marks. */
  text: string;
  speaker: string;
  partial: boolean;
  /** Index of the story quote this renders. */
  statement: number;
  wording: 'original' | 'translation';
}

export interface FigureUse {
  value: number;
  counts: string;
  place: string;
  /** The sentence stating it. */
  text: string;
  /** True when this article misstates the story's figure. */
  misstated: boolean;
}

export interface Paragraph {
  text: string;
  /** Identity of the written paragraph; copies (edited or not) keep their origin. */
  origin: string;
  /** Run on into the next paragraph in the body (a CMS that dropped the break). */
  joinNext?: boolean;
  quotes: QuoteUse[];
  figures: FigureUse[];
}

/** Per-article writing state: which people were already introduced in full. */
export class ArticleWriter {
  private readonly introduced = new Set<string>();
  private paragraphCount = 0;

  constructor(
    private readonly rng: Random,
    private readonly story: StoryModel,
    private readonly originPrefix: string,
  ) {}

  private person(p: GeneratedPerson = this.rng.pick(this.story.people)): string {
    if (!this.introduced.has(p.name)) {
      this.introduced.add(p.name);
      const full = p.aliases.filter((a, i) => i === 0 || i >= 3);
      return this.rng.pick(full);
    }
    return this.rng.pick(p.aliases.slice(1, 3));
  }

  private org(): string {
    const o = this.rng.pick(this.story.orgs);
    return this.rng.pick(o.aliases.slice(1));
  }

  private day(): string {
    const r = this.rng;
    switch (r.int(0, 4)) {
      case 0: return `on ${r.pick(V.weekdays)}`;
      case 1: return 'last week';
      case 2: return 'earlier this month';
      case 3: return `on ${r.pick(V.months)} ${r.int(1, 28)}`;
      default: return 'this week';
    }
  }

  /** Who or what a sentence is about. */
  private subject(): string {
    const r = this.rng;
    const s = this.story;
    switch (r.int(0, 6)) {
      case 0: return this.person();
      case 1: return `the ${r.pick(V.adjectives)} ${this.org()}`;
      case 2: return `officials in ${r.pick(s.places)}`;
      case 3: return `${s.country}'s ${r.pick(V.adjectives)} ${r.pick(V.nouns)}`;
      case 4: return `residents of ${r.pick(s.places)}`;
      case 5: return `a ${r.pick(V.adjectives)} ${r.pick(V.nouns)} near ${r.pick(s.places)}`;
      default: return `the ${r.pick(s.topic)} ${r.pick(V.nouns)}`;
    }
  }

  private predicate(): string {
    const r = this.rng;
    const v = r.pick(V.verbs);
    switch (r.int(0, 5)) {
      case 0: return v[1];
      case 1: return `has ${v[1]}`;
      case 2: return `is expected to ${v[0]}`;
      case 3: return `will ${v[0]}`;
      case 4: return `${r.pick(['said it would', 'vowed to', 'refused to', 'moved to', 'declined to'])} ${v[0]}`;
      default: return `${r.pick(['quietly', 'formally', 'again', 'finally', 'partly', 'abruptly'])} ${v[1]}`;
    }
  }

  private object(): string {
    const r = this.rng;
    const s = this.story;
    const A = r.pick(V.adjectives);
    switch (r.int(0, 4)) {
      case 0: return `the ${A} ${r.pick(s.topic)}`;
      case 1: return `a ${A} ${r.pick(V.nouns)} ${r.pick(['for', 'on', 'against', 'over'])} the ${r.pick(s.topic)}`;
      case 2: return `${r.pick(V.nouns)}s linked to the ${r.pick(s.topic)}`;
      case 3: return `the ${r.pick(s.topic)} ${r.pick(V.nouns)} in ${r.pick(s.places)}`;
      default: return `its ${A} ${r.pick(V.nouns)}`;
    }
  }

  private modifier(): string {
    const r = this.rng;
    const s = this.story;
    switch (r.int(0, 7)) {
      case 0: return `in ${r.pick(s.places)}`;
      case 1: return this.day();
      case 2: return `after ${r.pick(V.adjectives)} ${r.pick(V.nouns)}s`;
      case 3: return `despite ${r.pick(V.adjectives)} ${r.pick(V.nouns)}s in ${r.pick(s.places)}`;
      case 4: return `amid ${r.pick(V.adjectives)} ${r.pick(V.nouns)} over the ${r.pick(s.topic)}`;
      case 5: return `for the first time since ${r.pick(V.months)}`;
      case 6: return `as part of a ${r.pick(V.adjectives)} ${r.pick(V.nouns)}`;
      default: return `with ${r.pick(V.countNouns)} from ${r.pick(s.places)}`;
    }
  }

  /**
   * One narrative sentence about the story, composed from parts so that word runs rarely repeat
   * across articles, plus the occasional stock phrase every newsroom uses.
   */
  sentence(): string {
    const r = this.rng;
    const cap = (x: string): string => x[0].toUpperCase() + x.slice(1);
    const roll = r.next();
    if (roll < 0.04) return `It was not immediately clear whether the ${this.org()} would ${r.pick(V.verbs)[0]} the ${r.pick(this.story.topic)}.`;
    if (roll < 0.07) return `The ${this.org()} did not immediately respond to a request for comment.`;
    if (roll < 0.1) return `${cap(this.subject())} ${this.predicate()} ${this.object()}, ${r.pick(['officials said', 'a spokesperson said', 'local media reported', 'according to the ' + this.org()])}.`;
    let out = `${this.subject()} ${this.predicate()} ${this.object()}`;
    const mods = r.int(0, 2);
    for (let i = 0; i < mods; i++) out += ` ${this.modifier()}`;
    if (r.chance(0.25)) out += `, ${r.pick(['while', 'as', 'after', 'because'])} ${this.subject()} ${this.predicate()} ${this.object()}`;
    return `${cap(out)}.`;
  }

  private nextOrigin(): string {
    return `${this.originPrefix}:${this.paragraphCount++}`;
  }

  narrative(sentences = this.rng.int(2, 4)): Paragraph {
    const parts: string[] = [];
    const figures: FigureUse[] = [];
    for (let i = 0; i < sentences; i++) {
      if (this.story.figures.length && this.rng.chance(0.12)) {
        const f = this.figure();
        figures.push(f);
        parts.push(f.text);
      } else parts.push(this.sentence());
    }
    return { text: parts.join(' '), origin: this.nextOrigin(), quotes: [], figures };
  }

  private figure(): FigureUse {
    const r = this.rng;
    const f = r.pick(this.story.figures);
    const misstated = r.chance(0.1);
    const value = misstated ? f.value + r.int(1, 9) * 10 : f.value;
    const T = r.pick(this.story.topic);
    const text = r.pick([
      `Some ${value} ${f.counts} were affected in ${f.place}, the ${this.org()} said.`,
      `At least ${value} ${f.counts} in ${f.place} are covered by the ${T}.`,
      `The ${T} concerns ${value} ${f.counts} around ${f.place}.`,
    ]);
    return { value, counts: f.counts, place: f.place, text, misstated };
  }

  /** A paragraph built around one of the story's quotes. */
  quoteParagraph(quote: StoryQuote = this.rng.pick(this.story.quotes), translated = false): Paragraph {
    const r = this.rng;
    const who = this.person(quote.speaker);
    const said = translated ? quote.translation : quote.text;
    const use = (text: string, partial: boolean): QuoteUse => ({
      text, speaker: quote.speaker.name, partial, statement: quote.index,
      wording: translated ? 'translation' : 'original',
    });
    let text: string;
    let q: QuoteUse;
    switch (r.int(0, 3)) {
      case 0: {
        const inner = said.replace(/\.$/, ',');
        text = `“${inner}” ${who} said.`;
        q = use(inner, false);
        break;
      }
      case 1:
        text = `${who} said: “${said}”`;
        q = use(said, false);
        break;
      case 2: {
        const inner = said.replace(/\.$/, ',');
        text = `“${inner}” said ${who}.`;
        q = use(inner, false);
        break;
      }
      default: {
        const words = said.replace(/\.$/, '').split(' ');
        const start = r.int(1, Math.max(1, words.length - 5));
        const fragment = words.slice(start, start + r.int(3, 5)).join(' ');
        text = `${who} warned that the ${r.pick(this.story.topic)} risked becoming “${fragment}”.`;
        q = use(fragment, true);
      }
    }
    if (r.chance(0.5)) text += ` ${this.sentence()}`;
    return { text, origin: this.nextOrigin(), quotes: [q], figures: [] };
  }

  /** A paragraph written by this article that credits another outlet for what follows. */
  credit(outlet: string): Paragraph {
    const text = this.rng.pick([`${outlet} reports:`, `${outlet} reported the following:`]);
    return { text, origin: this.nextOrigin(), quotes: [], figures: [] };
  }

  /** A fresh original article body for the story. */
  body(): Paragraph[] {
    const r = this.rng;
    const count = r.int(5, 10);
    const paragraphs: Paragraph[] = [this.narrative(r.int(1, 2))];
    const quoteSlots = new Set(r.sample([...Array(count).keys()].slice(1), r.int(1, 2)));
    for (let i = 1; i < count; i++) {
      paragraphs.push(quoteSlots.has(i) ? this.quoteParagraph(undefined, r.chance(0.3)) : this.narrative());
    }
    return paragraphs;
  }
}

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

  /** One narrative sentence about the story. */
  sentence(): string {
    const r = this.rng;
    const s = this.story;
    const T = r.pick(s.topic);
    const A = r.pick(V.adjectives);
    const A2 = r.pick(V.adjectives);
    const N = r.pick(V.nouns);
    const N2 = r.pick(V.nouns);
    const L = r.pick(s.places);
    const v = r.pick(V.verbs);
    const cap = (x: string): string => x[0].toUpperCase() + x.slice(1);
    switch (r.int(0, 15)) {
      case 0: return `${this.person()} said the ${this.org()} would ${v[0]} the ${A} ${T} in ${L} ${this.day()}.`;
      case 1: return `The ${A} ${T} was ${v[1]} by the ${this.org()} ${this.day()}, officials in ${L} said.`;
      case 2: return `According to the ${this.org()}, the ${T} ${v[2]} a ${A} ${N} near ${L}.`;
      case 3: return `Critics in ${s.country} ${v[1]} the ${T}, calling it a ${A} ${N}.`;
      case 4: return `The ${N} comes after ${A} talks between the ${this.org()} and ${L} officials over the ${T}.`;
      case 5: return `${this.person()} ${v[1]} the ${A} ${N} during a visit to ${L} ${this.day()}.`;
      case 6: return `It was not immediately clear whether the ${this.org()} would ${v[0]} the ${T}.`;
      case 7: return `Residents of ${L} said the ${A} ${N} had left many ${r.pick(V.countNouns)} uncertain about the ${T}.`;
      case 8: return `The ${this.org()} did not respond to a request for comment on the ${A} ${T}.`;
      case 9: return `${s.country} has ${v[1]} ${A} ${N}s before, but the ${T} marks a ${A2} ${N2} for the region.`;
      case 10: return `Analysts expect the ${T} to ${v[0]} the ${A} ${N} by ${r.pick(V.months)}.`;
      case 11: return `A ${A} ${N} in ${L} was ${v[1]} ${this.day()} as the ${T} ${v[2]} the ${N2}.`;
      case 12: return `${cap(this.person())}, who has ${v[1]} the ${T} for months, said the ${A} ${N} would be ${r.pick(V.verbs)[1]} soon.`;
      case 13: return `Talks on the ${A} ${T} are expected to resume in ${L} ${this.day()}.`;
      case 14: return `The ${A} ${T} has divided ${A2} ${N}s in ${s.country} for years.`;
      default: return `Officials in ${L} ${v[1]} the ${T} after ${A} ${N}s ${r.pick(V.verbs)[1]} the ${N2}.`;
    }
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

// The truth file written beside a generated corpus: plain JSON, keyed by article id and file.
import type { GeneratedCorpus, TruthFigure, TruthQuote, TruthReuse } from './index.ts';

export interface CorpusTruth {
  about: string;
  seed: number;
  articles: {
    file: string;
    id: string;
    story: string;
    kind: string;
    outlet: string | null;
    published: string | null;
    headline: string;
    paragraphs: number;
  }[];
  stories: {
    id: string;
    title: string;
    window: [string, string];
    topic: string[];
    people: { name: string; aliases: string[] }[];
    organizations: { name: string; aliases: string[] }[];
    places: string[];
    quotes: { index: number; speaker: string; text: string; translation: string }[];
    figures: { value: number; counts: string; place: string }[];
  }[];
  reuse: TruthReuse[];
  quotes: TruthQuote[];
  figures: TruthFigure[];
}

export function corpusTruth(corpus: GeneratedCorpus): CorpusTruth {
  return {
    about:
      'Truth for a storytrace generated corpus. reuse lists every pair of articles sharing paragraphs ' +
      "of common origin ('paragraphs' counts them); direct injections have direction 'known' " +
      "(source -> copy), two copies of one source are 'shared ancestor' with direction 'unknown'.",
    seed: corpus.seed,
    articles: corpus.articles.map((a) => ({
      file: a.file,
      id: a.article.id,
      story: a.story,
      kind: a.kind,
      outlet: a.outlet,
      published: a.published,
      headline: a.headline,
      paragraphs: a.body.split('\n\n').length,
    })),
    stories: corpus.stories.map((s) => ({
      id: s.id,
      title: s.title,
      window: s.window,
      topic: s.topic,
      people: s.people.map((p) => ({ name: p.name, aliases: p.aliases })),
      organizations: s.orgs.map((o) => ({ name: o.name, aliases: o.aliases })),
      places: s.places,
      quotes: s.quotes.map((q) => ({ index: q.index, speaker: q.speaker.name, text: q.text, translation: q.translation })),
      figures: s.figures,
    })),
    reuse: corpus.reuse,
    quotes: corpus.quotes,
    figures: corpus.figures,
  };
}

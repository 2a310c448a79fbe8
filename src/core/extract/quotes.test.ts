import { describe, expect, it } from 'vitest';
import { extractArticle } from './index.js';

const extract = (body: string) =>
  extractArticle({ id: 't', source: 't', outlet: null, url: null, headline: null, published: null, language: null, body, original: body });
const quotes = (body: string) => extract(body).quotes.map((q) => [q.text, q.speaker, q.partial]);

describe('quotes and speakers', () => {
  it('resolves "she" to the woman, not the last man named', () => {
    const body = 'Mayor Clara Vance met union leader Tom Baker on Monday. Baker left early. “We have a deal,” she said.';
    expect(quotes(body)).toEqual([['We have a deal,', 'Clara Vance', false]]);
  });

  it('gives a run of quotes to the speaker named only at its end', () => {
    const body =
      'The debate was heated. “This is not a plan.” She added, “It is a slogan. Nothing more.” Adding, “Voters deserve better,” Joan Whitfield said.';
    expect(quotes(body).map((q) => q[1])).toEqual(['Joan Whitfield', 'Joan Whitfield', 'Joan Whitfield']);
  });

  it('attributes through "according to", verb-first inversion and descriptions', () => {
    const body = [
      'Finance Minister Rafael Ortiz and Senator Mia Holt spoke after the vote.',
      '“The budget is balanced,” according to Ortiz.',
      '“It is not,” said the senator.',
      '“We will see,” the minister replied.',
    ].join('\n\n');
    expect(quotes(body).map((q) => q[1])).toEqual(['Rafael Ortiz', 'Mia Holt', 'Rafael Ortiz']);
  });

  it('follows a quote over paragraphs and a standalone quote after its speaker', () => {
    const body = '“The first thing we did was count the boats\n\n“and then we counted them again,” said Ivo Marek.\n\n“Nobody believed us.”';
    expect(quotes(body)).toEqual([
      ['The first thing we did was count the boats and then we counted them again,', 'Ivo Marek', false],
      ['Nobody believed us.', 'Ivo Marek', false],
    ]);
  });

  it('marks quotes woven into a sentence as partial', () => {
    const body = 'Ivo Marek said the talks had “gone nowhere” and warned of “a long winter for everyone.”';
    expect(quotes(body)).toEqual([
      ['gone nowhere', 'Ivo Marek', true],
      ['a long winter for everyone.', 'Ivo Marek', true],
    ]);
  });

  it('does not take scare quotes for quotes', () => {
    const body = [
      'The so-called “Green Shield” plan was shelved.',
      'Officials dubbed the area the “dead zone” last year.',
      'The ministry listed the group as an “extremist” organisation.',
      'Critics say the ‘reform’ changes little.',
      'Activists marched with the “Free Ports Alliance” banner.',
    ].join(' ');
    expect(quotes(body)).toEqual([]);
  });
});

describe('odd tokens', () => {
  it('survives words that name Object prototype members', () => {
    const body = 'The constructor said “toString valueOf hasOwnProperty” and __proto__ constructor claims 3 constructor units.';
    expect(() => extract(body)).not.toThrow();
  });
});

describe('attribution after an exclamation', () => {
  it('reads the speaker from the sentence after a quote ending in "!"', () => {
    const body = 'Mayor Ines Ferro campaigned hard. “Vote for the bridge!” Ferro tweeted on Sunday. “It is ours.”';
    expect(quotes(body).map((q) => q[1])).toEqual(['Ines Ferro', 'Ines Ferro']);
  });
});

describe('unnamed speakers', () => {
  it('does not hand a quote from "one expert" to the previous speaker', () => {
    const body = '“The law is clear,” said Prosecutor Ada Lind. “There is no immunity here,” said one legal expert.';
    expect(quotes(body).map((q) => q[1])).toEqual(['Ada Lind', null]);
  });
});

describe('titled surnames', () => {
  it('keeps two offices with one surname apart but lets honorifics join the full name', () => {
    const ex = extract(
      'Hugo Yates declined to comment, while Spokesperson Yates vowed to rebuild. Prosecutor Yates said: “I could not repeat it.” Later Mr Yates and Dr. Yates left.',
    );
    const hugo = ex.entities.find((e) => e.name === 'Hugo Yates')!;
    expect(hugo.aliases).toContain('Mr Yates');
    expect(hugo.aliases).toContain('Dr. Yates');
    expect(hugo.aliases).not.toContain('Prosecutor Yates');
    expect(ex.quotes[0].speaker).toBe('Yates');
  });
});

describe('descriptions', () => {
  it('matches "top diplomat", "the Norwegian general" and "the UN envoy" to the right office holders', () => {
    const body =
      'Norwegian Foreign Minister Ola Berg and Ambassador to the UN Kari Dahl met General Nils Haug on Monday.\n\n' +
      '“We are ready,” Norway’s top diplomat said. “So are we,” the Norwegian general replied. “The Council will vote,” said the UN envoy.';
    expect(quotes(body).map((q) => q[1])).toEqual(['Ola Berg', 'Nils Haug', 'Kari Dahl']);
  });
});

describe('name and colon', () => {
  it('takes "Name: “…”" as the named person speaking', () => {
    expect(quotes('Mayor Dana Holt lost the vote on Monday.\n\nHolt: “We will appeal, and we will win.”')).toEqual([
      ['We will appeal, and we will win.', 'Dana Holt', false],
    ]);
  });
});

describe('loose attribution', () => {
  it('does not take a speech verb far after a quote, behind other words, as its attribution', () => {
    const body = 'Beijing said it backs the “one country, two systems” formula granting Kessel autonomy, while Kessel officials said little.';
    expect(quotes(body).map((q) => q[1])).not.toContain('Kessel');
  });

  it('keeps a possessive inside a name whole', () => {
    const ex = extract('The People’s Daily warned on Monday that there was “no room for compromise.”');
    expect(ex.entities.map((e) => e.name)).toContain('People’s Daily');
    expect(ex.quotes[0].speaker).toBe('People’s Daily');
  });
});

describe('reported speech in the mood that marks it', () => {
  const de = (body: string) =>
    extractArticle({ id: 't', source: 't', outlet: null, url: null, headline: null, published: null, language: 'de', body, original: body }).quotes.map((q) => q.text);

  it('keeps a quoted phrase of a German sentence in the Konjunktiv I, with no speaker named', () => {
    const body = 'Der Chef des Konzerns Velmar, Tomas Verhoek, ist am Montag festgenommen worden. Der Manager habe unter anderem „mehrere Jahre lang zu hohe Gewinne ausgewiesen“. Das habe eine interne Untersuchung ergeben.';
    expect(de(body)).toEqual(['mehrere Jahre lang zu hohe Gewinne ausgewiesen']);
    // English-style marks in German text read alike.
    expect(de(body.replace('„', '“').replace('“.', '”.'))).toEqual(['mehrere Jahre lang zu hohe Gewinne ausgewiesen']);
  });

  it('leaves a quoted phrase of a sentence in the indicative to be a name or a term, as before', () => {
    const body = 'Der Chef des Konzerns Velmar, Tomas Verhoek, ist am Montag festgenommen worden. Der Manager hat unter anderem „mehrere Jahre lang zu hohe Gewinne ausgewiesen“. Eine interne Untersuchung läuft.';
    expect(de(body)).toEqual([]);
  });
});

describe('indefinite descriptions', () => {
  it('does not resolve "an officer" to a person named earlier', () => {
    const body = 'Sergeant Paul Ames led the raid. “Open the door!” an officer shouts. “We are coming in,” said a spokesman for the Harbour Police.';
    expect(quotes(body).map((q) => q[1])).toEqual([null, 'Harbour Police']);
  });

  it('credits a speaker named in full, not the article subject who shares the given name', () => {
    const intro = 'Karim Belhadi, a shopkeeper from Tarnowa, has been missing since Friday. Belhadi was last seen near the harbour.\n\n';
    // The apposition's outlet ("for the Tarnowa Courier") is what the reporter works for, not the speaker.
    expect(quotes(intro + 'Karim Ostervald, a reporter for the Tarnowa Courier, wrote on Sunday: "Nobody at the harbour saw him leave."')[0][1]).toBe('Karim Ostervald');
    // A bare given name is the person last named in full with it, never another surname's bearer.
    expect(quotes(intro + 'Karim Ostervald covered the search. "Nobody at the harbour saw him leave," Karim wrote.')[0][1]).toBe('Karim Ostervald');
  });
});

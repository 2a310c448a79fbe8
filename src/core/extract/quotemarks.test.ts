import { describe, expect, it } from 'vitest';
import { dashQuoteSpans, findQuoteSpans, quoteText } from './quotemarks.js';
import { paragraphSpans } from './text.js';

const quotes = (body: string): string[] => findQuoteSpans(body, paragraphSpans(body)).map((q) => quoteText(body, q));

describe('findQuoteSpans', () => {
  it('pairs curly and straight, double and single quotes', () => {
    expect(quotes('“One,” he said. "Two," she said. ‘Three,’ they said. \'Four,\' we said.')).toEqual(['One,', 'Two,', 'Three,', 'Four,']);
  });

  it('opens a straight quote glued after a full stop, as copied text runs sentences together', () => {
    const body = 'El puerto de Northshire quedó arrasado."Era como una bomba. Nunca vi algo así", dijo Dana Kellor.El alcalde pidió "calma"."Esto es inaceptable", declaró.';
    expect(quotes(body)).toEqual(['Era como una bomba. Nunca vi algo así', 'calma', 'Esto es inaceptable']);
  });

  it('tells apostrophes from closing single quotes', () => {
    expect(quotes('Russia’s envoy said the US’ plan and the groups’ leaders don’t agree.')).toEqual([]);
    expect(quotes("'We don't give up,' said Ana's brother.")).toEqual(["We don't give up,"]);
  });

  it('reads a straight mark before a word and one after a word as two apostrophes, not a single quote around a quotation', () => {
    expect(quotes("Back in the '90s the mayor said: “We never closed the pier.” Now the boys' club is gone.")).toEqual(['We never closed the pier.']);
    expect(quotes("Come nel '98, ha detto: «Abbiamo perso tutto». C'è ancora un po' di paura, perche' piove.")).toEqual(['Abbiamo perso tutto']);
    // A single quote holding a double one closes after its punctuation, as British style writes it.
    expect(quotes('\'He told me "wait here", and I did,\' she said.')).toEqual(['He told me "wait here", and I did,']);
  });

  it('keeps nested quotes inside the outer one', () => {
    expect(quotes('“They call it the ‘New Army’ and others,” he said. "Take the \'long road\'," she said.')).toEqual([
      'They call it the ‘New Army’ and others,',
      "Take the 'long road',",
    ]);
  });

  it('joins a quote that runs over paragraphs, each reopening', () => {
    const body = '“The first part goes on\n\n“and the second part ends here,” she said.';
    expect(quotes(body)).toEqual(['The first part goes on and the second part ends here,']);
  });

  it('joins a letter quoted over paragraphs that are not reopened, up to the mark that closes it', () => {
    const body =
      'The letter read:\n\n“Under article 12 of the charter.\n\nI, Tomas Verhoek, hereby step down as chair with immediate effect.”\n\nThe board met later.\n\n« Nous partirons demain.\n\nLa décision est prise », a écrit Lina Marsac.';
    expect(quotes(body)).toEqual([
      'Under article 12 of the charter. I, Tomas Verhoek, hereby step down as chair with immediate effect.',
      'Nous partirons demain. La décision est prise',
    ]);
  });

  it('leaves a quote open when the next paragraph opens a quote of its own', () => {
    const body = 'She said “never again\n\nHe replied: “We will see.”';
    expect(quotes(body)).toEqual(['never again', 'We will see.']);
  });

  it('closes a quote left open at the end of its paragraph', () => {
    const spans = findQuoteSpans('He said “never again\n\nNext paragraph.', paragraphSpans('He said “never again\n\nNext paragraph.'));
    expect(spans).toHaveLength(1);
    expect(spans[0].closed).toBe(false);
  });
});

describe('doubled single marks', () => {
  it('reads ’’ and ‘‘ as double quotation marks', () => {
    expect(quotes('“It was an attempt to mislead voters,’’ Ana Ruiz told the paper. ‘‘We agree,’’ he said.')).toEqual([
      'It was an attempt to mislead voters,',
      'We agree,',
    ]);
  });

  it('scans a long text without quote marks in linear time', () => {
    const para = 'The harbour council met again on Tuesday to discuss the winter ferry timetable and its cost.';
    // 40,000 paragraphs, 3.7 MB: each searched on to the body's end, this took minutes.
    const body = Array.from({ length: 40_000 }, () => para).join('\n\n') + '\n\n“We will not wait,” the mayor said.';
    const started = Date.now();
    expect(quotes(body)).toEqual(['We will not wait,']);
    expect(Date.now() - started).toBeLessThan(3_000);
  });
});

describe('quotation marks of other languages', () => {
  // Invented sentences; the truth is the text between each pair of marks.
  it.each([
    ['de „…“', '„Wir bleiben hier“, sagte die Sprecherin. „Und morgen auch“, fügte sie hinzu.', ['Wir bleiben hier', 'Und morgen auch']],
    ['de, da, sl »…«', '»Das Schiff bleibt im Hafen«, sagte er. »Ladja ostane v pristanišču«, je dejal.', ['Das Schiff bleibt im Hafen', 'Ladja ostane v pristanišču']],
    ['fr « … »', '« Nous reconstruirons le pont », a déclaré la maire.', [' Nous reconstruirons le pont '.trim()]],
    ['es «…»', '«No vamos a cerrar», dijo el alcalde, y añadió: «Nunca».', ['No vamos a cerrar', 'Nunca']],
    ['sv ”…”', '”Vi stänger hamnen i dag”, sade hamnchefen.', ['Vi stänger hamnen i dag']],
    ['ru „…“ and «…»', '«Мы готовы», — сказал он. „Всё под контролем“, — добавил он.', ['Мы готовы', 'Всё под контролем']],
    ['de ‚…‘ inside „…“', '„Er nannte es ‚einen Fehler‘ und ging“, sagte sie.', ['Er nannte es ‚einen Fehler‘ und ging']],
    ['ar reversed ”…“', 'وقال الوزير ”سنفتح الميناء غدا“ في بيان.', ['سنفتح الميناء غدا']],
  ])('pairs %s', (_name, body, expected) => {
    expect(quotes(body as string).map((q) => q.trim())).toEqual(expected);
  });

  it('does not let a stray opening apostrophe swallow the quotes after it', () => {
    const body = "The 'new line opened in May. “We waited years,” a driver said. “It was worth it,” said another.";
    expect(quotes(body)).toEqual(['We waited years,', 'It was worth it,']);
  });

  it('still keeps a quote inside a real single-quoted one nested', () => {
    expect(quotes("'He told me “go home” and left,' she said.")).toEqual(['He told me “go home” and left,']);
  });
});

describe('a dialogue dash whose attribution ends its sentence, narration after it in the paragraph', () => {
  it('cuts the quote at the attribution', () => {
    const body = '- Kiedy wybuchł pożar, byłam przerażona. Dla nas to tragedia - mówiła w dzień pożaru kobieta mieszkająca w okolicy. Kiedy poprzednio płonął las, miała ona zaledwie pięć lat, a jej dom stał wtedy przy samej drodze do miasta.';
    const [q] = dashQuoteSpans(body, paragraphSpans(body), new Set(['mówiła']), false);
    expect(body.slice(q.innerStart, q.innerEnd).trim()).toBe('Kiedy wybuchł pożar, byłam przerażona. Dla nas to tragedia');
  });
});

describe('words opening a paragraph without quotation marks, up to a dash and the attribution', () => {
  const spans = (body: string, beforeDash: boolean) =>
    dashQuoteSpans(body, paragraphSpans(body), new Set(['oświadczyła', 'заявил', 'said']), false, beforeDash).map((q) => body.slice(q.innerStart, q.innerEnd));

  it('takes them as the quote where the language writes so', () => {
    expect(spans('Uznaję, że w obecnej sytuacji nie mogę zrealizować mandatu - oświadczyła w czwartek Dana Kellor, ogłaszając rezygnację.', true)).toEqual(['Uznaję, że w obecnej sytuacji nie mogę zrealizować mandatu']);
    expect(spans('Мы восстановим порт в течение года, — заявил в понедельник мэр Томас Вергук.', true)).toEqual(['Мы восстановим порт в течение года']);
  });

  it('leaves an aside, a short phrase, quoted words and languages that do not write so alone', () => {
    expect(spans('Uznaję, że w obecnej sytuacji nie mogę zrealizować mandatu - oświadczyła Dana Kellor.', false)).toEqual([]);
    expect(spans('Minister Kellor - oświadczyła rzeczniczka - wyjechała.', true)).toEqual([]);
    expect(spans('„Nie mogę zrealizować mandatu w tej sytuacji” - oświadczyła Dana Kellor.', true)).toEqual([]);
    expect(spans('Uznaję, że w obecnej sytuacji nie mogę zrealizować mandatu - powiedziała Dana Kellor.', true)).toEqual([]);
  });
});

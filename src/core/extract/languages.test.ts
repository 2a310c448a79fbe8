// Quotes and speakers in the languages of the news, on invented articles: each body's quotes and
// who said them are written beside it.
import { describe, expect, it } from 'vitest';
import { extractArticle, resolveCorpus } from './index.js';

const quotesOf = (language: string, body: string): [string, string | null][] => {
  const ex = extractArticle({ id: 'a', source: 'a', outlet: null, url: null, headline: null, published: null, language, body, original: body });
  return resolveCorpus([ex]).quotes.map((q) => [q.text, q.speaker]);
};

const expectQuotes = (language: string, body: string, truth: [string, string | null][]) => {
  const got = quotesOf(language, body);
  for (const [contains, speaker] of truth) {
    const hit = got.find(([text]) => text.includes(contains));
    expect(hit, `${contains} in ${JSON.stringify(got)}`).toBeDefined();
    expect(hit![1], contains).toBe(speaker);
  }
};

describe('speakers after the quote, verb first', () => {
  it.each([
    ['es', 'El temporal obligó a cerrar el puerto de Valdemar.\n\n«No vamos a poner en riesgo a nadie», dijo la directora del puerto, Inés Albarrán.', [['No vamos a poner en riesgo', 'Inés Albarrán']]],
    ['fr', "La mairie de Brévent a fermé le pont.\n\n« Nous le rouvrirons au printemps », a déclaré le maire, Hugo Castagnet.", [['Nous le rouvrirons', 'Hugo Castagnet']]],
    ['de', 'In Kellfurt streiken die Busfahrer.\n\n„Wir fahren erst wieder, wenn die Pausen bezahlt werden“, sagte Betriebsratschefin Jana Wollmer.', [['Wir fahren erst wieder', 'Jana Wollmer']]],
    ['pt', 'A câmara de Vilarinho fechou a ponte.\n\n"A segurança vem primeiro", ressaltou o presidente da câmara, Tomás Ferrão.', [['A segurança vem primeiro', 'Tomás Ferrão']]],
    ['it', 'Il comune di Valmora ha chiuso il ponte.\n\n"Riapriremo in primavera", ha detto il sindaco Bruno Carretti.', [['Riapriremo in primavera', 'Bruno Carretti']]],
    ['ru', 'В порту Северянска остановлены работы.\n\n«Мы не будем рисковать людьми», — заявил директор порта Аркадий Смолин.', [['Мы не будем рисковать', 'Аркадий Смолин']]],
  ])('%s', (language, body, truth) => expectQuotes(language as string, body as string, truth as [string, string | null][]));
});

describe('speakers before the quote and carried on', () => {
  it.each([
    ['es', 'La alcaldesa Lucía Berrocal visitó el barrio. «Reconstruiremos cada casa», prometió.\n\n«Nadie se quedará fuera», añadió.', [['Reconstruiremos cada casa', 'Lucía Berrocal'], ['Nadie se quedará fuera', 'Lucía Berrocal']]],
    ['fr', "Le ministre Paul Ferrand s'est rendu sur place. « C'est un drame », a-t-il commenté.", [["C'est un drame", 'Paul Ferrand']]],
    ['it', 'Il ministro Carlo Benassi ha parlato ai giornalisti. "Non ci fermeremo", ha detto Benassi. "Serve tempo", ha aggiunto.', [['Non ci fermeremo', 'Carlo Benassi'], ['Serve tempo', 'Carlo Benassi']]],
    ['de', 'Die Ministerin Klara Osterwald sprach von einem schweren Tag. »Wir helfen, wo wir können«, sagte sie.', [['Wir helfen, wo wir können', 'Klara Osterwald']]],
    ['en', 'Fire chief Dora Quill arrived at noon.\n\n"We have it under control," she said.', [['We have it under control', 'Dora Quill']]],
  ])('%s', (language, body, truth) => expectQuotes(language as string, body as string, truth as [string, string | null][]));
});

describe('according to, dashes, colons and signed statements', () => {
  it.each([
    ['en', 'The bridge will stay shut.\n\n“It will open when it is safe.” —Commissioner Aino Varga\n\nAnd from council leader Piet Brandt:\n\n“We owe the town a safe crossing.”', [['It will open when it is safe', 'Aino Varga'], ['We owe the town a safe crossing', 'Piet Brandt']]],
    ['da', 'Havnen i Skovby er lukket.\n\n- Vi åbner igen i næste uge, siger havnefoged Mette Rask.', [['Vi åbner igen i næste uge', 'Mette Rask']]],
    ['sv', 'Hamnen i Norrvik stängdes på tisdagen.\n\n– Vi öppnar igen nästa vecka, sade hamnchefen Lars Ekholm.', [['Vi öppnar igen nästa vecka', 'Lars Ekholm']]],
    ['en', 'The council chair read out the letter. “I, Marta Okonkwo, hereby resign as mayor of Dunmore,” it said.', [['hereby resign as mayor', 'Marta Okonkwo']]],
    ['en', 'The letter read:\n\n“Under article 4 of the charter.\n\nFollowing my talk with the clerk, I Marta Okonkwo hereby resign as mayor of Dunmore.”', [['hereby resign as mayor', 'Marta Okonkwo']]],
    ['fr', "« Moi Jeanne Roux, je remets ma démission », a lu le président de l'assemblée, Marc Dufour.", [['je remets ma démission', 'Jeanne Roux']]],
    ['fr', 'La séance a été levée. Pour Jeanne Roux qui a quitté le conseil, « cette décision était attendue depuis des mois ».', [['cette décision était attendue', 'Jeanne Roux']]],
    ['es', 'El pleno votó el martes. Para la alcaldesa Inés Cabral, «el puerto no puede esperar más».', [['el puerto no puede esperar', 'Inés Cabral']]],
  ])('%s', (language, body, truth) => expectQuotes(language as string, body as string, truth as [string, string | null][]));
});

describe('English attribution forms', () => {
  it.each([
    ['a four-sentence statement after "according to"', 'According to a report released by the Harbour Safety Board, "The crane failed because of corrosion. The operator had been warned twice. Repairs were postponed. Nobody checked the bolts."', [['Nobody checked the bolts', 'Harbour Safety Board']]],
    ['an abbreviated rank after the verb', '"We held the line for six hours," said Lt. Col. Ruth Andrews, the unit commander.', [['We held the line', 'Ruth Andrews']]],
    ['a colon, then a paragraph break', 'Mayor Eskil Tovey commented:\n\n"The town will rebuild."', [['The town will rebuild', 'Eskil Tovey']]],
    ['a pronoun after a paragraph naming the speaker', 'Police chief Ama Boateng visited the site on Friday and spoke to families.\n\n"We owe them answers," she said.', [['We owe them answers', 'Ama Boateng']]],
    ['a description of a person named before', 'General Igor Vasko said the drills would go on. "We are ready," the general said.', [['We are ready', 'Igor Vasko']]],
    ['the job title kept out of the name', '"We act today," Health Minister Colette Aubry said.', [['We act today', 'Colette Aubry']]],
    ['a lowercase role before the name', '"The patch is ready," maintainer Oskar Lindqvist said.', [['The patch is ready', 'Oskar Lindqvist']]],
    ['a prose sentence full of capitals, not a headline', 'Russian Chief of the General Staff Oleg Varin visited the troops on Monday.\n\n"Our forces are ready," the general said.', [['Our forces are ready', 'Oleg Varin']]],
    ['May as a surname', 'Prime Minister Alice May spoke in parliament. "We will act," May said.', [['We will act', 'Alice May']]],
  ])('%s', (_kind, body, truth) => expectQuotes('en', body as string, truth as [string, string | null][]));

  it('keeps a verdict in quotes after "described … as" as a partial quote', () => {
    expect(quotesOf('en', 'Minister Tomas Berg described the claims as "false and absurd" on Monday.')).toEqual([['false and absurd', 'Tomas Berg']]);
  });

  it('finds Arabic quotes after قال and أضاف', () => {
    const got = quotesOf('ar', 'وقال الوزير سامي حداد إن "الميناء سيفتح غدا". وأضاف: "لن نترك أحدا".');
    expect(got.map(([text]) => text)).toEqual(['الميناء سيفتح غدا', 'لن نترك أحدا']);
  });

  it('names Arabic speakers after their office, past its complement, with the verb first', () => {
    const body = [
      'أعلنت الحكومة إغلاق الميناء. وقال المتحدث باسم الوزارة خالد العمري: "لن نسمح بتكرار ما حدث في الميناء".',
      'وقال الوزير سامي حداد إن "الميناء سيفتح غدا". وأضاف: "لن نترك أحدا".',
      'وقال وزير الخارجية الروسي سيرغي لافروف إن "الاتهامات البريطانية لا أساس لها".',
      'وقالت الشرطة إن المرفأ يعرف باسم "الرصيف القديم".',
    ].join('\n\n');
    expect(quotesOf('ar', body)).toEqual([
      ['لن نسمح بتكرار ما حدث في الميناء', 'خالد العمري'],
      ['الميناء سيفتح غدا', 'سامي حداد'],
      ['لن نترك أحدا', 'سامي حداد'],
      ['الاتهامات البريطانية لا أساس لها', 'سيرغي لافروف'],
    ]);
  });

  it('ends an Arabic sentence after its full stop, so each "وقال X" names its own quote, and stops a name at a fused preposition', () => {
    const body =
      'وقال الرئيس توماس فيرهوك إن "الميناء سيفتح غدا". وقال وزير النقل أنطون كيلور للصحافيين "لن نترك أحدا". ' +
      'وقال نائب وزير النقل إيغور فاسكو لتلفزيون فيلمار: "نأسف لما حدث". وقال الرئيس رجب طيب فيرهوكلو إن "الأزمة انتهت". ' +
      'وقالت مديرة الميناء آنا كيلور إن "السفن ستحول إلى الحوض الشمالي". وقال قائد الإطفاء يان موريتس إن "النيران أخمدت".';
    expect(quotesOf('ar', body)).toEqual([
      ['الميناء سيفتح غدا', 'توماس فيرهوك'],
      ['لن نترك أحدا', 'أنطون كيلور'],
      ['نأسف لما حدث', 'إيغور فاسكو'],
      ['الأزمة انتهت', 'رجب طيب فيرهوكلو'],
      // A director (feminine) and a chief name the person after their office too.
      ['السفن ستحول إلى الحوض الشمالي', 'آنا كيلور'],
      ['النيران أخمدت', 'يان موريتس'],
    ]);
  });

  it('reads the name between a speech verb and the office apposed to it, and no name across a preposition', () => {
    const body = 'وقال توماس فيرهوك المتحدث باسم الحزب لرويترز عبر الهاتف إن القادة "اعتقلوا" فجرا. وأضاف المتحدث "أود أن أبلغ شعبنا ألا يرد على هذا بتهور".';
    expect(quotesOf('ar', body)).toEqual([
      ['اعتقلوا', 'توماس فيرهوك'],
      ['أود أن أبلغ شعبنا ألا يرد على هذا بتهور', 'توماس فيرهوك'],
    ]);
  });

  it('reads a name set off by commas after its office, after the verb before an office or "one of", and its last word alone after a verb', () => {
    const body =
      'أكد وزير داخلية إقليم فيلمار الشمالي، يواخيم فيرهوك، مقتل 13 شخصا. وقال فيرهوك عبر حسابه "أدين بأشد العبارات الهجوم". ' +
      'وقال سيباستيان رودز كيلور، رئيس فريق التنسيق التابع للأمم المتحدة "إن هذا الأمر دمار على مستوى هائل". ' +
      'كما صرح محمد ليث احد القادة القادمين من كيسبورت: "لقد اعتقل واصيب بجروح خطيرة".';
    expect(quotesOf('ar', body)).toEqual([
      ['أدين بأشد العبارات الهجوم', 'يواخيم فيرهوك'],
      ['إن هذا الأمر دمار على مستوى هائل', 'سيباستيان رودز كيلور'],
      ['لقد اعتقل واصيب بجروح خطيرة', 'محمد ليث'],
    ]);
  });

  it('reads a name before "قوله" (his saying), after an honorific with the office set off by dashes, and after a governor of a province', () => {
    const body =
      'نقلت الوكالة عن المتحدث باسم وزارة الداخلية، جواد كيلور قوله: "حسب معلوماتنا، توفيت بعد ما أصيبت". ' +
      'وقال شيخ علي محمود فيرهوك -المتحدث باسم الحركة- في بيان: "إننا نجيز للمقاتلين التحرك". ' +
      'قال حاكم مقاطعة مدينة كيسبورت إيفانز موريتس، “قبل 22 شهراً بالضبط شهدنا واحداً من أتعس الأيام”.';
    expect(quotesOf('ar', body)).toEqual([
      ['حسب معلوماتنا، توفيت بعد ما أصيبت', 'جواد كيلور'],
      ['إننا نجيز للمقاتلين التحرك', 'علي محمود فيرهوك'],
      ['قبل 22 شهراً بالضبط شهدنا واحداً من أتعس الأيام', 'إيفانز موريتس'],
    ]);
  });

  it('passes over a noun the office is of in the construct state and the word after it ("وزير خارجية روسيا", "رئيسة بلدية فيلمار")', () => {
    const body =
      'وقال رئيس وزراء فيلمار توماس فيرهوك إن "الميناء سيفتح غدا". وقال وزير خارجية فيلمار أنطون كيلور إن "لن نترك أحدا". ' +
      'وأعلنت رئيسة بلدية كيسبورت آنا موريتس أن "السفن ستحول إلى الحوض الشمالي". وقال عمدة مدينة كيسبورت عبد المنعم فاسكو إن "النيران أخمدت".';
    expect(quotesOf('ar', body)).toEqual([
      ['الميناء سيفتح غدا', 'توماس فيرهوك'],
      ['لن نترك أحدا', 'أنطون كيلور'],
      ['السفن ستحول إلى الحوض الشمالي', 'آنا موريتس'],
      ['النيران أخمدت', 'عبد المنعم فاسكو'],
    ]);
  });
});

describe('Korean quotes', () => {
  it('are a quote when the quotative ending closes them, and a word in quotes without it is not', () => {
    const body = '항구에서 화재가 발생했다. 베르후크 시장은 “오늘 밤 안에 불을 끌 것”이라고 밝혔다. 그는 “부상자는 없다”며 “내일 항구를 다시 열겠다”고 말했다. 이것은 “위험한” 일이다.';
    expect(quotesOf('ko', body).map(([text]) => text)).toEqual(['오늘 밤 안에 불을 끌 것', '부상자는 없다', '내일 항구를 다시 열겠다']);
  });
});

describe('institutions and titles with adjectives', () => {
  it.each([
    ['ru', 'Пограничное управление ФСБ сообщило о задержании судна.\n\n«Судно доставлено в порт», — говорится в сообщении.', [['Судно доставлено в порт', 'ФСБ']]],
    ['fr', "« Nous reconstruirons l'école », a déclaré le président.\n\nLe président français Luc Garnier a visité la ville mardi.", [["Nous reconstruirons l'école", 'Luc Garnier']]],
  ])('%s', (language, body, truth) => expectQuotes(language as string, body as string, truth as [string, string | null][]));
});

describe('countries across languages', () => {
  it('types a country named in the article language as a place and resolves it with its English name', () => {
    const articles = [
      ['es', 'Rusia negó las acusaciones.'],
      ['de', 'Russland wies die Vorwürfe zurück.'],
      ['ru', 'Россия отвергла обвинения.'],
      ['en', 'Russia denied the claims.'],
    ].map(([language, body], i) => extractArticle({ id: `c${i}`, source: 'c', outlet: null, url: null, headline: null, published: null, language, body, original: body }));
    const places = resolveCorpus(articles).entities.filter((e) => e.type === 'place');
    expect(places.map((e) => e.name)).toEqual(['Russia']);
    expect(places[0].aliases).toEqual(expect.arrayContaining(['Rusia', 'Russland', 'Россия']));
  });
});

describe('Russian organisation names in their case forms', () => {
  it('types an agency, a navy and a command by their head word, declined or not', () => {
    const body = 'Как сообщает Норд Новости, корабли ВМС Валдории вошли в пролив. Представитель Командования флота Валдории отказался от комментариев.';
    const ex = extractArticle({ id: 'a', source: 'a', outlet: null, url: null, headline: null, published: null, language: 'ru', body, original: body });
    const types = Object.fromEntries(resolveCorpus([ex]).entities.map((e) => [e.name, e.type]));
    expect(types['Норд Новости']).toBe('organization');
    expect(types['ВМС Валдории']).toBe('organization');
    expect(Object.entries(types).filter(([, t]) => t === 'person')).toEqual([]);
  });
});

// One invented event told in three languages and two scripts, a follow-up of it two days later,
// and the same people in another event three months on: shared by the stories and report tests.
import type { Article } from '../core/types.js';

export function article(id: string, language: string, published: string | null, headline: string, body: string): Article {
  return { id: id.padEnd(24, '0'), source: `${id}.txt`, outlet: null, url: null, headline, published, language, body, original: body };
}

export const en = article(
  'en1',
  'en',
  '2031-05-06',
  'Governor Ilya Vorontsov detained in Sarnovsk over harbour contracts',
  'Investigators detained regional governor Ilya Vorontsov in Sarnovsk on Tuesday over harbour contracts worth 480 million roubles, the Investigative Committee said.\n\n' +
    'Vorontsov, 57, denies wrongdoing. His deputy Marta Kelbakh said the Sarnovsk harbour tender of 2029 had followed the rules.',
);
export const ru = article(
  'ru1',
  'ru',
  '2031-05-06',
  'В Сарновске задержан губернатор Илья Воронцов',
  'Следователи задержали губернатора Илью Воронцова в Сарновске по делу о портовых контрактах на 480 миллионов рублей, сообщил Следственный комитет.\n\n' +
    'Воронцов, 57 лет, вину не признает. Его заместитель Марта Кельбах заявила, что тендер 2029 года прошел по правилам.',
);
export const de = article(
  'de1',
  'de',
  '2031-05-07',
  'Gouverneur Woronzow in Sarnowsk festgenommen',
  'Ermittler haben den Gouverneur Ilja Woronzow in Sarnowsk festgenommen. Es geht um Hafenverträge über 480 Millionen Rubel.\n\n' +
    'Der 57-jährige Woronzow bestreitet die Vorwürfe. Seine Stellvertreterin Marta Kelbach sagte, die Ausschreibung von 2029 sei korrekt gewesen.',
);
export const enCourt = article(
  'en2',
  'en',
  '2031-05-08',
  'Court orders two months of custody for Vorontsov',
  'A Sarnovsk court ordered Ilya Vorontsov held in custody for two months, rejecting his lawyers’ request for house arrest.\n\n' +
    'The governor appeared in a glass cage and told reporters the harbour case of 480 million roubles was political. Marta Kelbakh attended the hearing.',
);
export const enLater = article(
  'en3',
  'en',
  '2031-08-19',
  'Vorontsov’s deputy Kelbakh named acting governor of Sarnovsk region',
  'Marta Kelbakh was named acting governor of the Sarnovsk region on Monday, months after Ilya Vorontsov was detained.\n\n' +
    'Kelbakh promised to finish the new ring road and to publish the region’s accounts every quarter.',
);
// The first report in two scripts without capitals, and with no figure in digits: only the names,
// written in letters of their own, can tie them to the others.
export const ar = article(
  'ar1',
  'ar',
  '2031-05-06',
  'اعتقال الحاكم إيليا فورونتسوف في سارنوفسك',
  'اعتقل المحققون حاكم الإقليم إيليا فورونتسوف في سارنوفسك يوم الثلاثاء بسبب عقود الميناء، بحسب لجنة التحقيق.\n\n' +
    'وينفي فورونتسوف ارتكاب أي مخالفة. وقالت نائبته مارتا كلباخ إن مناقصة ميناء سارنوفسك احترمت القواعد.',
);
export const ja = article(
  'ja1',
  'ja',
  '2031-05-06',
  'サルノフスクでヴォロンツォフ知事を拘束',
  '捜査当局は火曜日、港湾契約をめぐり、サルノフスクで地方知事イリヤ・ヴォロンツォフ氏を拘束した。\n\n' +
    'ヴォロンツォフ氏は不正を否定している。副知事のマルタ・ケルバフ氏は、サルノフスク港の入札は規則に従っていたと述べた。',
);

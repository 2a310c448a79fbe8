// Arabic news prose: speech verbs with the attached conjunctions و and ف, "وفقا ل", numbers.
import type { LanguageData } from './types.js';

const withConjunctions = (words: string): string =>
  words
    .trim()
    .split(/\s+/)
    .flatMap((w) => [w, `و${w}`, `ف${w}`])
    .join(' ');

export const ar: LanguageData = {
  speechVerbs: withConjunctions(`
    قال قالت يقول تقول أضاف أضافت يضيف تضيف أكد أكدت يؤكد تؤكد أوضح أوضحت صرح صرحت أعلن أعلنت
    أشار أشارت ذكر ذكرت كتب كتبت اعتبر اعتبرت نفى نفت شدد شددت حذر حذرت تابع تابعت لفت لفتت`),
  continuationVerbs: withConjunctions('أضاف أضافت تابع تابعت'),
  according: withConjunctions('وفقا وفقاً بحسب حسب طبقا'),
  complementisers: 'أن إن أنه إنه أنها إنها بأن وأن',
  // "known by the name “Novichok”": a name in quotes, not speech.
  labelVerbs: 'باسم يسمى تسمى يعرف تعرف',
  pronouns: { هو: 'm', هي: 'f' },
  titles:
    'الرئيس الوزير وزير وزيرة رئيس رئيسة المتحدث المتحدثة الناطق الناطقة السفير السفيرة اللواء العميد العقيد الأمير الملك الشيخ المدير مدير النائب ' +
    'المديرة مديرة القائد قائد قائدة عمدة',
  uncased: true,
  officeComplements:
    'وزراء خارجية داخلية دفاع مالية بلدية مدينة ولاية محافظة إقليم حكومة مجلس جهاز هيئة لجنة شرطة جيش ' +
    'دولة جمهورية مملكة منظمة وكالة حزب حركة بنك شركة مستشفى جامعة مطار ميناء بعثة',
  numbers: {
    واحد: 1, اثنان: 2, اثنين: 2, ثلاثة: 3, ثلاث: 3, أربعة: 4, أربع: 4, خمسة: 5, خمس: 5, ستة: 6, ست: 6,
    سبعة: 7, سبع: 7, ثمانية: 8, تسعة: 9, عشرة: 10, عشر: 10, عشرين: 20, عشرون: 20, مئة: 100, مائة: 100,
  },
  scales: { ألف: 1e3, آلاف: 1e3, مليون: 1e6, ملايين: 1e6, مليار: 1e9, مليارات: 1e9 },
  units: { دولار: 'USD', يورو: 'EUR', بالمئة: '%', بالمائة: '%', كيلومتر: 'km', عاما: 'years', يوما: 'days' },
  timeWords: 'مساء صباح ليلا أمس اليوم غدا',
  approximators: ['نحو', 'حوالي', 'حوالى', 'قرابة', 'زهاء', 'أكثر من', 'أقل من', 'ما يقارب', 'ما لا يقل عن'],
  measureLinks: 'بقيمة قيمة بقيمته',
};

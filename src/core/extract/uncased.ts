// Names in a script without capitals, where chunking capitalised words finds none. In Arabic a
// name stands after an office word, past the office's own complement ("وزير الخارجية الروسي
// سيرغي لافروف", "المتحدث باسم الوزارة خالد العمري"); in Japanese a name in katakana stands
// before its office or honorific ("サンチェス首相", "ハメネイ師"); in Chinese a foreign name is
// dotted ("安娜·凯洛尔") and any name stands between its office and a speech verb; in Korean a name
// stands next to its office ("팡 사무총장은").
import { curatedGroup, isCountryIn } from './gazetteer.js';
import { isTitle, type Lexicon } from './lang/index.js';
import type { Token } from './text.js';

export interface UncasedName {
  start: number;
  end: number;
  title: string;
}

const HAN = /[\u4e00-\u9fff]/;
/** Hiragana or katakana: Japanese, not Chinese. */
export const KANA = /[\u3040-\u30ff]/;
/** A Hangul syllable: Korean. */
export const HANGUL = /[\uac00-\ud7a3]/;

/**
 * Every name of a script without capitals the text holds, by the rules of its script: after an
 * office in Arabic, before an office or honorific in Japanese katakana, dotted or between an office
 * and a speech verb in Chinese, next to an office in Korean; overlapping finds kept once.
 */
export function caselessNames(body: string, tokens: Token[], lex: Lexicon): UncasedName[] {
  const han = HAN.test(body);
  const hangul = HANGUL.test(body);
  if (!lex.uncased && lex.suffixTitles.length === 0 && !han && !hangul) return [];
  const out = lex.uncased ? uncasedNames(body, tokens, lex) : suffixedNames(body, lex);
  const add = (found: UncasedName[]) => {
    for (const n of found) if (!out.some((u) => u.start < n.end && n.start < u.end)) out.push(n);
  };
  // A dotted name in Chinese text that Japanese katakana has not already read.
  if (han) add(dottedNames(body));
  if (hangul) add(koreanNames(body, lex));
  // Chinese (no kana): a name between its office and a speech verb.
  if (han && !KANA.test(body)) add(officeNames(body));
  return out;
}

/** The Arabic definite article: an office's complement starts with it, a given name does not. */
const DEFINITE = 'ال';
/** "باسم": "in the name of", as in "spokesman in the name of the ministry". */
const ON_BEHALF = 'باسم';

// A name's particles ("بن", "أبو", "عبد"): the word after them is the name's too.
const PARTICLES = new Set(['بن', 'ابن', 'بنت', 'أبو', 'ابو', 'عبد', 'آل']);
// A preposition fused to a word ("لتلفزيون": to the television, "للصحافيين": to the journalists,
// "بالمدينة") opens a phrase after the name, never a name's word.
const FUSED_PREPOSITION = /^(?:لل|ل|ب)/;

/**
 * Whether the `at`-th word of an Arabic name (0 is its first) goes on it: a second word does; a
 * third only after a particle, or with the article of a family name ("عبد الفتاح السيسي"), or
 * when no fused preposition opens it ("رجب طيب أردوغان", not "… ريكسي لتلفزيون").
 */
function nameGoesOn(word: string, at: number, previous: string): boolean {
  if (word.startsWith('لل')) return false;
  if (at < 2 || PARTICLES.has(previous) || word.startsWith(DEFINITE)) return true;
  return !FUSED_PREPOSITION.test(word);
}

export function uncasedNames(body: string, tokens: Token[], lex: Lexicon): UncasedName[] {
  const out: UncasedName[] = [];
  const gap = (k: number) => (k < tokens.length && k > 0 ? body.slice(tokens[k - 1].end, tokens[k].start) : '');
  const adjacent = (k: number) => /^\s+$/.test(gap(k));
  // "وزير داخلية كتالونيا، يواخيم فورن،": the name set off by a comma after its office.
  const apposed = (k: number) => /^\s*[،,–—-]\s*$/.test(gap(k)) && /[،,–—-]/.test(gap(k));
  const plain = (w: string) => !lex.functionWords.has(w) && !lex.prepositions.has(w) && !lex.speechVerbs.has(w) && !lex.complementisers.has(w) && !isTitle(lex, w);
  const nameFrom = (k: number): number => {
    let end = k;
    while (end + 1 < tokens.length && end - k < 2 && adjacent(end + 1) && plain(tokens[end + 1].text) && nameGoesOn(tokens[end + 1].text, end - k + 1, tokens[end].text)) end++;
    return end;
  };
  for (let i = 0; i < tokens.length; i++) {
    if (!isTitle(lex, tokens[i].text)) continue;
    let title = tokens[i].text;
    let k = i + 1;
    // Further titles, "باسم X" and the office's complement ("الخارجية الروسي", "خارجية روسيا",
    // "داخلية إقليم كتالونيا": a construct noun's complement may be one itself; its last is what they are of).
    let of = false;
    while (adjacent(k)) {
      const w = tokens[k].text;
      if (isTitle(lex, w)) title = w;
      else if (w === ON_BEHALF || lex.officeComplements.has(w)) of = true;
      else if (of) of = false;
      else if (!w.startsWith(DEFINITE)) break;
      k++;
    }
    if (!(adjacent(k) || (apposed(k) && k > i + 1)) || !plain(tokens[k].text)) continue;
    const end = nameFrom(k);
    if (end === k) continue;
    out.push({ start: tokens[k].start, end: tokens[end].end, title });
    i = end;
  }
  // "وقال ميو نيونت المتحدث باسم الحزب", "وقال سيباستيان رودز ستامبا، رئيس فريق …", "صرح محمد ليث
  // أحد القادة": a speech verb, then the name, then the office (or "one of") in apposition.
  for (let i = 0; i + 3 < tokens.length; i++) {
    if (!lex.speechVerbs.has(tokens[i].text) || !adjacent(i + 1) || !adjacent(i + 2)) continue;
    const first = tokens[i + 1].text;
    if (!plain(first) || first.startsWith(DEFINITE)) continue;
    let end = i + 2;
    if (!plain(tokens[end].text)) continue;
    if (!opensApposition(lex, tokens[end + 1]?.text) && adjacent(end + 1) && plain(tokens[end + 1].text) && nameGoesOn(tokens[end + 1].text, 2, tokens[end].text) && end + 2 < tokens.length) end++;
    if (!opensApposition(lex, tokens[end + 1]?.text) || !(adjacent(end + 1) || apposed(end + 1))) continue;
    if (out.some((n) => n.start <= tokens[end].end && tokens[i + 1].start <= n.end)) continue;
    out.push({ start: tokens[i + 1].start, end: tokens[end].end, title: tokens[end + 1].text });
  }
  // The name's last word standing alone elsewhere ("وقال مليقطة" after "عبد المجيد مليقطة").
  const found = out.map((n) => body.slice(n.start, n.end).split(/\s+/));
  const lastWords = new Set(found.filter((w) => w.length > 1).map((w) => w[w.length - 1]));
  for (let i = 1; i < tokens.length; i++) {
    const w = tokens[i].text;
    if (!lastWords.has(w) || !lex.speechVerbs.has(tokens[i - 1].text) || !adjacent(i) || out.some((n) => n.start <= tokens[i].start && tokens[i].start < n.end)) continue;
    out.push({ start: tokens[i].start, end: tokens[i].end, title: '' });
  }
  return out.sort((a, b) => a.start - b.start);
}

// "One of" ("أحد القادة"): an apposition saying what a person is, as an office does.
const ONE_OF = new Set(['أحد', 'احد', 'إحدى', 'احدى']);
const opensApposition = (lex: Lexicon, w: string | undefined): boolean => w !== undefined && (isTitle(lex, w) || ONE_OF.has(w));

// A name in katakana: two characters or more, its parts joined by a middle dot or an equals sign
// ("ワケル・ウズ・ザマン", "ジャン＝リュック"), then up to four kanji of what the office is of
// ("財務", "最高経営") before the office word.
const KATAKANA_NAME = '[\\u30a1-\\u30fa\\u30fc](?:[\\u30a1-\\u30fa\\u30fc・＝=]*[\\u30a1-\\u30fa\\u30fc])?';
const suffixed = new WeakMap<Lexicon, RegExp>();

/**
 * Names in katakana right before an office or honorific word of the language ("プーチン大統領",
 * "ケロール財務大臣"); not a country before its office ("ロシア外相": Russia's foreign minister).
 */
export function suffixedNames(body: string, lex: Lexicon): UncasedName[] {
  let re = suffixed.get(lex);
  if (!re) suffixed.set(lex, (re = new RegExp(`(${KATAKANA_NAME})([\\u4e00-\\u9fff]{0,4}?)(${lex.suffixTitles.join('|')})`, 'g')));
  const out: UncasedName[] = [];
  for (const m of body.matchAll(re)) {
    const [, name, office, title] = m;
    if (name.length < (office ? 3 : 2) || /^[ー・＝=]/.test(name) || isCountryIn(name, lex.language) || curatedGroup(name)?.type === 'place') continue;
    out.push({ start: m.index, end: m.index + name.length, title: office + title });
  }
  return out;
}

// Chinese writes a foreign person's name with a middle dot between its parts ("安东尼奥·卢比诺",
// "基拉·亚米什"); a name without one is not told from the words around it. Nothing marks where the
// name begins and ends in running text: a part is taken at four characters at most (most
// transliterated given names and surnames), so a word glued before or after is cut short.
/** The middle dots that part a foreign name written in Chinese or Japanese. */
export const NAME_DOT = /[·•・‧]/;
const DOTTED_NAME = new RegExp(`[\\u4e00-\\u9fff]{2,4}(?:${NAME_DOT.source}[\\u4e00-\\u9fff]{1,4})+`, 'g');

// Offices written right before a name ("总理纳吉布·拉扎克", "市长安娜·凯洛尔"): no part of it.
const TITLES_BEFORE = ['总理', '总统', '主席', '部长', '外长', '防长', '发言人', '首相', '国王', '女王', '大使', '议员', '司机', '记者', '局长', '主任', '总裁', '市长', '州长', '省长', '教授', '法官', '将军', '司令', '领导人', '负责人', '女士', '先生', '夫人', '官员', '律师', '母亲', '父亲', '妻子', '丈夫', '国务卿', '秘书长', '总书记', '首席执行官', '董事长', '警长', '检察官', '主教', '教皇', '队长', '船长', '机长', '院长', '校长', '总监', '专家', '议长', '特使', '代表', '领袖', '居民', '村民', '目击者', '预报员', '研究员', '分析师', '经理', '工程师', '医生', '警察', '志愿者', '幸存者', '家属'];
// Words glued before or after a name in running text: "还有科拉多·库萨努", "拉扎克此前", "卢比诺将",
// and the day after it ("凯洛尔周三", "星期三", "今天", "昨天", "当天").
const GLUED_BEFORE = new Set([...'还有是在的和与及被由向对给让称说据为将把从跟同也']);
const GLUED_AFTER = /[此将在说表的等称和与也已曾对向于则都就还又被是所周星今昨当]/;

/** Names of Chinese text written with a middle dot between their parts: persons, glued words and offices cut off. */
export function dottedNames(body: string): UncasedName[] {
  const out: UncasedName[] = [];
  for (const m of body.matchAll(DOTTED_NAME)) {
    let start = m.index;
    let end = start + m[0].length;
    const parts = m[0].split(NAME_DOT);
    let first = parts[0];
    const last = parts[parts.length - 1];
    // The office may end on the name's first character or lie wholly inside its first part.
    let office = TITLES_BEFORE.find((t) => (body.slice(start - t.length + 1, start) + first[0]) === t);
    if (office && first.length > 2) [start, first] = [start + 1, first.slice(1)];
    const inside = office ? undefined : TITLES_BEFORE.find((t) => first.startsWith(t) && first.length - t.length >= 2);
    if (inside) [start, first, office] = [start + inside.length, first.slice(inside.length), inside];
    while (GLUED_BEFORE.has(first[0]) && first.length > 2) [start, first] = [start + 1, first.slice(1)];
    const glued = last.slice(2).search(GLUED_AFTER);
    if (glued >= 0) end -= last.length - 2 - glued;
    out.push({ start, end, title: office ?? '' });
  }
  return out;
}

// A Chinese or a transliterated name with no dot stands between an office and the speech verb it
// is the subject of: "总统普京周三表示", "外交部发言人汪文斌说", "国务卿布林肯3日在记者会上表示".
// Nothing else marks where it begins and ends: it is read only there, two to five characters long,
// with no character a name does not hold (a particle, a pronoun, a verb of speech).
const NOT_IN_NAME = /[的是在和与及对向将说表称了也都就还又被所于为从把这那其他她我们你会已曾要并等以]/;
const NAME_TIME = '(?:周[一二三四五六日末]|星期[一二三四五六日天]|今天|昨天|当天|日前|此前|近日|当地时间|[0-9０-９]{1,2}日)?';
const NAME_PLACE = '(?:[在对向通][^，。；！？“”「」]{0,12}?)?';
// An adverb may stand before the verb ("则批评说", "也表示"), and a verb of warning or criticism before 说.
const SPEECH_AFTER_NAME = '(?:则|也|还|又|并|随后|再次)?(?:批评|警告|呼吁|解释|回忆)?(?:说|表示|称|指出|强调|透露|坦言|告诉|宣布|回应|补充|写道)';
let officeRe: RegExp | undefined;

/** Chinese names between an office word and the speech verb whose subject they are (see above). */
export function officeNames(body: string): UncasedName[] {
  officeRe ??= new RegExp(`(${[...TITLES_BEFORE].sort((a, b) => b.length - a.length).join('|')})([\\u4e00-\\u9fff]{2,5}?)(?=${NAME_TIME}${NAME_PLACE}${SPEECH_AFTER_NAME})`, 'g');
  const out: UncasedName[] = [];
  for (const m of body.matchAll(officeRe)) {
    const [, office, name] = m;
    if (NOT_IN_NAME.test(name) || TITLES_BEFORE.some((t) => name.startsWith(t) || name.endsWith(t))) continue;
    const start = m.index + office.length;
    out.push({ start, end: start + name.length, title: office });
  }
  return out;
}

// Korean writes names in Hangul, without capitals, spaced like other words, next to an office:
// before it ("팡 사무총장은", "트럼프 대통령은") or after it ("사령관 모하메드 리스는"). A word ending
// in one of these offices is one ("국무장관", "사무총장"); a particle may follow it.
const KO_TITLES = [
  '대통령', '총리', '장관', '대변인', '총장', '사령관', '위원장', '의장', '대표', '회장', '시장', '지사', '국왕',
  '여왕', '왕세자', '교수', '박사', '감독', '대사', '청장', '국장', '차관', '총재', '지도자', '지휘관', '주석',
  '총통', '수상', '판사', '검사', '변호사', '특파원', '소장', '원장', '단장', '본부장', '실장', '대령', '장군',
  '사장', '부장', '서장', '경찰청장', '조정관', '보좌관', '고문', '의원', '교황',
];
// Particles after a noun: topic, subject, genitive, "also", "to", honorific subject; "인" makes an office an apposition ("지도자인").
const KO_PARTICLE = /(?:께서|에게|은|는|이|가|의|도|인)$/u;
const KO_TOPIC = /(?:께서|은|는|이|가)$/u;
// Nouns of a body, a place or a role that stand before an office as names do.
const KO_NOT_NAME = /(?:부|청|처|회|국|군|당|단|적십자|정부|경찰|당국|관계자|현지|동부|서부|남부|북부|과도|임시)$/u;
const HANGUL_WORD = /^[\uac00-\ud7a3]+$/u;
// A ministry, agency, office, institute or committee: the body an office named after a person is of.
const KO_BODY = /(?:부|청|처|원|회)$/u;

/** Korean names next to an office word (see above), with the office as their title. */
export function koreanNames(body: string, lex: Lexicon): UncasedName[] {
  const words = [...body.matchAll(/[^\s"“”'‘’(),.]+/gu)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
  const adjacent = (a: number, b: number) => /^[ \u00a0]+$/.test(body.slice(words[a].end, words[b].start));
  const stem = (w: string) => w.replace(KO_PARTICLE, '');
  const office = (w: string) => HANGUL_WORD.test(w) && KO_TITLES.some((t) => stem(w).endsWith(t) && stem(w).length <= t.length + 4);
  const plainName = (w: string) => HANGUL_WORD.test(w) && !office(w) && !KO_NOT_NAME.test(w) && !isCountryIn(w, lex.language) && !lex.functionWords.has(w);
  const out: UncasedName[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!office(words[i].text)) continue;
    const title = stem(words[i].text);
    // After the office: up to three words, the last marked as topic or subject.
    if (!KO_PARTICLE.test(words[i].text) || words[i].text.endsWith('인')) {
      let k = i + 1;
      while (k < words.length && k - i <= 3 && adjacent(k - 1, k) && !KO_TOPIC.test(words[k].text) && plainName(words[k].text)) k++;
      if (k < words.length && k - i <= 3 && adjacent(k - 1, k) && KO_TOPIC.test(words[k].text) && plainName(stem(words[k].text))) {
        out.push({ start: words[i + 1].start, end: words[k].start + stem(words[k].text).length, title });
        i = k;
        continue;
      }
    }
    // Before it: the word right before, a name when nothing marks it as a body, a place or a case;
    // or before the body the office is of ("김민수 국토교통부 장관은").
    let b = i - 1;
    if (b > 0 && adjacent(b, i) && HANGUL_WORD.test(words[b].text) && KO_BODY.test(words[b].text) && !KO_PARTICLE.test(words[b].text)) b--;
    if (b >= 0 && adjacent(b, b + 1) && plainName(words[b].text) && !KO_PARTICLE.test(words[b].text) && !out.some((n) => n.end >= words[b].end)) {
      out.push({ start: words[b].start, end: words[b].end, title });
    }
  }
  // The same surname elsewhere in the article, with the given name written before it ("그웬돌린 팡
  // 필리핀 적십자 사무총장은" where "팡 사무총장은" named her).
  const surnames = new Set(out.map((n) => body.slice(n.start, n.end).split(/\s+/).pop()!));
  for (let i = 0; i < words.length; i++) {
    if (!surnames.has(stem(words[i].text)) || out.some((n) => n.start <= words[i].start && words[i].start < n.end)) continue;
    const given = i > 0 && adjacent(i - 1, i) && plainName(words[i - 1].text) && !KO_PARTICLE.test(words[i - 1].text) && !surnames.has(words[i - 1].text);
    out.push({ start: words[given ? i - 1 : i].start, end: words[i].start + stem(words[i].text).length, title: '' });
  }
  return out.sort((a, b) => a.start - b.start);
}

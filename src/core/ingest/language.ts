// The language of an article (ISO 639-1). A language the input states wins; otherwise eld's n-gram
// detector reads the headline and the start of the body. eld's "small" table is as accurate as the
// larger ones on news text (see README) and loads faster.
import { eld } from 'eld/small';

/** How much text the detector reads: a few sentences decide; more only costs time. */
const SAMPLE_CHARS = 600;
/** Below this many letters a guess is noise. */
const MIN_LETTERS = 12;

/**
 * A stated language as a lower-case ISO 639 code: 'en-US', 'pt_BR', 'EN' -> 'en', 'pt', 'en'.
 * A three-letter code (e.g. 'pcm') is kept; anything else is null.
 */
export function normaliseLanguage(value: string | null | undefined): string | null {
  const m = /^\s*([a-z]{2,3})(?:[-_][a-z0-9]{2,8})*\s*$/i.exec(value ?? '');
  return m ? m[1]!.toLowerCase() : null;
}

/** ISO 639-1 code of the text's language, or null when there is too little text to tell. */
export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, SAMPLE_CHARS);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS) return null;
  const language = eld.detect(sample).language || null;
  return language === 'ms' ? malayOrIndonesian(text.slice(0, SAMPLE_CHARS * 4)) : language;
}

// eld has no Indonesian: it reads it as Malay, the language it is a standard of. The two spell a
// few common words apart; whichever set of spellings the text uses more decides.
const INDONESIAN = new Set(['bahwa', 'karena', 'pemerintah', 'polisi', 'uang', 'bisa', 'saja', 'kantor', 'mengatakan', 'tersebut', 'kepolisian', 'sejumlah', 'sementara']);
const MALAY = new Set(['bahawa', 'kerana', 'kerajaan', 'polis', 'wang', 'boleh', 'sahaja', 'pejabat', 'ialah', 'iaitu', 'berkata', 'daripada', 'selepas']);

function malayOrIndonesian(text: string): 'ms' | 'id' {
  let score = 0;
  for (const w of text.toLowerCase().match(/\p{L}+/gu) ?? []) score += INDONESIAN.has(w) ? 1 : MALAY.has(w) ? -1 : 0;
  return score > 0 ? 'id' : 'ms';
}

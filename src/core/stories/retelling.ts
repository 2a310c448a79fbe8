// A report that opens by telling its events in the past perfect ("Velikov had led the revolt",
// "Velikov hatte den Aufstand angeführt", "la nave había chocado") looks back on them from a later time: news of the
// day opens in the present perfect or the simple past. Read from the opening sentence only, where
// a report of the day states its news; background further down is in the past perfect in any
// report. Alone it dates nothing (see peel.ts: with a time of its own after the story's days).

// Per language: an auxiliary of the past perfect, then within the sentence a past participle.
const PAST_PERFECT: Record<string, RegExp> = {
  en: /(?<!\p{L})(?:had|hadn['’]t)\s+(?:(?:not|already|just|been|never)\s+)*(?:\p{L}{2,}(?:ed|en|wn|ght|ung|ne)|led|left|met|made|said|sent|set|put|won|lost|fled|held|told|come|run|struck|hit|built|spent|become)(?!\p{L})/iu,
  de: /(?<!\p{L})(?:hatte|hatten|hattest|war|waren)(?!\p{L})[^.!?;:]{0,120}?(?<!\p{L})(?:\p{L}*ge\p{L}{2,}(?:t|en)|\p{L}{3,}iert)(?!\p{L})/iu,
  es: /(?<!\p{L})(?:había|habían|habíamos)\s+\p{L}{2,}(?:ado|ido|to|cho)(?!\p{L})/iu,
  pt: /(?<!\p{L})(?:tinha|tinham|havia|haviam)\s+\p{L}{2,}(?:ado|ido|to)(?!\p{L})/iu,
  fr: /(?<!\p{L})(?:avait|avaient|était|étaient)\s+(?:(?:déjà|été|pas|jamais)\s+)*\p{L}{2,}(?:é|ée|és|ées|i|is|ie|it|u|ue|us|ert|int)(?!\p{L})/iu,
  it: /(?<!\p{L})(?:aveva|avevano|era|erano)\s+(?:(?:già|stato|stata|stati|state)\s+)*\p{L}{2,}(?:ato|ata|ati|ate|ito|ita|iti|ite|uto|uta|uti|ute|so|sa|tto|tta)(?!\p{L})/iu,
  nl: /(?<!\p{L})(?:had|hadden|was|waren)(?!\p{L})[^.!?;:]{0,120}?(?<!\p{L})ge\p{L}{2,}(?:d|t|en)(?!\p{L})/iu,
};

/** Whether the opening sentence tells its events in the past perfect, in a language read here. */
export function opensInPastPerfect(opening: string, language: string | null | undefined): boolean {
  const pattern = PAST_PERFECT[language ?? 'en'];
  return pattern !== undefined && pattern.test(opening);
}

// Turkish news prose: speech verbs (past, present, the quotative "diye"), "göre", titles that
// precede the name ("Sağlık Bakanı X", "Cumhurbaşkanı X"), months. Turkish writes no articles and
// drops its subject; the verb closes the clause, after the quote.
import type { LanguageData } from './types.js';

export const tr: LanguageData = {
  speechVerbs: `
    dedi söyledi açıkladı belirtti kaydetti vurguladı konuştu yazdı paylaştı sordu bildirdi aktardı
    anlattı ekledi duyurdu savundu uyardı hatırlattı yanıtladı seslendi değerlendirdi ifade
    diyor söylüyor belirtiyor açıklıyor vurguluyor diyerek diye dedikten söyleyerek
    ifadelerini ifadesini sözlerini paylaşımında`,
  continuationVerbs: 'ekledi ekleyerek',
  according: 'göre',
  mediaNouns: 'kanalı gazetesi televizyonu ajansı',
  complementisers: 'ki',
  selfWords: 'ben',
  speechNouns: 'konuşma mesaj açıklama taziye',
  statementNouns: 'açıklama açıklamasında mesajında bakanlık hükümet',
  orgWords: 'bakanlığı bakanlık hükümet polis ordu parti mahkeme meclis komisyon ajans banka üniversite büyükelçiliği valiliği belediyesi kurumu afad',
  titles: `
    cumhurbaşkanı başbakan bakan bakanı sözcüsü başkanı başkan müdürü valisi vali sanatçı
    milletvekili general komutanı büyükelçi lider lideri bay bayan dr prof hakim hakimi yargıç
    yargıcı savcı savcısı başsavcı başsavcısı kaptan kaptanı şef şefi direktör direktörü
    yöneticisi temsilcisi sekreteri müsteşarı`,
  roleHeads: { cumhurbaşkanı: ['cumhurbaşkanı'], bakanı: ['bakanı', 'bakan'], başkanı: ['başkanı', 'başkan'], sözcüsü: ['sözcüsü'] },
  prepositions: 'ile için gibi kadar sonra önce karşı doğru',
  months: 'ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık',
  weekdays: 'pazartesi salı çarşamba perşembe cuma cumartesi pazar',
  abbreviations: 'dr prof bin mln mlr',
  decimalComma: true,
  noArticles: true,
  apostropheEndings: true,
  timeWords: 'dün bugün yarın sabah akşam gece',
};

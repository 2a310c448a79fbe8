// Indonesian and Malay news prose: speech verbs after the quote with the clitic -nya ("ujarnya",
// "katanya", "ungkap jubir X"), "menurut", offices before a name, numbers with a decimal comma.
// One list serves both: the detector reads most Indonesian as Malay, and their news verbs are shared.
import type { LanguageData } from './types.js';

/** Each verb, and its form with the third-person clitic that news writes after a quote ("ujarnya"). */
const withNya = (words: string): string =>
  words
    .trim()
    .split(/\s+/)
    .flatMap((w) => [w, `${w}nya`])
    .join(' ');

export const id: LanguageData = {
  speechVerbs:
    withNya(`
      kata ujar ungkap tutur jelas tegas tambah sebut klaim lanjut papar terang kilah imbuh ucap tulis cuit
      akui bantah tuding ingatkan sampaikan umumkan nyatakan`) +
    ` mengatakan berkata menyatakan mengungkapkan menuturkan menjelaskan menegaskan menambahkan menyebut
      menyebutkan mengklaim memaparkan menerangkan mengucapkan menulis mengakui membantah menuding
      mengingatkan menyampaikan mengumumkan bilang melanjutkan memberitahu mendakwa`,
  continuationVerbs: withNya('tambah lanjut imbuh') + ' menambahkan melanjutkan',
  according: 'menurut',
  complementisers: 'bahwa bahawa',
  relatives: 'yang',
  selfWords: 'saya aku',
  pronouns: { dia: 'x', ia: 'x', beliau: 'x', mereka: 'p' },
  speechNouns: 'pidato pesan pernyataan',
  statementNouns: 'pernyataan siaran kementerian pemerintah kerajaan kedutaan',
  orgWords: `
    kementerian kepolisian polisi polis tentara partai pengadilan mahkamah dewan komisi badan lembaga
    bank universitas universiti kedutaan pemerintah kerajaan angkatan majelis`,
  nameConnectors: 'bin binti',
  titles: `
    presiden wakil menteri perdana juru jubir kepala direktur pengarah gubernur walikota wali bupati
    jenderal kolonel kapten komandan duta dubes ketua sekretaris sekjen panglima kapolri kapolda
    kapolres raja ratu pangeran sultan hakim jaksa profesor prof dr bapak ibu pak bu tuan puan datuk
    bicara besar luar negeri dalam pertahanan keuangan kesehatan perhubungan koordinator
    pekerjaan umum sosial agama perdagangan perindustrian pertanian energi hukum pendidikan
    lingkungan kehutanan kelautan perikanan pariwisata ketenagakerjaan perumahan kebudayaan`,
  maleTitles: 'bapak pak tuan raja pangeran sultan',
  femaleTitles: 'ibu bu puan ratu',
  prepositions: 'di ke dari pada kepada untuk dengan oleh dalam tentang bagi antara hingga sampai sejak terhadap',
  months: 'januari februari maret april mei juni juli agustus september oktober november desember mac julai ogos disember',
  weekdays: 'senin selasa rabu kamis jumat sabtu minggu isnin khamis ahad',
  timeWords: 'kemarin semalam besok pagi siang sore petang malam',
  abbreviations: 'dr prof no hlm',
  decimalComma: true,
  numbers: {
    satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, lapan: 8, sembilan: 9, sepuluh: 10,
    sebelas: 11, seratus: 100, seribu: 1000,
  },
  scales: { ribu: 1e3, juta: 1e6, miliar: 1e9, bilion: 1e9, triliun: 1e12 },
  units: { persen: '%', peratus: '%', dolar: 'USD', rupiah: 'IDR', ringgit: 'MYR', euro: 'EUR', kilometer: 'km', tahun: 'years', hari: 'days' },
  approximators: ['sekitar', 'lebih dari', 'kurang dari', 'hampir', 'setidaknya', 'sedikitnya', 'kira-kira'],
};

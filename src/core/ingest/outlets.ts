// A registry of widely read news outlets (web host -> the name the outlet uses for itself), so a
// URL host becomes a readable outlet name and a mangled host can be recognised. Not exhaustive:
// an unknown host still names its outlet by the host itself.

const REGISTRY: [string, string][] = [
  // wire services and international broadcasters
  ['reuters.com', 'Reuters'], ['apnews.com', 'AP'], ['afp.com', 'AFP'], ['upi.com', 'UPI'],
  ['efe.com', 'EFE'], ['bloomberg.com', 'Bloomberg'], ['bbc.com', 'BBC'], ['bbc.co.uk', 'BBC'],
  ['cnn.com', 'CNN'], ['aljazeera.com', 'Al Jazeera'], ['aljazeera.net', 'Al Jazeera'],
  ['france24.com', 'France 24'], ['dw.com', 'DW'], ['euronews.com', 'Euronews'],
  ['voanews.com', 'VOA'], ['rferl.org', 'RFE/RL'], ['rt.com', 'RT'], ['sputniknews.com', 'Sputnik'],
  ['sputnikglobe.com', 'Sputnik'], ['tass.com', 'TASS'], ['tass.ru', 'TASS'], ['ria.ru', 'RIA Novosti'],
  ['presstv.ir', 'Press TV'], ['presstv.com', 'Press TV'], ['trtworld.com', 'TRT World'],
  ['aa.com.tr', 'Anadolu Agency'], ['xinhuanet.com', 'Xinhua'], ['news.cn', 'Xinhua'], ['cgtn.com', 'CGTN'],
  ['nhk.or.jp', 'NHK'], ['yna.co.kr', 'Yonhap'], ['alarabiya.net', 'Al Arabiya'], ['skynews.com', 'Sky News'],
  ['news.sky.com', 'Sky News'], ['abc.net.au', 'ABC News (Australia)'], ['cbc.ca', 'CBC'],
  // United States
  ['nytimes.com', 'The New York Times'], ['washingtonpost.com', 'The Washington Post'],
  ['wsj.com', 'The Wall Street Journal'], ['usatoday.com', 'USA Today'], ['latimes.com', 'Los Angeles Times'],
  ['chicagotribune.com', 'Chicago Tribune'], ['bostonglobe.com', 'The Boston Globe'], ['npr.org', 'NPR'],
  ['foxnews.com', 'Fox News'], ['nbcnews.com', 'NBC News'], ['cbsnews.com', 'CBS News'],
  ['abcnews.go.com', 'ABC News'], ['msnbc.com', 'MSNBC'], ['cnbc.com', 'CNBC'], ['politico.com', 'Politico'],
  ['politico.eu', 'Politico Europe'], ['axios.com', 'Axios'], ['thehill.com', 'The Hill'],
  ['newsweek.com', 'Newsweek'], ['time.com', 'Time'], ['theatlantic.com', 'The Atlantic'],
  ['newyorker.com', 'The New Yorker'], ['huffpost.com', 'HuffPost'], ['vox.com', 'Vox'],
  ['buzzfeednews.com', 'BuzzFeed News'], ['vice.com', 'Vice'], ['slate.com', 'Slate'],
  ['theintercept.com', 'The Intercept'], ['propublica.org', 'ProPublica'], ['breitbart.com', 'Breitbart'],
  ['nypost.com', 'New York Post'], ['washingtontimes.com', 'The Washington Times'],
  ['businessinsider.com', 'Business Insider'], ['forbes.com', 'Forbes'], ['fortune.com', 'Fortune'],
  ['wired.com', 'Wired'], ['theverge.com', 'The Verge'], ['techcrunch.com', 'TechCrunch'],
  ['arstechnica.com', 'Ars Technica'], ['csmonitor.com', 'The Christian Science Monitor'],
  ['nationalreview.com', 'National Review'], ['motherjones.com', 'Mother Jones'],
  ['foreignpolicy.com', 'Foreign Policy'], ['foreignaffairs.com', 'Foreign Affairs'],
  ['defensenews.com', 'Defense News'], ['military.com', 'Military.com'], ['stripes.com', 'Stars and Stripes'],
  // United Kingdom and Ireland
  ['theguardian.com', 'The Guardian'], ['independent.co.uk', 'The Independent'],
  ['telegraph.co.uk', 'The Telegraph'], ['thetimes.co.uk', 'The Times'], ['ft.com', 'Financial Times'],
  ['economist.com', 'The Economist'], ['dailymail.co.uk', 'Daily Mail'], ['mirror.co.uk', 'Daily Mirror'],
  ['thesun.co.uk', 'The Sun'], ['express.co.uk', 'Daily Express'], ['standard.co.uk', 'Evening Standard'],
['newstatesman.com', 'New Statesman'], ['spectator.co.uk', 'The Spectator'],
  ['irishtimes.com', 'The Irish Times'], ['rte.ie', 'RTÉ'], ['scotsman.com', 'The Scotsman'],
  // Europe
  ['lemonde.fr', 'Le Monde'], ['lefigaro.fr', 'Le Figaro'], ['liberation.fr', 'Libération'],
  ['spiegel.de', 'Der Spiegel'], ['zeit.de', 'Die Zeit'], ['faz.net', 'Frankfurter Allgemeine Zeitung'],
  ['sueddeutsche.de', 'Süddeutsche Zeitung'], ['bild.de', 'Bild'], ['welt.de', 'Die Welt'],
  ['elpais.com', 'El País'], ['elmundo.es', 'El Mundo'], ['corriere.it', 'Corriere della Sera'],
  ['repubblica.it', 'la Repubblica'], ['ansa.it', 'ANSA'], ['nos.nl', 'NOS'], ['swissinfo.ch', 'Swissinfo'],
  ['euractiv.com', 'Euractiv'], ['ekathimerini.com', 'Kathimerini'], ['notesfrompoland.com', 'Notes from Poland'],
  ['kyivindependent.com', 'The Kyiv Independent'], ['kyivpost.com', 'Kyiv Post'], ['ukrinform.net', 'Ukrinform'],
  ['pravda.com.ua', 'Ukrainska Pravda'], ['themoscowtimes.com', 'The Moscow Times'], ['meduza.io', 'Meduza'],
  ['kommersant.ru', 'Kommersant'], ['interfax.com', 'Interfax'], ['interfax.ru', 'Interfax'],
  ['novayagazeta.eu', 'Novaya Gazeta Europe'], ['rbc.ru', 'RBC'],
  // Middle East and Africa
  ['haaretz.com', 'Haaretz'], ['timesofisrael.com', 'The Times of Israel'], ['jpost.com', 'The Jerusalem Post'],
  ['ynetnews.com', 'Ynet News'], ['tehrantimes.com', 'Tehran Times'], ['irna.ir', 'IRNA'],
  ['tasnimnews.com', 'Tasnim'], ['farsnews.ir', 'Fars News'], ['arabnews.com', 'Arab News'],
  ['thenationalnews.com', 'The National'], ['middleeasteye.net', 'Middle East Eye'],
  ['english.ahram.org.eg', 'Ahram Online'], ['sana.sy', 'SANA'], ['dailysabah.com', 'Daily Sabah'],
  ['hurriyetdailynews.com', 'Hürriyet Daily News'], ['rudaw.net', 'Rudaw'], ['news24.com', 'News24'],
  ['mg.co.za', 'Mail & Guardian'], ['allafrica.com', 'AllAfrica'], ['nation.africa', 'Nation'],
  ['premiumtimesng.com', 'Premium Times'], ['punchng.com', 'Punch'],
  // Asia and Oceania
  ['scmp.com', 'South China Morning Post'], ['globaltimes.cn', 'Global Times'],
  ['chinadaily.com.cn', 'China Daily'], ['japantimes.co.jp', 'The Japan Times'], ['asahi.com', 'Asahi Shimbun'],
  ['koreaherald.com', 'The Korea Herald'], ['koreatimes.co.kr', 'The Korea Times'], ['thehindu.com', 'The Hindu'],
  ['hindustantimes.com', 'Hindustan Times'], ['timesofindia.indiatimes.com', 'The Times of India'],
  ['indianexpress.com', 'The Indian Express'], ['ndtv.com', 'NDTV'], ['dawn.com', 'Dawn'],
  ['straitstimes.com', 'The Straits Times'], ['channelnewsasia.com', 'CNA'], ['bangkokpost.com', 'Bangkok Post'],
  ['rappler.com', 'Rappler'], ['smh.com.au', 'The Sydney Morning Herald'], ['theage.com.au', 'The Age'],
  ['theaustralian.com.au', 'The Australian'], ['nzherald.co.nz', 'The New Zealand Herald'],
  ['theglobeandmail.com', 'The Globe and Mail'], ['thestar.com', 'Toronto Star'],
  // Latin America
  ['clarin.com', 'Clarín'], ['lanacion.com.ar', 'La Nación'], ['folha.uol.com.br', 'Folha de S.Paulo'],
  ['globo.com', 'O Globo'], ['eluniversal.com.mx', 'El Universal'], ['telesurenglish.net', 'teleSUR'],
];

// Other spellings corpora use for the same outlets.
const ALIASES: [string, string][] = [
  ['Associated Press', 'AP'], ['Agence France-Presse', 'AFP'], ['Agence France Presse', 'AFP'], ['BBC News', 'BBC'],
  ['NYT', 'The New York Times'], ['WSJ', 'The Wall Street Journal'], ['FT', 'Financial Times'],
  ['Thomson Reuters', 'Reuters'], ['Deutsche Welle', 'DW'], ['Voice of America', 'VOA'],
  ['Radio Free Europe/Radio Liberty', 'RFE/RL'], ['Xinhua News Agency', 'Xinhua'], ['Al Jazeera English', 'Al Jazeera'],
];

const BY_HOST = new Map(REGISTRY);
/** Lower-cased name without a leading "the": "The Guardian", "Guardian" and "the guardian" meet. */
const nameKey = (name: string) => name.trim().toLowerCase().replace(/^the\s+/, '');
const KNOWN_NAMES = new Map<string, string>([
  ...REGISTRY.map(([, name]): [string, string] => [nameKey(name), name]),
  ...ALIASES.map(([alias, name]): [string, string] => [nameKey(alias), name]),
]);

export function bareHost(host: string): string {
  return host.toLowerCase().replace(/^(?:www\d?|m|mobile|amp|edition|english|en)\./, '');
}

/** Registry name for a host or any parent domain of it (edition.cnn.com -> CNN). */
export function outletForHost(host: string): string | null {
  const parts = host.toLowerCase().split('.');
  for (let i = 0; i < parts.length - 1; i++) {
    const name = BY_HOST.get(parts.slice(i).join('.'));
    if (name) return name;
  }
  return null;
}

/** The registry's spelling of an outlet name, when the name is known (case-insensitive). */
export function knownOutletName(name: string): string | null {
  return KNOWN_NAMES.get(nameKey(name)) ?? null;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}

/**
 * The registry host a garbled host most likely stands for (scraping artefacts such as
 * "erxample.com" for "example.com"): same public suffix, at most two edits, and only when one
 * candidate is clearly closest.
 */
export function repairHost(host: string): string | null {
  const bare = bareHost(host);
  if (BY_HOST.has(bare)) return bare;
  const dot = bare.indexOf('.');
  if (dot < 4) return null;
  const label = bare.slice(0, dot);
  const suffix = bare.slice(dot);
  let best: string | null = null;
  let bestDistance = Infinity;
  let tie = false;
  for (const known of BY_HOST.keys()) {
    if (!known.endsWith(suffix) || known.length - suffix.length < 4) continue;
    const d = editDistance(label, known.slice(0, known.length - suffix.length));
    if (d < bestDistance) [best, bestDistance, tie] = [known, d, false];
    else if (d === bestDistance) tie = true;
  }
  const limit = Math.min(2, Math.floor(label.length / 3));
  return best && !tie && bestDistance <= limit ? best : null;
}

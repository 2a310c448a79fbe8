// Spanish news prose: speech verbs in the tenses reporting uses, "según", titles, numbers.
import { sameFor, type LanguageData } from './types.js';

export const es: LanguageData = {
  speechVerbs: `
    consignó consigna prosiguió prosigue dijo dice dicen dijeron decía afirmó afirma afirmaron aseguró asegura aseguraron declaró declara
    declararon explicó explica explicaron añadió añade agregó agrega señaló señala señalaron indicó
    indica indicaron sostuvo sostiene advirtió advierte manifestó expresó apuntó subrayó destacó
    insistió reiteró recordó comentó respondió contestó preguntó anunció anuncia anunciaron informó
    informa informaron denunció reconoció admitió negó niega negaron aclaró precisó agradeció
    escribió tuiteó publicó confirmó confirma confirmaron sentenció remarcó enfatizó puntualizó
    concluyó relató contó lamentó criticó acusó pidió exigió prometió defendió calificó consideró
    estimó opinó replicó zanjó afirmaba aseguraba declaraba explicaba señalaba decía sostenía
    dicho afirmado asegurado declarado anunciado prometido explicado señalado indicado añadido
    advertido subrayado reconocido admitido negado confirmado recordado insistido escrito descrito describió describe leyó gritó grita gritado
    contado agregado relatado comentado manifestado expresado apuntado destacado informado
    precisado aclarado detallado respondido lamentado denunciado publicado tuiteado detalló narró aseveró
    remató comunicó comunica comunicaron comunicado recalcó recalca recalcado
    califica calificaron calificado tachó tacha tacharon tachado tildó tilda tildaron llamó finalizó continuó describió describe describieron describiendo`,
  perfectParticiples: [['ió', 'ido'], ['ó', 'ado']],
  continuationVerbs: 'añadió añade agregó agrega continuó prosiguió prosigue',
  according: 'según acuerdo',
  mediaNouns: 'canal cadena periódico diario televisión emisora',
  addressPrepositions: 'a al',
  passiveMarkers: 'fue fueron sido siendo era eran',
  agentPrepositions: 'por',
  viewpoint: 'para',
  speechPhrases: { acuerdo: ['con'] },
  auxiliaries: 'ha han había habían habría',
  interposed: 'también además luego ya incluso después',
  objectClitics: 'le les me te nos os',
  participles: 'diciendo añadiendo agregando asegurando afirmando señalando explicando indicando',
  complementisers: 'que',
  relatives: 'que quien quienes cuyo cuya donde',
  labelVerbs: 'calificó califica calificaron tildó tilda denominó llamó bautizó',
  selfWords: 'yo',
  pronouns: { él: 'm', ella: 'f', ellos: 'p', ellas: 'p' },
  speechNouns: 'discurso mensaje alocución declaración comparecencia homenaje condolencias pésame',
  statementNouns: 'mensaje tuit comunicado nota declaración ministerio fiscalía embajada gobierno agencia',
  wordNouns: 'palabras',
  companyNouns: 'empresa compañía naviera aerolínea grupo aseguradora fabricante operadora constructora petrolera multinacional armadora distribuidora',
  orgWords: `
    comité fuerzas
    ministerio fiscalía gobierno policía ejército armada partido tribunal consejo comisión agencia
    banco universidad servicio guardia embajada cancillería presidencia congreso senado asamblea
    parlamento secretaría instituto fundación federación asociación sindicato confederación
    dirección oficina departamento corte audiencia juzgado ayuntamiento junta diputación cámara
    autoridad organización frente movimiento alianza coalición unión empresa grupo compañía club`,
  nameConnectors: 'de del para',
  connectorArticles: 'la las los el',
  titles: `
    presidente presidenta ministro ministra secretario secretaria portavoz director directora jefe
    jefa general coronel teniente capitán comandante embajador embajadora alcalde alcaldesa
    gobernador gobernadora rey reina príncipe princesa canciller fiscal juez jueza diputado diputada
    senador senadora líder dirigente vicepresidente vicepresidenta consejero consejera delegado
    delegada sr sra dr dra don doña abogado abogada primer primera vocero vocera
    almirante sargento inspector inspectora`,
  maleTitles: 'sr don rey príncipe',
  femaleTitles: 'sra doña dra reina princesa presidenta ministra secretaria directora jefa embajadora alcaldesa gobernadora jueza diputada senadora',
  roleHeads: {
    presidente: ['presidente'], presidenta: ['presidenta', 'presidente'], ministro: ['ministro', 'ministra'],
    ministra: ['ministra', 'ministro'], portavoz: ['portavoz', 'vocero', 'vocera'], jefe: ['jefe', 'jefa', 'director'],
    jefa: ['jefa', 'jefe', 'directora'], director: ['director'], directora: ['directora'], fiscal: ['fiscal'],
    embajador: ['embajador'], alcalde: ['alcalde'], alcaldesa: ['alcaldesa'], general: ['general'],
    gobernador: ['gobernador'], gobernadora: ['gobernadora', 'gobernador'], 'mano derecha': [],
    mandatario: ['presidente', 'mandatario', 'jefe'], mandataria: ['presidenta', 'mandataria', 'jefa'],
    líder: ['líder', 'dirigente', 'presidente', 'presidenta', 'jefe', 'jefa', 'primer', 'primera'], dirigente: ['dirigente', 'líder', 'presidente', 'presidenta', 'jefe', 'jefa', 'primer', 'primera'],
    activista: [], ambientalista: [],
  },
  officeEquivalents: {
    ...sameFor(['jefe ejecutivo', 'jefa ejecutivo', 'jefe gobierno', 'jefa gobierno'], ['presidente', 'presidenta', 'primer', 'primera', 'canciller']),
    ...sameFor(['jefe estado', 'jefa estado'], ['presidente', 'presidenta', 'rey', 'reina', 'monarca']),
  },
  subjectLeads: 'el la los las un una unos unas su sus este esta otro otra uno',
  possessives: 'su sus',
  unnamedLeads: 'un una unos unas uno otro otra',
  functionWords: `
    el la los las lo un una unos unas y e o u pero sin con de del al en por para según sobre entre
    desde hasta tras ante este esta estos estas ese esa eso aquel su sus mi tu nuestro que qué quien
    quién cuando cuándo donde dónde como cómo porque aunque si no ya más muy también tampoco así
    además sin embargo mientras hoy ayer mañana ahora aquí allí le les se nos`,
  prepositions: 'a ante bajo con contra de del desde durante en entre hacia hasta mediante para por según sin sobre tras al',
  months: 'enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre',
  weekdays: 'lunes martes miércoles jueves viernes sábado domingo',
  abbreviations: 'sr sra srta dr dra av gral lic ing núm pág',
  numbers: {
    cero: 0, uno: 1, un: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8,
    nueve: 9, diez: 10, once: 11, doce: 12, trece: 13, catorce: 14, quince: 15, dieciséis: 16,
    diecisiete: 17, dieciocho: 18, diecinueve: 19, veinte: 20, veintiuno: 21, veintiún: 21, veintidós: 22,
    veintitrés: 23, veinticuatro: 24, veinticinco: 25, veintiséis: 26, veintisiete: 27, veintiocho: 28,
    veintinueve: 29, treinta: 30, cuarenta: 40, cincuenta: 50, sesenta: 60, setenta: 70, ochenta: 80,
    noventa: 90, cien: 100, ciento: 100, doscientos: 200, doscientas: 200, trescientos: 300,
    trescientas: 300, cuatrocientos: 400, cuatrocientas: 400, quinientos: 500, quinientas: 500,
    seiscientos: 600, seiscientas: 600, setecientos: 700, setecientas: 700, ochocientos: 800,
    ochocientas: 800, novecientos: 900, novecientas: 900,
  },
  collectives: { docena: 12, docenas: 12, decena: 10, decenas: 10, veintena: 20, treintena: 30, centenar: 100, centenares: 100 },
  scales: { mil: 1e3, millón: 1e6, millones: 1e6, millardo: 1e9, millardos: 1e9, billón: 1e12, billones: 1e12 },
  numberJoiners: 'y',
  decimalWords: 'coma punto',
  units: {
    euro: 'EUR', euros: 'EUR', dólar: 'USD', dólares: 'USD', libras: 'GBP', rublos: 'RUB', yenes: 'JPY',
    kilómetros: 'km', kilómetro: 'km', metros: 'm', metro: 'm', kilos: 'kg', kilogramos: 'kg',
    toneladas: 't', hectáreas: 'ha', litros: 'l', grados: 'degrees', minutos: 'minutes', horas: 'hours',
    días: 'days', semanas: 'weeks', meses: 'months', años: 'years', segundos: 'seconds',
    '%': '%', porcentaje: '%', 'por ciento': '%',
  },
  decimalComma: true,
  timeWords: 'mañana tarde noche mediodía madrugada ayer hoy anoche',
  approximators: ['unos', 'unas', 'casi', 'aproximadamente', 'cerca de', 'alrededor de', 'más de', 'menos de', 'al menos', 'hasta', 'por lo menos', 'en torno a'],
  measureOf: 'de en',
  shareOf: 'del',
  measureOfArticles: 'la las los el sus',
  amountOwners: 'de',
  verbEndings: 'aron ieron yeron aban ían ó',
  otherWords: 'otro otra otros otras',
  changeLinks: 'un en',
  measureLinks: 'valor monto importe valorado valorada estimado estimada cifrado cifrada total',
};

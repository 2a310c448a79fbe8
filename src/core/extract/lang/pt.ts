// Portuguese news prose: speech verbs, "segundo"/"de acordo com", titles, numbers.
import { sameFor, type LanguageData } from './types.js';

export const pt: LanguageData = {
  speechVerbs: `
    disse diz dizem disseram gritou afirmou afirma afirmaram declarou declara declararam explicou explica
    acrescentou acrescenta ressaltou ressalta salientou destacou sublinhou garantiu garante assegurou
    indicou indica referiu referiu-se frisou reiterou lembrou comentou respondeu anunciou anuncia
    informou informa admitiu reconheceu negou nega confirmou confirma escreveu alertou advertiu
    avisou criticou denunciou defendeu prometeu considerou sustentou observou concluiu contou relatou
    dito afirmado declarado anunciado prometido leu classificou qualificou chamou continuou prosseguiu finalizou descreveu descreve descreveram descrevendo`,
  perfectParticiples: [['ou', 'ado'], ['eu', 'ido'], ['iu', 'ido']],
  continuationVerbs: 'acrescentou acrescenta continuou prosseguiu',
  according: 'segundo conforme acordo',
  mediaNouns: 'canal jornal emissora televisão',
  addressPrepositions: 'a ao à',
  passiveMarkers: 'foi foram sido sendo era eram',
  agentPrepositions: 'por pelo pela pelos pelas',
  viewpoint: 'para',
  speechPhrases: { acordo: ['com'] },
  auxiliaries: 'tem têm tinha havia',
  interposed: 'também ainda depois já',
  objectClitics: 'lhe lhes me te nos vos',
  participles: 'dizendo acrescentando afirmando',
  complementisers: 'que',
  relatives: 'que quem cujo cuja onde',
  labelVerbs: 'classificou chamou qualificou',
  selfWords: 'eu',
  pronouns: { ele: 'm', ela: 'f', eles: 'p', elas: 'p' },
  speechNouns: 'discurso mensagem pronunciamento declaração homenagem condolências pêsames',
  statementNouns: 'mensagem nota comunicado declaração ministério embaixada governo',
  wordNouns: 'palavras',
  companyNouns: 'empresa companhia grupo construtora operadora seguradora fabricante armadora',
  orgWords: `
    comitê forças
    ministério procuradoria governo polícia exército partido tribunal conselho comissão agência banco
    universidade serviço guarda embaixada presidência assembleia senado parlamento secretaria
    instituto fundação federação associação sindicato direção departamento câmara autoridade
    organização frente movimento aliança coligação união grupo empresa`,
  nameConnectors: 'de do da dos das para',
  connectorArticles: '',
  titles: `
    presidente ministro ministra primeiro-ministro primeira-ministra secretário secretária porta-voz diretor diretora chefe general
    coronel tenente capitão comandante embaixador embaixadora prefeito prefeita governador
    governadora rei rainha príncipe princesa procurador procuradora juiz juíza deputado deputada
    senador senadora líder sr sra dr dra dom dona
    almirante sargento inspetor inspetora`,
  roleHeads: {
    presidente: ['presidente'], ministro: ['ministro', 'ministra'], ministra: ['ministra', 'ministro'],
    'primeiro-ministro': ['primeiro-ministro', 'primeira-ministra'], 'primeira-ministra': ['primeira-ministra', 'primeiro-ministro'],
    'porta-voz': ['porta-voz'], chefe: ['chefe', 'diretor', 'diretora'], diretor: ['diretor'], diretora: ['diretora'],
    procurador: ['procurador'], embaixador: ['embaixador'], prefeito: ['prefeito'], prefeita: ['prefeita'], general: ['general'],
    governador: ['governador'], governadora: ['governadora', 'governador'], 'braço direito': [],
    líder: ['líder', 'dirigente', 'presidente', 'chefe', 'primeiro-ministro', 'primeira-ministra'], dirigente: ['dirigente', 'líder', 'presidente', 'chefe', 'primeiro-ministro', 'primeira-ministra'],
  },
  officeEquivalents: {
    ...sameFor(['chefe executivo', 'chefe governo'], ['primeiro-ministro', 'primeira-ministra', 'presidente', 'chanceler']),
    ...sameFor(['chefe estado'], ['presidente', 'rei', 'rainha', 'monarca']),
  },
  maleTitles: 'sr dom rei príncipe',
  femaleTitles: 'sra dona dra rainha princesa ministra secretária diretora embaixadora prefeita governadora juíza deputada senadora',
  subjectLeads: 'o a os as um uma seu sua este esta',
  possessives: 'seu sua seus suas',
  unnamedLeads: 'um uma uns umas',
  functionWords: `
    o a os as um uma uns umas e ou mas de do da dos das em no na nos nas por pelo pela para com sem
    sobre entre até desde após ante este esta isso isto esse essa aquele seu sua que quem quando
    onde como porque se não já mais muito também assim ainda hoje ontem agora aqui ao aos à às`,
  prepositions: 'a ao aos à às com contra de do da dos das desde em no na nos nas entre para por pelo pela sem sobre após antes durante',
  months: 'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro',
  weekdays: 'segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo',
  abbreviations: 'sr sra dr dra av',
  numbers: {
    zero: 0, um: 1, uma: 1, dois: 2, duas: 2, três: 3, quatro: 4, cinco: 5, seis: 6, sete: 7, oito: 8,
    nove: 9, dez: 10, onze: 11, doze: 12, treze: 13, catorze: 14, quatorze: 14, quinze: 15,
    dezesseis: 16, dezasseis: 16, dezessete: 17, dezassete: 17, dezoito: 18, dezenove: 19, dezanove: 19,
    vinte: 20, trinta: 30, quarenta: 40, cinquenta: 50, sessenta: 60, setenta: 70, oitenta: 80,
    noventa: 90, cem: 100, cento: 100, duzentos: 200, trezentos: 300, quatrocentos: 400,
    quinhentos: 500,
  },
  collectives: { dúzia: 12, dezena: 10, dezenas: 10, centena: 100, centenas: 100 },
  scales: { mil: 1e3, milhão: 1e6, milhões: 1e6, bilhão: 1e9, bilhões: 1e9, bilião: 1e12, mil_milhões: 1e9 },
  numberJoiners: 'e',
  decimalWords: 'vírgula',
  units: {
    euro: 'EUR', euros: 'EUR', dólar: 'USD', dólares: 'USD', reais: 'BRL', real: 'BRL', quilômetros: 'km',
    quilómetros: 'km', metros: 'm', quilos: 'kg', toneladas: 't', hectares: 'ha', litros: 'l',
    graus: 'degrees', minutos: 'minutes', horas: 'hours', dias: 'days', semanas: 'weeks', meses: 'months',
    anos: 'years', 'por cento': '%',
  },
  decimalComma: true,
  timeWords: 'manhã tarde noite madrugada ontem hoje amanhã',
  approximators: ['quase', 'aproximadamente', 'uns', 'umas', 'cerca de', 'mais de', 'menos de', 'pelo menos', 'até', 'por volta de', 'em torno de'],
  measureOf: 'de em',
  shareOf: 'do da dos das',
  measureOfArticles: 'o a os as',
  amountOwners: 'de',
  verbEndings: 'aram eram iram avam',
  otherWords: 'outro outra outros outras',
  changeLinks: 'em',
  measureLinks: 'valor montante avaliado avaliada estimado estimada total',
};

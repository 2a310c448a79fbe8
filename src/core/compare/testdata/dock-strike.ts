// Our own synthetic story for the comparison stage (not seed or realworld text): a dockers' strike
// in an invented port, reported in English by two outlets and in French, Swedish and Danish by
// one each. The translations keep few words of the English: one cognate and the question form, one
// shared beginning, a verb and a country in each language in a longer sentence. Truth beside:
// DOCK_STRIKE_STATEMENTS are the statements each outlet quotes, by a few words of each version;
// DOCK_STRIKE_APART are quotes of the union leader that are no version of any other.
export const DOCK_STRIKE_ARTICLES = [
  {
    name: 'herald.txt',
    text: `Kelmar dockers strike after union leader is suspended

https://harbourherald.example/2031/05/12/kelmar-dockers-strike

Dockers at the port of Kelmar stopped work on Monday after the port authority suspended their union leader, Hedda Sorvik, over a leaflet calling for a strike vote.

"The board wants to break the union before the vote. Why suspend me, if not to silence me before the vote?" Sorvik told reporters outside the container terminal.

"We will not accept such a reckless attack on our members and their children," she added.

Port director Anton Reyvik defended the suspension. "The board has concluded that Norway is responsible for the leak," Reyvik said, referring to the chemical spill that closed two berths last week.`,
  },
  {
    name: 'courier.txt',
    text: `Strike halts Kelmar port as union chief is suspended

https://coastcourier.example/2031/05/12/kelmar-port-strike

Work stopped at the port of Kelmar on Monday, hours after the port authority suspended the dockers' union leader Hedda Sorvik.

"The board wants to break the union before the vote. Why suspend me, if not to silence me before the vote?" Sorvik said.

"No court can force us back to work before the inquiry ends," Sorvik said later at a rally of some 400 dockers.

The port authority said the suspension followed a breach of the rules on leaflets.`,
  },
  {
    name: 'quotidien.txt',
    text: `Grève au port de Kelmar après la suspension de la dirigeante syndicale

https://quotidienduport.example/2031/05/12/greve-kelmar

Les dockers du port de Kelmar ont cessé le travail lundi, après la suspension de leur dirigeante syndicale, Hedda Sorvik, par l'autorité portuaire.

« Pourquoi venir me suspendre alors que je respectais toutes les règles, sinon pour me faire taire ? », a déclaré Hedda Sorvik devant le terminal.

L'autorité portuaire n'a pas souhaité commenter la grève.`,
  },
  {
    name: 'hamnbladet.txt',
    text: `Strejk i hamnen i Kelmar efter att fackledaren stängts av

https://hamnbladet.example/2031/05/12/strejk-kelmar

Hamnarbetarna i Kelmar lade ner arbetet på måndagen sedan hamnmyndigheten stängt av deras fackledare Hedda Sorvik.

– Vi accepterar inte ett sådant hänsynslöst angrepp på våra medlemmar och deras barn, säger Hedda Sorvik.

– Vi kommer att göra ett nytt försök att förhandla med styrelsen på tisdag, säger Sorvik.

Hamnmyndigheten har inte kommenterat strejken.`,
  },
  {
    name: 'havneposten.txt',
    text: `Strejke lukker havnen i Kelmar

https://havneposten.example/2031/05/12/strejke-kelmar

Havnearbejderne i Kelmar nedlagde arbejdet mandag, efter at havnemyndigheden havde suspenderet deres fagforeningsleder Hedda Sorvik.

- Ud fra tre inspektioner og to ulykker i vinter har bestyrelsen konkluderet, at det er helt sikkert, at Norge står bag lækagen i havnen, siger havnedirektør Anton Reyvik.

Fagforeningen vil holde et nyt møde onsdag.`,
  },
];

/** Each statement: its speaker and, per outlet (file name prefix), a few words of its version. */
export const DOCK_STRIKE_STATEMENTS = [
  { speaker: 'Hedda Sorvik', versions: { herald: 'Why suspend me', courier: 'Why suspend me', quotidien: 'Pourquoi venir me suspendre' } },
  { speaker: 'Hedda Sorvik', versions: { herald: 'We will not accept', hamnbladet: 'Vi accepterar inte' } },
  { speaker: 'Anton Reyvik', versions: { herald: 'The board has concluded', havneposten: 'har bestyrelsen konkluderet' } },
];

/** Quotes of the union leader that are versions of no other quote. */
export const DOCK_STRIKE_APART = ['No court can force us back', 'Vi kommer att göra ett nytt försök'];

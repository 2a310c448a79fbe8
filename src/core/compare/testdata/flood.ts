// Our own synthetic story for the comparison stage (not seed text): three outlets on one flood.
// The Valley Ledger reports first and quotes the mayor; the Coast Courier republishes it; the
// Northern Post reports independently, translating the mayor's remarks differently, citing the
// regional water agency too, giving a different number of homes, and noting the denial.
export const FLOOD_ARTICLES = [
  {
    name: 'ledger.txt',
    text: `Floods cut off Marrow Bend as river bursts its banks

https://valleyledger.example/2031/04/09/marrow-bend-floods

The river Tamsin burst its banks at Marrow Bend on Tuesday, flooding some 1,200 homes and cutting the town's only road, Mayor Elena Varga said.

"The water came up faster than anyone here has ever seen. We need the army on the bridge tonight," Varga told the Valley Ledger.

The Tamsin Water Agency said in a statement that the dam upstream at Kell Ridge had released water without warning, according to its engineers.

Residents said the sirens never sounded.`,
  },
  {
    name: 'courier.txt',
    text: ` date 2031-04-10 Marrow Bend is under water after the Tamsin burst its banks.

Valley Ledger reports:

The river Tamsin burst its banks at Marrow Bend on Tuesday, flooding some 1,200 homes and cutting the town's only road, Mayor Elena Varga said.

"The water came up faster than anyone here has ever seen. We need the army on the bridge tonight," Varga told the Valley Ledger.

The Tamsin Water Agency said in a statement that the dam upstream at Kell Ridge had released water without warning, according to its engineers.`,
  },
  {
    name: 'post.txt',
    text: `Marrow Bend flooded after dam release, mayor says

https://northernpost.example/2031/04/10/marrow-bend-dam-release

The river Tamsin flooded about 1,500 homes in Marrow Bend on Tuesday after the dam at Kell Ridge released water, Mayor Elena Varga said on Wednesday.

Speaking to regional radio, Varga said: "Never has the water risen so quickly here. Tonight the army must be on the bridge."

The Kell Ridge dam operator denied releasing any water and said the rain alone had caused the flood.`,
  },
];

// Pharmacy spam (inbound): "Sildenafil 100 mg da 0,89 € a compressa — nessuna ricetta necessaria,
// pacco anonimo". Prescription drugs sold without a prescription, the oldest spam there is, now in
// every language and behind invisible filler that keeps Bayes guessing. Selling them so is illegal
// in the offices' countries, so no honest shop writes it.
//  - PHARMA_NO_PRESCRIPTION: the text (or an attached document's) names a prescription-only drug
//    that spam sells (sildenafil, tadalafil, Viagra, Cialis, Kamagra, modafinil, tramadol, Xanax,
//    semaglutide/Ozempic, finasteride…; also in Cyrillic and Greek spellings) and says no
//    prescription is needed ("without prescription", "ohne Rezept", "senza ricetta", "sin receta",
//    "bez recepty", "без рецепта", "χωρίς συνταγή"), from a sender that is not authenticated, on free
//    mail, asks for replies elsewhere, or from a domain no one here has written to.
// A pharmacy the company buys from writes as a correspondent; an over-the-counter product sold
// "rezeptfrei" (ibuprofen, a cough syrup) names no drug of the list.
import { comparableText, firstPhrase, phrasePattern } from '../../content/phrases.ts';
import { scamFormCheck } from './scam-form.ts';

/** prescription-only drugs that spam sells, as comparableText writes them (small letters, no accents) */
const DRUG = phrasePattern([
  'sildenafil', 'tadalafil', 'vardenafil', 'avanafil', 'dapoxetin\\p{L}*', 'viagra', 'cialis', 'levitra', 'kamagra', 'priligy',
  'modafinil', 'armodafinil', 'tramadol', 'oxycodon\\p{L}*', 'oxycontin', 'hydrocodone', 'xanax', 'alprazolam', 'valium', 'diazepam', 'lorazepam', 'clonazepam',
  'zolpidem', 'ambien', 'phentermin\\p{L}*', 'semaglutid\\p{L}*', 'ozempic', 'wegovy', 'tirzepatid\\p{L}*', 'mounjaro', 'finasterid\\p{L}*', 'propecia',
  'isotretinoin\\p{L}*', 'accutane', 'clomid', 'clomifen\\p{L}*', 'clomiphene',
  'виагр\\p{L}*', 'сиалис\\p{L}*', 'силденафил\\p{L}*', 'тадалафил\\p{L}*', 'трамадол\\p{L}*', 'ксанакс\\p{L}*', 'модафинил\\p{L}*', 'оземпик\\p{L}*', 'семаглутид\\p{L}*',
  'βιαγκρα', 'βιαγρα', 'σιαλις', 'σιλδεναφιλη', 'ταδαλαφιλη',
]);
/** no prescription needed */
const NO_PRESCRIPTION = phrasePattern([
  'without (?:a |any |the need for a |the need of a )?(?:doctor\'?s )?prescription', 'no (?:doctor\'?s )?prescriptions? (?:needed|required|necessary)?', 'prescription (?:is )?not (?:needed|required)',
  'ohne (?:arztliches |arztlich\\p{L}* )?rezept', 'rezeptfrei\\p{L}*', 'kein(?:e|en)? rezept', 'ohne verschreibung',
  'sin (?:necesidad de )?receta', 'no (?:se )?(?:necesita|requiere)\\p{L}* receta', 'sin prescripcion',
  'senza (?:bisogno di |necessita di |obbligo di )?(?:ricetta|prescrizione)', 'nessuna (?:ricetta|prescrizione)', 'ricetta non (?:necessaria|richiesta)',
  'bez (?:recepty|recepta|recepcie)', 'recepta (?:nie jest )?(?:niepotrzebna|nie jest wymagana)',
  'без рецепта', 'рецепт не (?:нужен|требуется)', 'без назначения врача',
  'χωρις (?:ιατρικη )?συνταγη', 'δεν (?:χρειαζεται|απαιτειται) συνταγη',
]);

/** Digits and signs written for letters inside a word, as pharmacy spam spells its drugs to pass filters: "Sem@glutide", "V1agra", "Xan4x", "Tr$madol". */
const LEET: Record<string, string> = { '@': 'a', '4': 'a', '0': 'o', '1': 'i', '!': 'i', '3': 'e', '$': 's', '5': 's' };
const LEET_IN_WORD = /(?<=\p{L})[@401!3$5](?=\p{L})/gu;
/** A text as comparableText reads it, those letters read back: only the drug's name is looked for in it. */
export const unleet = (comparable: string): string => comparable.replace(LEET_IN_WORD, (c) => LEET[c]!);

/** The drug and the missing prescription in texts (see readerTexts), each the first found; the drug also when its name is spelt with signs for letters. */
export function pharmaSigns(texts: ReadonlyArray<{ text: string }>): { drug: string | null; noPrescription: string | null } {
  const read = texts.map((t) => comparableText(t.text));
  return { drug: firstPhrase(read.map(unleet), DRUG), noPrescription: firstPhrase(read, NO_PRESCRIPTION) };
}

export { scamFormOptionsSchema as pharmaSpamOptionsSchema } from './scam-form.ts';

export const pharmaSpamCheck = scamFormCheck({
  name: 'pharma-spam',
  symbol: 'PHARMA_NO_PRESCRIPTION',
  // the drug first: few messages name one
  gate: (texts) => texts.some((t) => DRUG.test(unleet(comparableText(t.text)))),
  describe: (texts) => {
    const { drug, noPrescription } = pharmaSigns(texts);
    return drug && noPrescription ? `sells "${drug}" with "${noPrescription}"` : null;
  },
  strangersDoubtful: true,
});

export default pharmaSpamCheck;

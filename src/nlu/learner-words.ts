/**
 * Words of Spanish and Romanian that someone learning Italian mixes into it («busco una chica
 * que los cuide», «caut lucru come badante», «mia mamma necesita una persona»), read as the
 * Italian words they stand for by the Italian and English model only: the model of every
 * language reads them in their own language. Only words no Italian or English message uses
 * («mama», «que», «de», «tiene», «persona» are left: an Italian writes them too, or they say
 * nothing of a need).
 */
const LEARNER_WORDS: Readonly<Record<string, string>> = {
  // Spanish: asking and looking for
  busco: "cerco",
  buscamos: "cerchiamo",
  necesito: "ho bisogno",
  necesita: "ha bisogno",
  necesitamos: "abbiamo bisogno",
  quiero: "voglio",
  // Spanish: work, care, chores
  trabajo: "lavoro",
  trabajar: "lavorare",
  cuide: "assista",
  cuida: "assiste",
  cuidar: "assistere",
  cuido: "assisto",
  cuidamos: "assistiamo",
  cansada: "stanca",
  cansado: "stanco",
  cuidadora: "badante",
  cuidador: "badante",
  limpieza: "pulizie",
  limpiar: "pulire",
  cocinar: "cucinare",
  ayuda: "aiuto",
  ayudar: "aiutare",
  // Spanish: people
  chica: "ragazza",
  senora: "signora",
  nino: "bambino",
  nina: "bambina",
  ninos: "bambini",
  hijo: "figlio",
  hija: "figlia",
  hijos: "figli",
  abuela: "nonna",
  abuelo: "nonno",
  // Romanian
  caut: "cerco",
  cautam: "cerchiamo",
  lucru: "lavoro",
  munca: "lavoro",
  ingrijitoare: "badante",
  curatenie: "pulizie",
  ajutor: "aiuto",
  bunica: "nonna",
  bunicul: "nonno",
  copii: "bambini",
  copiii: "bambini",
};

/**
 * A message's words with the learner's borrowed words read as the Italian ones they mean; the
 * same array when it has none.
 */
export function italianForLearner(words: readonly string[]): readonly string[] {
  if (!words.some((word) => Object.hasOwn(LEARNER_WORDS, word))) return words;
  return words.flatMap((word) =>
    Object.hasOwn(LEARNER_WORDS, word) ? (LEARNER_WORDS[word] as string).split(" ") : [word],
  );
}

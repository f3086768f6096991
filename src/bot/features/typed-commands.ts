import { tokenize } from "../../nlu/normalize.js";

// Commands asked for in words, read with the commands at any moment, also at a question that
// waits for something else (the typed twins of /lingua are in typed-language.ts).

const words = (list: string) => new Set(list.split(" ").flatMap(tokenize));

// The typed twin of /cancella_dati: «cancella i miei dati», «delete my data», «borrar mis
// datos», «șterge datele mele», «видаліть мої дані». The erasure still asks for a plain yes.

/** Verbs of erasing, as a citizen asks for it (imperative, infinitive, «please …»). */
const ERASE_VERBS = words(
  [
    "cancella cancellare cancellate cancelli elimina eliminare eliminate rimuovi rimuovere",
    "delete erase remove wipe",
    "borrar borra borre borren eliminar elimine eliminen",
    "sterge stergeti stergerea eliminati",
    "видалити видаліть видали стерти зітріть удалить удалите удали стереть сотрите",
  ].join(" "),
);
/** «dati», «data», «datos», «datele», «дані», «данные»: one's data, the object asked about. */
const DATA = words("dati data datos datele date дані данні данные");
/** A refusal keeps the data: «non cancellate i miei dati», «don't delete my data». */
const REFUSALS = words("non not don dont nu не no");
/** Longer, it is a story that mentions data, not the request to erase it. */
const MOST_WORDS = 10;

/** Whether a typed message asks to erase the citizen's data. */
export function asksErasure(text: string): boolean {
  if (text.startsWith("/")) return false;
  const tokens = tokenize(text);
  return (
    tokens.length <= MOST_WORDS &&
    tokens.some((token) => ERASE_VERBS.has(token)) &&
    tokens.some((token) => DATA.has(token)) &&
    !tokens.some((token) => REFUSALS.has(token))
  );
}

/**
 * The typed twin of /aiuto: «come funziona?», «how does this work?», «¿cómo funciona?», «cum
 * funcționează?», «як це працює?», alone. Longer («come funziona il servizio badanti?») it
 * asks about a service, read as a need.
 */
const HOW_IT_WORKS: ReadonlySet<string> = new Set(
  [
    "come funziona",
    "come funzioni",
    "come funziona questo",
    "come funziona qui",
    "how does it work",
    "how does this work",
    "how do you work",
    "how does this bot work",
    "como funciona",
    "como funciona esto",
    "cum functioneaza",
    "cum functionezi",
    "як це працює",
    "як ти працюєш",
    "як працює",
  ].map((phrase) => tokenize(phrase).join(" ")),
);
export const asksHowItWorks = (text: string): boolean => HOW_IT_WORKS.has(tokenize(text).join(" "));

/**
 * The needs menu asked for by name: «menu», «menù principale», «main menu», «menú», «meniu»,
 * «меню», alone: the typed twin of «🔁 Ho un altro bisogno».
 */
const MENU: ReadonlySet<string> = new Set(
  ["menu", "il menu", "menu principale", "main menu", "the menu", "el menu", "meniu", "меню"].map(
    (phrase) => tokenize(phrase).join(" "),
  ),
);
export const asksMenu = (text: string): boolean => MENU.has(tokenize(text).join(" "));

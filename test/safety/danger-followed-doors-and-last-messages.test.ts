import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadPerLanguage } from "../../src/language/lexicon.js";
import { createDangerDetector, dangerCuesSchema } from "../../src/safety/danger.js";

/**
 * Dangers told by several writers in words no cue read: someone who follows a woman and is
 * behind her or under her home now; a door broken or about to be; a lot of blood lost; a split
 * lip; a goodbye to «qualcuno» or a last message; sitting on a sill with the legs out; «stanotte
 * mi butto»; a man who says he is hurting the mother, who locks an old woman in, kicking a door;
 * Milanese «el me cópa»; an old neighbour who does not answer with the milk or the paper still
 * outside the door, or a phone not picked up since yesterday; half the face still after a
 * stroke. Their look-alikes stay quiet, and so does a dark time that therapy helped one through.
 * Sentences of our own.
 */
const cues = loadPerLanguage(join(PROJECT_ROOT, "locales"), "danger.yaml", dangerCuesSchema);
const detect = createDangerDetector(cues);

describe("a danger told in these words is an alarm", () => {
  it.each([
    "mi segue da piazza Duomo, adesso è dietro di me sul marciapiede",
    "mi ha seguita fino a qui col motorino, ora aspetta fuori dal negozio",
    "stanotte mio marito ha rotto la porta della cameretta",
    "sta bussando forte, dice che la porta me la sfonda se non apro",
    "mia sorella è incinta e perde molto sangue, siamo in macchina",
    "ho visto la ragazza del piano di sopra col labbro spaccato, lui è a casa",
    "volevo solo salutare qualcuno, domani non ci sono più",
    "è l'ultimo messaggio che mando, grazie di tutto",
    "mio fratello è seduto sul parapetto del terrazzo con le gambe nel vuoto",
    "nessuno mi ascolta, stasera mi butto",
    "ho il coltello in cucina, lo ammazzo prima che lui ammazzi me",
    "my neighbour is hurting his wife again, I can hear her",
    "her son locks her in every night and takes her phone",
    "someone is at my door banging on it and shouting my name",
    "me marì l'è ciuc e el me copa",
    "il signor Gino non risponde al citofono, il giornale è ancora sullo zerbino",
    "my aunt hasn't picked up her phone since yesterday, she lives alone",
    "mia madre ha la bocca cadente da un lato da dieci minuti",
    "therapy helped for a while, but tonight I want to kill myself",
  ])("«%s»", (text) => {
    expect(detect(text)).not.toBeNull();
  });
});

describe("their look-alikes stay quiet", () => {
  it.each([
    "la logopedista mi segue da due anni, cerco un corso di italiano",
    "mia figlia si è spaccata il labbro cadendo dal monopattino, ora sta bene",
    "si è rotta la porta del bagno, conoscete un falegname?",
    "la nonna ogni tanto perde sangue dal naso, il medico dice che è la pressione",
    "volevo salutare tutti gli operatori e ringraziarvi per l'aiuto",
    "vi ho mandato l'ultimo messaggio ieri, avete letto?",
    "stasera mi butto sul divano e guardo un film",
    "my kid had a tantrum and kicked the door",
    "non vedo l'ora che arrivi la spesa, il latte è ancora buono?",
    "mia suocera fa la faccia storta ogni volta che cucino, ma sta benissimo",
    "I had suicidal thoughts last spring, therapy really helped, and now I help at a food bank",
  ])("«%s»", (text) => {
    expect(detect(text)).toBeNull();
  });
});

import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadPerLanguage } from "../../src/language/lexicon.js";
import { createDangerDetector, dangerCuesSchema } from "../../src/safety/danger.js";

/**
 * A fan's figure (a jump or a killing on the condition of a game's result), tonsils swelling
 * in a sore throat, a teacher or a boss who «kills» over homework: no alarm. Their twins
 * alarm: a loss of one's own as the condition, a real blow beside the game, the lips or the
 * throat swelling after a sting told verb first, a threat followed by who said it. Sentences
 * of our own, none from the development sets.
 */
const cues = loadPerLanguage(join(PROJECT_ROOT, "locales"), "danger.yaml", dangerCuesSchema);
const cuesAlone = createDangerDetector(cues);

describe("a fan's figure, a sore throat, a teacher's deadline are no alarm", () => {
  it.each([
    "si butta dal balcone se l'Inter perde, mio marito è fatto così",
    "mio figlio dice che si butta dalla finestra se il Milan perde il derby",
    "se la squadra perde la finale mio marito si butta dal terrazzo, è un tifoso pazzo",
    "my dad will kill me if Arsenal lose again, he shouts at the telly",
    "el profe me mata si no entrego la tarea mañana",
    "mia figlia ha mal di gola e le si gonfiano le tonsille, serve un pediatra",
    "mio figlio ha le ghiandole gonfie e la febbre, domani serve una babysitter",
    "my son has swollen glands and a temperature, can someone watch him tomorrow?",
    "j'ai mal à la gorge et les amygdales gonflées",
    "mi hija tiene las amígdalas inflamadas, busco canguro",
    "lo ha ucciso, lo ha scritto il giornale di oggi, che tristezza",
  ])("«%s» is no alarm", (text) => {
    expect(cuesAlone(text)).toBeNull();
  });
});

describe("their danger twins alarm", () => {
  it.each([
    ["mio fratello dice che si butta dal balcone se perde anche questo lavoro", "self_harm"],
    ["si pierdo a mis hijos me mato", "self_harm"],
    ["se il Milan perde lui mi picchia, lo fa ogni volta", "violence"],
    ["dopo la puntura di vespa gli si gonfiano le labbra e la gola", "collapse"],
    ["gli si sta gonfiando la gola dopo la puntura di un'ape", "collapse"],
    ["se il cane abbaia ancora ammazza la padrona, l'ha detto lui", "violence"],
    ["ammazzo te e i bambini, me l'ha urlato stanotte", "violence"],
    ["lo uccido, l'ha scritto mio padre a mia madre stamattina", "violence"],
  ])("«%s» alarms (%s)", (text, kind) => {
    expect(cuesAlone(text)?.kind).toBe(kind);
  });
});

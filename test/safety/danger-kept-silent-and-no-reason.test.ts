import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadPerLanguage } from "../../src/language/lexicon.js";
import { createDangerDetector, dangerCuesSchema } from "../../src/safety/danger.js";

const cues = loadPerLanguage(join(PROJECT_ROOT, "locales"), "danger.yaml", dangerCuesSchema);
const detect = createDangerDetector(cues);

describe("harm promised if someone tells anyone or goes to the police", () => {
  it.each([
    "my uncle takes her pension and says he'll throw her out if she tells anyone",
    "mi marido dice que me echa de casa si se lo digo a alguien",
    "il menace de me frapper si j'en parle",
    "ele disse que me expulsa de casa se eu contar a alguém",
    "a zis că mă dă afară dacă spun cuiva",
    "він каже, що вб'є мене, якщо я розповім",
    "он угрожает, что выгонит её, если она расскажет",
  ])("«%s» alarms as violence", (text) => {
    expect(detect(text)?.kind).toBe("violence");
  });

  it.each([
    "I'll be so happy if you tell anyone who needs a cleaner about me",
    "¿me pueden ayudar si hablo con la asistente social?",
  ])("«%s», a favour or a question, does not", (text) => {
    expect(detect(text)).toBeNull();
  });
});

describe("no reason left to live, and a French euphemism for acting on it", () => {
  it.each([
    ["Мне больше незачем жить", "self_harm"],
    ["мені більше нема навіщо жити", "self_harm"],
    ["je crois que je vais faire une bêtise ce soir", "self_harm"],
  ])("«%s» alarms as %s", (text, kind) => {
    expect(detect(text)?.kind).toBe(kind);
  });

  it.each([
    "j'ai fait une bêtise au travail, j'ai effacé un fichier",
    "mon fils a fait des bêtises à l'école, vous avez un soutien scolaire?",
  ])("«%s», a mistake made, does not", (text) => {
    expect(detect(text)).toBeNull();
  });
});

describe("panic about a carer leaving, said while asking who can find someone", () => {
  it("«sono nel panico, chi mi trova una badante per domani?» does not alarm", () => {
    expect(detect("sono nel panico, chi mi trova una badante per domani?")).toBeNull();
  });

  it("«sono nel panico, mio padre non respira» alarms", () => {
    expect(detect("sono nel panico, mio padre non respira")?.kind).toBe("collapse");
  });
});

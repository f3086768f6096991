import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadPerLanguage } from "../../src/language/lexicon.js";
import { createDangerDetector, dangerCuesSchema } from "../../src/safety/danger.js";

const cues = loadPerLanguage(join(PROJECT_ROOT, "locales"), "danger.yaml", dangerCuesSchema);
const detect = createDangerDetector(cues);

describe("a Chinese danger paused by a comma", () => {
  it.each([
    ["我不能说话，他在旁边", "violence"],
    ["我吃了，所有的药", "self_harm"],
    ["如果我不回复，请报警", "violence"],
  ])("«%s» alarms as %s", (text, kind) => {
    expect(detect(text)?.kind).toBe(kind);
  });

  it("a lone character either side of the comma is another clause: «他们在打，我去上班了» does not", () => {
    expect(detect("他们在打，我去上班了")).toBeNull();
  });
});

describe("a threat whose condition names an animal", () => {
  it.each([
    "il vicino urla che se il cane abbaia ancora ci ammazza tutti",
    "mio marito ha detto che se il gatto piscia ancora sul divano mi butta dalla finestra",
    "he said if the dog barks again he'll kill her",
  ])("«%s» alarms as violence", (text) => {
    expect(detect(text)?.kind).toBe("violence");
  });

  it.each([
    "il mio cane è caduto dalle scale e non si muove, dov'è un veterinario aperto?",
    "my dog collapsed in the park and is not breathing well, where is an open vet?",
  ])("«%s», harm to the animal itself, does not", (text) => {
    expect(detect(text)).toBeNull();
  });
});

describe("someone who threatens to throw the citizen out of a window", () => {
  it.each([
    "mi butta giù dalle scale se parlo",
    "he said he'll throw me out of the window if I call my sister",
    "dice que me tira por la ventana si hablo",
    "a zis că mă aruncă pe geam dacă mai sun",
  ])("«%s» alarms as violence", (text) => {
    expect(detect(text)?.kind).toBe("violence");
  });

  it.each(["questa pioggia mi butta giù", "lo butto dalla finestra questo computer"])(
    "«%s» does not",
    (text) => {
      expect(detect(text)).toBeNull();
    },
  );
});

describe("a carer who cannot take it anymore with a parent's dementia", () => {
  it.each([
    "I can't take it anymore with my dad's dementia, is there respite care?",
    "I can't cope anymore with my mother's Alzheimer's, I need a break",
  ])("«%s» does not alarm", (text) => {
    expect(detect(text)).toBeNull();
  });

  it.each(["I can't take it anymore, I want to die", "I can't take it anymore with my life"])(
    "«%s» alarms",
    (text) => {
      expect(detect(text)?.kind).toBe("self_harm");
    },
  );
});

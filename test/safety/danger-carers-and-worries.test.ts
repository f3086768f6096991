import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadDangerDetector } from "../../src/safety/danger.js";

/**
 * The ordinary worries of carers, told in their own words, are not emergencies (issue 8 point
 * 7): a father with dementia who pushes his daughter in the evening and a family asking for a
 * carer; a grandmother's fall of the other week; a carer's exhaustion told after its load; a
 * life that «drives me mad» between work and children; a quarrel heard and said to be harmless.
 * Each has its twin that still alarms: a blow tonight, a wound, someone else hurt. Sentences of
 * our own, not a writer's; read by the cues alone, so that no model trained on the development
 * writers helps.
 */
const detect = loadDangerDetector(join(PROJECT_ROOT, "locales"));

describe("blows from a parent with dementia, told by the carer asking for a carer or a group, get the need's answer and the gentle line", () => {
  it.each([
    "Mia madre con la demenza a volte mi dà degli schiaffi, il neurologo dice che fa parte della malattia. Esiste un gruppo per chi assiste un familiare?",
    "Mio padre ha l'Alzheimer e la sera mi ha spinta già due volte, cerchiamo una badante esperta per la notte.",
    "My mum with Alzheimer's hit me last week, the doctor says it happens. Is there a support group for family carers?",
    "Mi padre tiene demencia y a veces se pone agresivo conmigo, me empuja. Busco una cuidadora por las noches.",
    "Mon père a Alzheimer et parfois il devient agressif, il m'a poussée. Je cherche une aide à domicile.",
    "Tatăl meu are demență și uneori devine agresiv, m-a împins. Caut o îngrijitoare pentru noapte.",
  ])("«%s»", (text) => {
    const verdict = detect.verdict?.(text);
    expect(verdict?.signal).toBeNull();
    expect(verdict?.caution?.kind).toBe("violence");
  });
  it.each([
    "Mia madre con l'Alzheimer stasera mi ha colpita in testa con una padella, cerco una badante",
    "My dad with dementia is hitting me right now, we need a carer",
    "Mio padre ha l'Alzheimer, oggi mi ha colpita con il bastone e sanguino, ho paura",
    "Cerchiamo una badante, perché mio padre con la demenza oggi mi ha spinta giù dalle scale",
    "Mi padre tiene demencia y ahora me está pegando, tengo miedo",
  ])("but a blow tonight, now, without a request or told after it still alarms: «%s»", (text) => {
    expect(detect(text)?.kind).toBe("violence");
  });
});

describe("a carer's or a worker's exhaustion told after its load is not a wish to die", () => {
  it.each([
    "Caring for my husband 24/7, I can't keep going like this. Any support groups?",
    "I'm completely burnt out from night shifts at the care home, I can't go on like this. Are there any day jobs?",
    "Sto impazzendo tra lavoro, bambini e mio padre malato, mi serve qualcuno che mi aiuti il pomeriggio.",
  ])("«%s»", (text) => {
    expect(detect(text)).toBeNull();
  });
  it.each([
    "I look after my dad on my own and I can't go on living like this, I want to die.",
    "I'm caring for my mum alone, I can't take it anymore, I want to end it all tonight.",
  ])("but a wish to die said beside it still alarms: «%s»", (text) => {
    expect(detect(text)?.kind).toBe("self_harm");
  });
  it("and «going mad» that hears voices is still distress", () => {
    expect(detect("Sto impazzendo, sento delle voci che mi dicono di buttarmi")).not.toBeNull();
  });
});

describe("a fall of the other week, now somewhere safe, is over", () => {
  it.each([
    "La nonna l'altra settimana è scivolata in bagno, l'abbiamo trovata per terra la mattina dopo. Ora sta da mia zia. Vorremmo un telesoccorso.",
    "My gran slipped in the shower the other week and lay on the floor for an hour, she's at my aunt's now. Is there an alarm pendant?",
  ])("«%s»", (text) => {
    expect(detect(text)).toBeNull();
  });
  it("but a fall on the floor since this morning still alarms", () => {
    expect(
      detect("Mia madre è caduta e da stamattina è per terra, non riesce ad alzarsi")?.kind,
    ).toBe("collapse");
  });
});

describe("a quarrel heard and said to be harmless in its own sentence is not violence", () => {
  it("«…si sentono urla, ma non è niente di violento»", () => {
    expect(
      detect(
        "I vicini del piano di sotto litigano sempre, si sentono urla e porte che sbattono, ma non è niente di violento, è solo maleducazione.",
      ),
    ).toBeNull();
  });
  it("but shouting with a cry for help still alarms", () => {
    expect(
      detect("Si sentono urla e colpi dal piano di sopra, lei piange e chiede aiuto"),
    ).not.toBeNull();
  });
});

describe("words of danger about something else, or a dialect's «picchì» (because), are read for what they are about", () => {
  it.each([
    "My father came over from Lima, he's well but he can't talk to anyone in the building, he only speaks Spanish.",
    "Sul sito c'è un modulo per la domanda ma non lo trovo da nessuna parte, me lo mandate?",
    "Quando non risponde al telefono mi agito, vive sola a Baggio. C'è un custode sociale?",
    "La vicina di 85 anni è sempre più sciatta e trascurata, non so se mangia. A chi lo posso segnalare?",
    "Me soru havi a demenza, iu a curu sula. Vurria parrari cu quarcunu picchì sugnu stanca morta.",
  ])("«%s»", (text) => {
    expect(detect(text)).toBeNull();
  });
  it.each([
    "Non lo troviamo più da ieri sera, è uscito senza telefono e ha la demenza",
    "La nonna è trascurata dalla badante, ha piaghe e non mangia",
    "he can't speak and his face is drooping on one side",
    "perché mi picchi? ho paura di mio fratello, mi picchia sempre",
  ])("but a person missing, neglected by someone, a stroke or a blow still alarm: «%s»", (text) => {
    expect(detect(text)).not.toBeNull();
  });
});

describe("«X will kill me if I forget…» over a chore is a figure of speech", () => {
  it.each([
    "Mio marito mi uccide se dimentico di prenotare la babysitter un'altra volta.",
    "My mum will kill me if I don't find a carer for her by Monday.",
    "Mi suegra me va a matar si no encuentro una cuidadora antes del lunes.",
    "Ma mère va me tuer si je ne trouve pas de nounou pour samedi.",
    "Soacra mea mă omoară dacă nu găsesc o bonă până sâmbătă.",
    "Some days I just want to disappear for a week, between work and the kids. Is there a babysitting service?",
  ])("«%s»", (text) => {
    expect(detect(text)).toBeNull();
  });
  it.each([
    "Mio marito dice che mi ammazza se lo lascio.",
    "Mio marito mi ammazza se non torno a casa entro le otto, ho paura.",
    "He will kill me if I don't give him the money tonight.",
    "Mi marido me va a matar si no vuelvo a casa.",
    "Mon mari va me tuer si je pars.",
    "Soțul meu mă omoară dacă plec.",
  ])("but a threat over leaving, money or coming home still alarms: «%s»", (text) => {
    expect(detect(text)?.kind).toBe("violence");
  });
  it("and wanting to disappear forever is still a wish to die", () => {
    expect(detect("I just want to disappear forever.")?.kind).toBe("self_harm");
  });
});

describe("words of danger about a task, a joy or a boss's threat to the job stay quiet", () => {
  it.each([
    "sono sul tetto a sistemare l'antenna, dopo vi richiamo per il corso",
    "ho sentito uno sparo ma era un petardo per la partita",
    "ho perso i sensi dalla gioia quando mi hanno preso al lavoro, grazie!",
    "mon chef m'a menacée de me licencier si je prends un arrêt maladie",
    "șeful m-a amenințat că mă dă afară dacă îmi iau concediu medical",
    "начальник угрожает уволить меня, если я возьму больничный",
    "начальник погрожує звільнити мене, якщо візьму лікарняний",
  ])("«%s»", (text) => {
    expect(detect(text)).toBeNull();
  });
  it.each([
    "sono sul tetto, voglio farla finita",
    "ho sentito degli spari nel cortile, non erano petardi, c'è un uomo a terra",
    "mia madre ha perso i sensi e non si sveglia",
    "mon patron m'a menacée avec un couteau",
    "начальник угрожает убить меня",
  ])("but their twins in danger still alarm: «%s»", (text) => {
    expect(detect(text)).not.toBeNull();
  });
});

import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { createDangerDetector, loadDangerDetector, readDanger } from "../../src/safety/danger.js";

const detect = loadDangerDetector(join(PROJECT_ROOT, "locales"));

describe("look-alikes: what might happen, a service asked for, a story that is over", () => {
  it("what might happen, or happens at times, is no collapse now; violence and suicide still alarm", () => {
    const own = createDangerDetector({
      it: {
        collapse: ["svenire", "non riconosce"],
        violence: ["picchia"],
        self_harm: ["meglio morire"],
        not_now: ["possa", "a volte"],
        still: ["in questo momento"],
      },
    });
    expect(own("temo che possa svenire quando è sola")).toBeNull();
    expect(own("a volte non riconosce nessuno")).toBeNull();
    expect(own("a volte mi picchia")?.kind).toBe("violence");
    expect(own("a volte penso che sarebbe meglio morire")?.kind).toBe("self_harm");
    // Its own sentence only: "sta per svenire" told after it is now.
    expect(own("temo che possa succedere. Adesso sta per svenire")?.kind).toBe("collapse");
    expect(own("a volte sviene, in questo momento non riconosce nessuno")?.kind).toBe("collapse");
  });

  it("a message asking for an everyday service silences a collapse and the model, never violence", () => {
    // Odds past the bar but short of MODEL_SURE_ODDS: a sure model is heard over a request.
    const alwaysDanger = () => 23;
    const own = createDangerDetector(
      { it: { collapse: ["svenut*"], violence: ["picchia"], request: ["cerco ... badante"] } },
      alwaysDanger,
    );
    expect(own("è svenuta stamattina, cerco una badante per la notte")).toBeNull();
    expect(own("mi picchia, cerco una badante per mia madre e me ne vado")?.kind).toBe("violence");
    expect(own("è svenuta")?.kind).toBe("collapse");
    expect(own("da giorni non vedo nessuno e non mangio più")).toEqual({
      kind: "distress",
      cue: "model",
    });
    expect(own("cerco una badante")).toBeNull();
  });

  it("what is told before a situation ended, asking for a service, is background answered gently; either alone alarms", () => {
    const own = createDangerDetector({
      it: {
        violence: ["picchiava", "picchia", "segue"],
        self_harm: ["farla finita"],
        request: ["cerco ... lavoro"],
        ended: ["ci siamo separati", "sono seguita da"],
        resolved: ["ora sto bene"],
        still: ["stasera"],
      },
    });
    const gently = (text: string) => {
      const verdict = readDanger(own, text);
      return verdict.signal === null ? verdict.caution?.kind : undefined;
    };
    // The need is answered, with one gentle line giving 112 and 1522.
    expect(gently("mi picchiava, ci siamo separati e cerco lavoro")).toBe("violence");
    expect(gently("ho pensato di farla finita, sono seguita da una psicologa, cerco lavoro")).toBe(
      "self_harm",
    );
    // Fine now is not ended: he may still be there.
    expect(own("mio marito mi picchiava, ora sto bene e cerco lavoro")?.kind).toBe("violence");
    expect(own("mi picchiava, ci siamo separati")?.kind).toBe("violence");
    expect(own("mi picchiava, ora sto bene")?.kind).toBe("violence");
    expect(own("mi picchia, cerco lavoro per andarmene")?.kind).toBe("violence");
    expect(own("mi picchiava, ci siamo separati, stasera mi picchia, cerco lavoro")?.kind).toBe(
      "violence",
    );
    // After the end, heard as new.
    expect(own("ci siamo separati ma mi segue ovunque, cerco lavoro")?.kind).toBe("violence");
  });

  it("someone else's violence or wish to die told calmly gets the gentle line; the citizen's own keeps the alarm", () => {
    const own = createDangerDetector({
      it: {
        violence: ["aggredit*", "maltratta"],
        self_harm: ["stanca di vivere", "suicidio"],
        long_ago: ["anni fa"],
        not_now: ["ogni tanto", "a volte"],
        still: ["stasera"],
      },
    });
    const gently = (text: string) => {
      const verdict = readDanger(own, text);
      return verdict.signal === null ? verdict.caution?.kind : undefined;
    };
    // Long ago silences the story outright; at times, or ended, someone else's gets the line.
    expect(own("un mio amico è stato aggredito anni fa, ora ha paura a uscire")).toBeNull();
    expect(gently("un mio amico a volte viene aggredito dal padre")).toBe("violence");
    expect(gently("mia madre ogni tanto dice che è stanca di vivere, poi ride")).toBe("self_harm");
    // The citizen's own: a pronoun, or a verb that says who (no one else is named).
    expect(own("a volte penso al suicidio")?.kind).toBe("self_harm");
    expect(own("mio marito mi maltratta, a volte")?.kind).toBe("violence");
    // The background of a request for a service; told after the request, it is heard.
    const asking = createDangerDetector({
      it: { violence: ["picchia"], request: ["cerchiamo ... badante"] },
    });
    expect(
      readDanger(asking, "mio nonno picchia i mobili, cerchiamo una badante").caution?.kind,
    ).toBe("violence");
    expect(asking("cerchiamo una badante, ma mio fratello picchia la mamma")?.kind).toBe(
      "violence",
    );
    expect(asking("mi picchia, cerchiamo una badante")?.kind).toBe("violence");
    // Back to now.
    expect(own("mia madre è stata aggredita anni fa e stasera di nuovo")?.kind).toBe("violence");
    // Not calm: today.
    expect(own("mia madre è stata aggredita oggi")?.kind).toBe("violence");
  });

  it.each([
    "sto preparando una tesina sulla violenza domestica per l'università",
    "mia nonna ha lividi sulle braccia per l'anticoagulante, chi la porta ai controlli?",
    "mi sono chiuso fuori di casa, conoscete un fabbro in zona?",
    "domani ho l'esame di guida, mi sparo",
    "il nonno passa le giornate accasciato in poltrona, cosa c'è per farlo uscire?",
    "mio figlio dice che mi ammazza se gli tolgo la play 🙄",
    "my essay on domestic violence is due tomorrow, can someone check my English?",
    "my boss is going to kill me if I'm late again, is there a babysitter for tomorrow?",
    "mi jefe me va a matar si llego tarde otra vez",
  ])(
    "a school essay, a medicine's bruises, a locked-out door, a figure of speech: «%s»",
    (text) => {
      expect(detect(text)).toBeNull();
    },
  );

  it.each([
    "mi padre quiere morir en casa, buscamos una cuidadora",
    "mama vrea să moară acasă, căutăm o îngrijitoare",
    "мама хочет умереть дома, ищем сиделку",
    "мама хоче померти вдома, шукаємо доглядальницю",
  ])("wishing to die at home, at the end of a life, is no alarm: «%s»", (text) => {
    expect(detect(text)).toBeNull();
  });

  it.each([
    ["mio padre è nel letto che respira a fatica e ha le labbra viola", "collapse"],
    ["my toddler is climbing over the balcony railing", "collapse"],
    ["mi hermano dice que se quiere matar y no contesta", "self_harm"],
    ["сестра сказала что хочет покончить с собой", "self_harm"],
    ["she said she wants to kill herself and now she's not answering", "self_harm"],
  ])(
    "barely breathing, a child on a railing, someone else's wish to die: «%s» is %s",
    (t, kind) => {
      expect(detect(t)?.kind).toBe(kind);
    },
  );

  it.each([
    "quando il mio ex mi picchiava sono scappata con i bambini, ci siamo separati: ora cerco lavoro come colf",
    "my ex used to hit me, we split up long ago, now I'm looking for a cleaning job",
    "mi exmarido me pegaba, nos separamos y ahora busco trabajo de limpieza",
    "Mon ex me frappait, je l'ai quitté, je cherche du travail comme nounou",
    "Fostul soț mă bătea, ne-am despărțit, acum caut de lucru ca îngrijitoare",
    "Бывший муж бил меня, мы развелись, теперь ищу работу сиделкой",
    "Колишній чоловік мене бив, ми розлучилися, шукаю роботу доглядальницею",
    "Ish-burri më rrihte, u ndamë, tani kërkoj punë si kujdestare",
    "Sinasaktan ako ng asawa ko dati, hiwalay na kami, naghahanap ako ng trabaho bilang yaya",
  ])("violence told as over, with a request for work, is ordinary: «%s»", (text) => {
    expect(detect(text)).toBeNull();
  });

  it.each([
    "temo che il nonno possa svenire quando resta solo in casa, c'è un servizio di compagnia?",
    "mia suocera con la demenza a volte non riconosce chi sono",
    "mia nonna è svenuta stamattina in bagno, cerchiamo una badante che dorma da lei",
    "sono rimasto chiuso fuori casa, le chiavi sono dentro: chi chiamo?",
    "mi sparo se devo compilare di nuovo quel modulo",
    "ho trovato un portafoglio per strada davanti al mercato",
    "il mio vicino mi ha minacciato per una lite sul rumore, poi ci siamo chiariti",
    "I fainted once at the blood test, should I tell the nurse next time?",
    "mia madre ha perso conoscenza per un attimo dal dentista per l'anestesia, poi tutto bene",
    "mio figlio dice sempre «ti ammazzo» al fratellino quando giocano, devo preoccuparmi?",
    "dopo l'operazione mia madre non riesce ad alzarsi dal letto da sola",
    "she used to be beaten by her first husband, now she lives happily with her new partner",
    "ho paura che mio figlio venga preso in giro a scuola perché è timido",
    "mia figlia di 8 anni ha una compagna di classe che la picchia tutti i giorni, la maestra non fa niente",
    "mio figlio ha dei compagni di scuola che lo prendono a calci nell'intervallo, a chi mi rivolgo?",
    "I nearly fainted at the gym because I skipped breakfast",
    "ieri sera sono crollata dal sonno sul divano alle nove",
    "sono in pericolo di perdere il posto se non trovo una babysitter",
    "il mio capo mi massacra di lavoro, cerco un altro impiego",
  ])("the shipped cues read «%s» as ordinary", (text) => {
    expect(detect(text)).toBeNull();
  });

  it.each([
    "Mi madre se desmayó esta mañana en la ducha, buscamos una cuidadora para la noche",
    "Mama a leșinat azi-dimineață, căutăm o îngrijitoare pentru noapte",
    "Ma mère s'est évanouie ce matin, on cherche une aide à domicile pour la nuit",
  ])("a faint told with a request for a carer, in another language, is ordinary: «%s»", (text) => {
    expect(detect(text)).toBeNull();
  });

  it.each([
    ["a volte penso che sarebbe meglio morire", "self_harm"],
    ["mio marito mi picchia, cerco lavoro per andarmene", "violence"],
    ["il compagno di mia madre la picchia tutte le sere", "violence"],
    ["il mio ex mi picchiava e stasera mi aspetta sotto casa", "violence"],
    ["mio padre ha fatto un incidente in bici e non sente più le gambe", "collapse"],
    ["sento qualcuno che cerca di entrare dalla porta del balcone", "violence"],
    ["there's smoke coming from my elderly neighbour's flat and she doesn't answer", "collapse"],
    ["my daughter's stepdad touches her at night, she told me today", "violence"],
    ["mio figlio epilettico ha una crisi adesso e non si ferma", "collapse"],
    ["sta vecchia è caruta 'n terra e nun se move cchiù", "collapse"],
    ["me marì el me pica tuti i dì", "violence"],
    ["mi marido me pegaba cuando bebía y sigo viviendo con él", "violence"],
    ["mon copain me frappait quand il avait bu", "violence"],
    ["mi butto dal balcone", "self_harm"],
    ["він погрожував мені ножем", "violence"],
    ["piva të gjitha pilulat", "self_harm"],
    ["ininom ko lahat ng gamot", "self_harm"],
    ["هددني بسكين", "violence"],
    ["我吃了所有的药", "self_harm"],
    ["මට ජීවත් වෙන්න ඕනේ නෑ", "self_harm"],
    ["අම්මා හුස්ම ගන්නේ නෑ", "collapse"],
  ])("the shipped cues still read «%s» as %s", (text, kind) => {
    expect(detect(text)?.kind).toBe(kind);
  });
});

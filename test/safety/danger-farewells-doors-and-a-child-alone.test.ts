import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadPerLanguage } from "../../src/language/lexicon.js";
import { createDangerDetector, dangerCuesSchema } from "../../src/safety/danger.js";

/**
 * Dangers danger-dev-42's writer (a neighbourhood police officer) told in words no cue read, in
 * every language the bot reads: a farewell (today is the day, the letters written), a father
 * tired of being a burden who has decided, a widow who no longer eats or gets up and sees no
 * point, a small child alone that nobody looks for, someone trying to open one's door, a threat
 * to burn a car unless one comes home, a chair thrown at a child, help said faintly behind a
 * locked door, a neighbour unseen for days with the light on; and, from the strict
 * leave-one-out, a wish to follow someone who died, a jump announced for tonight, a last
 * message. Their look-alikes stay quiet, and so do a dog's bite told verb first and a carer
 * refused with a threat to throw her out.
 */
const cues = loadPerLanguage(join(PROJECT_ROOT, "locales"), "danger.yaml", dangerCuesSchema);
const cuesAlone = createDangerDetector(cues);

describe("a farewell, a decision, a life with no point left, a wish to follow the dead", () => {
  it.each([
    "oggi è il giorno, ho scritto le lettere. volevo solo dire grazie a chi ha aiutato mia mamma",
    "today is the day, I've written the letters. I just wanted to say thank you",
    "hoy es el día, ya escribí las cartas. solo quería dar las gracias",
    "c'est aujourd'hui, j'ai écrit les lettres. je voulais juste dire merci",
    "hoje é o dia, já escrevi as cartas. só queria agradecer",
    "azi e ziua, am scris scrisorile. voiam doar să mulțumesc",
    "сьогодні той день, я написала листи. хотіла лише подякувати",
    "сегодня тот день, я написала письма. хотела только сказать спасибо",
    "mio padre dice che è stanco di essere un peso e che ha deciso. mi ha dato le chiavi di casa",
    "my dad says he's tired of being a burden and that he has decided",
    "mi padre dice que está cansado de ser una carga y que ya lo ha decidido",
    "mon père dit qu'il est fatigué d'être un fardeau et qu'il a décidé",
    "o meu pai diz que está cansado de ser um peso e que já decidiu",
    "tata zice că e obosit să fie o povară și că a decis",
    "тато каже, що втомився бути тягарем і що вирішив",
    "папа говорит, что устал быть обузой и что решил",
    "da quando è morto mio marito non mangio più, non mi alzo dal letto, non vedo il senso. volevo sapere dei pasti a domicilio",
    "since my husband died I don't eat, I don't get out of bed, I don't see the point",
    "desde que murió mi marido no como, no me levanto de la cama, no le veo sentido",
    "depuis que mon mari est mort je ne mange plus, je ne me lève plus, je ne vois plus le sens",
    "desde que o meu marido morreu não como, não me levanto da cama, não vejo sentido",
    "da quando è morta mia moglie penso solo a raggiungerla",
    "since my wife died I only think about joining her",
    "desde que murió mi hijo solo pienso en irme con él",
    "depuis que mon fils est mort je pense souvent à partir moi aussi, le rejoindre",
    "desde que o meu filho morreu só penso em ir ter com ele",
    "de când a murit fiul meu mă gândesc doar să plec și eu după el",
    "відколи помер син, я думаю тільки про те, щоб піти за ним",
    "с тех пор как умер сын, думаю только о том, чтобы уйти к нему",
    "either someone answers me or tonight I jump",
    "o alguien me contesta o esta noche me tiro",
    "ce sera mon dernier message, merci d'avoir essayé",
  ])("«%s» alarms", (text) => {
    expect(cuesAlone(text)?.kind).toBe("self_harm");
  });
});

describe("a child alone, a door forced, a fire threatened", () => {
  it.each([
    [
      "collapse",
      "ho trovato nel cortile un bambino piccolo da solo che piange, saranno due ore, nessuno lo cerca",
    ],
    [
      "collapse",
      "I found a little boy alone in the courtyard crying, it's been two hours, nobody is looking for him",
    ],
    [
      "collapse",
      "encontré en el patio a un niño pequeño solo llorando, hace dos horas, nadie lo busca",
    ],
    [
      "collapse",
      "j'ai trouvé dans la cour un petit garçon seul qui pleure depuis deux heures, personne ne le cherche",
    ],
    [
      "collapse",
      "encontrei no pátio uma criança pequena sozinha a chorar, há duas horas, ninguém a procura",
    ],
    [
      "collapse",
      "am găsit în curte un copil mic singur care plânge de două ore, nimeni nu îl caută",
    ],
    ["collapse", "знайшла у дворі маленьку дитину саму, плаче дві години, ніхто не шукає"],
    ["collapse", "нашла во дворе маленького ребенка одного, плачет два часа, никто не ищет"],
    ["violence", "io sono signora di 80 anni sola, di notte qualcuno prova ad aprire la mia porta"],
    ["violence", "at night someone tries to open my door, three nights now"],
    ["violence", "alguien intenta abrir mi puerta por la noche, ya van tres noches"],
    ["violence", "quelqu'un essaie d'ouvrir ma porte la nuit, ça fait trois nuits"],
    ["violence", "alguém tenta abrir a minha porta à noite, já são três noites"],
    ["violence", "cineva încearcă să deschidă ușa mea noaptea, de trei nopți"],
    ["violence", "хтось намагається відкрити мої двері вночі, вже три ночі"],
    ["violence", "кто-то пытается открыть мою дверь ночью, уже три ночи"],
    ["violence", "mi ha detto che se non torno a casa brucia la macchina di mia madre"],
    ["violence", "he said if I don't come home he'll burn my mother's car"],
    ["violence", "me dijo que si no vuelvo a casa quema el coche de mi madre"],
    ["violence", "il m'a dit que si je ne rentre pas il brûlera la voiture de ma mère"],
    ["violence", "ele disse que se eu não voltar para casa queima o carro da minha mãe"],
    ["violence", "mi-a zis că dacă nu mă întorc acasă dă foc mașinii mamei"],
    ["violence", "він сказав, що якщо я не повернуся, спалить машину мами"],
    ["violence", "он сказал, что если я не вернусь, сожжет машину мамы"],
    ["violence", "mio marito urla tutto il giorno e ieri ha lanciato una sedia contro il piccolo"],
    ["violence", "mi marido grita todo el día y ayer tiró una silla contra el pequeño"],
    ["violence", "mon mari crie toute la journée et hier il a lancé une chaise sur le petit"],
    ["violence", "o meu marido grita o dia todo e ontem atirou uma cadeira contra o pequeno"],
    ["violence", "soțul meu țipă toată ziua și ieri a aruncat cu un scaun în cel mic"],
    ["violence", "мій чоловік кричить цілий день, а вчора кинув стілець у малого"],
    ["violence", "мой муж кричит весь день, а вчера бросил стул в младшего"],
    [
      "collapse",
      "c'è una signora sola di 90 anni, se chiamo lei dice aiuto piano piano ma la porta è chiusa",
    ],
    [
      "collapse",
      "a 90-year-old lady lives alone, when I call she says help very softly but the door is locked",
    ],
    [
      "collapse",
      "el señor del cuarto no se ve desde hace tres días, la luz siempre encendida y nadie contesta al timbre",
    ],
    [
      "collapse",
      "le monsieur du quatrième on ne le voit plus depuis trois jours, la lumière toujours allumée et personne ne répond à la sonnette",
    ],
    [
      "collapse",
      "o senhor do quarto andar não aparece há três dias, a luz sempre acesa e ninguém atende a campainha",
    ],
    [
      "collapse",
      "domnul de la etajul patru nu s-a mai văzut de trei zile, lumina mereu aprinsă și nu răspunde la sonerie",
    ],
    [
      "collapse",
      "сусіда не бачили вже три дні, світло весь час горить і ніхто не відповідає на дзвінок",
    ],
    [
      "collapse",
      "соседа не видели уже три дня, свет все время горит и никто не отвечает на звонок",
    ],
  ])("(%s) «%s»", (kind, text) => {
    expect(cuesAlone(text)?.kind).toBe(kind);
  });
});

describe("their look-alikes stay quiet", () => {
  it.each([
    "oggi è il giorno del colloquio, ho scritto la lettera di presentazione",
    "today is the day of my interview, I've written my cover letter",
    "hoy es el día de la entrevista, escribí la carta de presentación",
    "mia madre è stanca di essere un peso per noi, vorremmo una badante",
    "non mangio più carne e non mi alzo presto, che senso ha andare in palestra",
    "I don't eat breakfast and I don't get out of bed before 9, what's the point of an early class",
    "il mio cane è da solo tutto il giorno e nessuno lo cerca",
    "qualcuno ha provato ad aprire la porta del bagno mentre ero dentro",
    "someone tried to open my car door in the parking lot",
    "se non spegni il forno brucia la torta",
    "ha lanciato una sedia contro il muro per la rabbia",
    "mi hijo tiró un plato contra la pared",
    "il a lancé une assiette contre le mur",
    "ele atirou uma pedra contra a janela",
    "він кинув тарілку у стіну",
    "он бросил тарелку в стену",
    "no lo veo desde hace tres días porque está de vacaciones, le riego las plantas",
    "mia figlia chiede aiuto per i compiti ma la porta della cameretta è sempre chiusa",
    "da quando è morta la mamma vorrei andare con lei al cimitero ogni domenica ma non guido",
    "since my wife died I follow her on Facebook memories every day",
    "mi abuelo murió y quiero seguirlo en sus pasos, estudiar medicina",
    "my husband died last year, his brother asked me to join him for the holidays, is there a group for widows?",
    "tonight I jump into the pool with my friends",
    "tomorrow I jump on the train to Rome",
    "hoy me tiro a la piscina con los niños",
    "esta noche me tiro en el sofá y veo una peli",
    "ce sera mon dernier message avant les vacances, bonne fin d'année",
    "mi ha morso il cane della vicina, niente di grave, ma chi paga il pronto soccorso?",
    "mi ha morsicato il gatto di mia figlia, devo fare l'antitetanica?",
    "papà non vuole la badante, dice che se gliene porto una la butta fuori dalla finestra. è il suo carattere",
    "mia madre non vuole nessuna badante, dice che la butta giù dalle scale se ne arriva una",
  ])("«%s» is quiet", (text) => {
    expect(cuesAlone(text)).toBeNull();
  });

  it.each([
    "mi ha morso mio marito sul braccio e mi ha picchiata",
    "papà non vuole la badante, quando gliela portiamo la picchia, ieri l'ha buttata giù dalle scale",
    "mio marito dice che mi butta dalla finestra, fa così da sempre",
    "il figlio della signora ha gridato che la butta dalla finestra, io badante sono sola con lei",
  ])("the person still alarms: «%s»", (text) => {
    expect(cuesAlone(text)?.kind).toBe("violence");
  });
});

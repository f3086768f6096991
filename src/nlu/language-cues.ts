/**
 * Words of the languages the bot reads besides Italian and English that tell rather than ask,
 * for the reading's cues (reading.ts), written as they are read: lower case, no accents.
 * A few per language, each no Italian or English word: "ya tiene cuidadora" is told like
 * "ha già la badante", "la cuidadora es un encanto, estamos contentos" like good news.
 */
import { normalizeText } from "./normalize.js";

/** "Already": what is already there is told, not asked for. */
export const ALREADY_ELSEWHERE: readonly string[] = [
  "ya", // es
  "ja", // pt (já)
  "deja", // fr (déjà), ro
  "вже", // uk
  "уже", // ru
  "tashme", // sq (tashmë)
  "දැනටමත්", // si
].map(normalizeText);

/**
 * "Ya no", "já não", "вже не": no longer, a trouble told, not something already there.
 * (Chinese 已经 is left out: "已经三年了" is "for three years now", a carer's story.)
 */
export const NO_LONGER_AFTER: ReadonlySet<string> = new Set(["no", "nao", "nu", "не", "ne", "nuk"]);

/** Where a message turns ("…, mas…", "…, але…"): what follows is how it ends. */
export const TURNS_ELSEWHERE: readonly string[] = [
  "mas",
  "mais",
  "але",
  "но",
  // ar: «but», with «and», «she» or «he» written on it, and the dialects' «بس».
  "لكن",
  "ولكن",
  "لكنها",
  "لكنه",
  "بس",
];

/**
 * Things going well: a message that asks nothing and says no trouble reads as satisfied. Help
 * had, told loved or recommended, too («ela adorou o rapaz voluntário», «ajudou muito a minha
 * amiga, recomendo», «найкраще, що зі мною сталось»): said in the first person or of the one
 * helped, not a doctor's «recomendou», which a family asks from.
 */
export const GOING_WELL_ELSEWHERE: ReadonlySet<string> = new Set(
  [
    // es
    "contenta contento contentos contentas feliz felices encanta encantada encantado encantados genial buenisima buenisimo maravillosa maravilloso estupenda orgullosos orgullosa adora adoran adoro recomiendo",
    // pt
    "otima otimo contente contentes felizes maravilhosa maravilhoso adoramos gracas adora adoram adorou adorei recomendo",
    // fr
    "ravis ravie ravi heureux heureuse adorable formidable genial fiers fiere",
    // ro: content, happy, wonderful, great; amazement and relief told of something done
    // («…isi face singura cumparaturile, incredibil», «Ce usurare!», «ce bucurie»)
    "multumit multumita multumiti fericit fericita fericiti minunata minunat grozav recomand incredibil incredibila uimitor uimitoare extraordinar extraordinara usurare bucurie bucuroasa bucuros",
    // uk (as read: «й» is «и», its breve taken off with the accents)
    "задоволені задоволена задоволении щасливі щаслива чудова чудовии чудово наикраще рекомендую",
    // ru (likewise)
    "довольны довольна доволен счастливы счастлива замечательная замечательныи отлично прекрасно рекомендую",
    // ar: well, content, good, excellent, better (standard, Egyptian, Levantine, Maghrebi); not
    // Egyptian «كويس», said of what has gone wrong with a negation the reading does not see
    // («مبقتش بنام كويس»: I no longer sleep well).
    "بخير مبسوط مبسوطة مبسوطين سعيد سعيدة سعداء مرتاح مرتاحة مرتاحين جيد جيدة ممتاز ممتازة منيح منيحة مزيان مزيانة أفضل أحسن",
    // zh, as the segmenter cuts them: done («办好了», «做好», «搞定»), smoothly, satisfied, happy;
    // not «好» alone, of «你好» and of «好吗».
    "办好 好了 做好 弄好 搞定 顺利 满意 开心 高兴",
  ]
    .join(" ")
    .split(" ")
    .map(normalizeText),
);

/**
 * Words of things going well that Italian or English write in another sense («super urgente»,
 * «a place for mum»), read as good news only by the reading of the other languages: French and
 * Spanish «super» («une baby-sitter super», «le fue super bien»), Romanian «îi place» (likes it,
 * as Italian «piace»).
 */
export const GOING_WELL_OTHER_READING: ReadonlySet<string> = new Set(["super", "place", "plac"]);

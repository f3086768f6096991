/**
 * The words each language besides Italian and English uses to refuse a need, tell what has become
 * hard and join a second need: the format of locales/<lang>/reading.yaml, one file per language,
 * checked by `npm run catalogue:check`. negation-languages.ts builds the reading from them.
 */
import { z } from "zod";

export interface NegationWords {
  /** Words that negate what follows: «nu», «no», «не». */
  readonly negations: readonly string[];
  /**
   * A negation's first half, which negates only beside a second half of its own language, within
   * a few words after it or just before it: French «ne», «n'» with «pas», «plus», «jamais» («personne
   * ne»), Albanian «s'» with the verb it is written into («s'mund», «s'kam»). Stripped of its accent,
   * or on its own, the word is another language's: Albanian «në» (in), Romanian «ne» (us: «ne
   * trebuie»), Romanian «s-a».
   */
  readonly halvedNegations?: readonly string[];
  readonly secondHalves?: readonly string[];
  /**
   * Words Italian or English negate with that this language writes for something else:
   * Portuguese «no» (in the: «mora sozinha no centro»), Romanian «mai» (more). Not negations in
   * a message known to be in this language (negation-languages.ts otherWordsIn, in-place.ts
   * saysNothingMissing).
   */
  readonly notNegations?: readonly string[];
  /**
   * Words another language the bot reads turns with («ma», «pero», «mas», «dar») that this
   * language writes for something else: French «ma» (my: «ma mère»), Romanian «mă» (me),
   * Portuguese «mais» and Spanish «más» (more). No turn in a message known to be in this
   * language (good-news.ts turnsAt, told-not-asked.ts).
   */
  readonly notTurns?: readonly string[];
  /** Negations that qualify the noun after them: «sin cuidadora», «fără», «без». */
  readonly determiners?: readonly string[];
  /**
   * Negations said after the wanting they deny, as Sinhala's («colf kenek oni naha»: no cleaner
   * wanted): right after a wanting, they refuse it and what came before it. After anything else
   * they tell what is missing («balanna kenek naha»: nobody to look after her), a need.
   */
  readonly negationsAfter?: readonly string[];
  /** Words that refuse what was named before them by themselves: Sinhala «badante epa». */
  readonly refusesBefore?: readonly string[];
  /** Words that may sit between a negation and its verb: «no le hace falta», «nu mai». */
  readonly between?: readonly string[];
  /** Stems of wanting and needing: negated, the need is refused («necesit», «nevoi», «потріб»). */
  readonly wanting: readonly string[];
  /** Being able, said now, whole words: negated, a need is told («puede», «poate», «може»). */
  readonly ableNow: readonly string[];
  /**
   * Knowing, whole words: negated, not knowing is told, not refused (Albanian «nuk di
   * italisht»: «di», know, is Italian «di», of, which a refusal names its thing with), and
   * before a negation too (French «il sait pas l'italien»).
   */
  readonly knowing?: readonly string[];
  /** Where a message turns: a need may end there («pero», «dar», «але»). */
  readonly but?: readonly string[];
  /** «Y», «și»: a list of what is hard may go on there, a need may end there. */
  readonly and?: readonly string[];
  /**
   * «Y también», «și de asemenea», «і також»: a second need said outright, as Italian «e
   * anche» (plain «and» joins the pieces of a story too often to say so).
   */
  readonly also?: readonly string[];
  /**
   * «Ni», «nici», «ні»: a list goes on, refused when what came before refused («no necesito ni
   * cuidadora ni limpiadora»), hard when it was hard («no puede hacer la compra ni cocinar»).
   */
  readonly nor?: readonly string[];
  /**
   * How a message opens when it tells one's own job: «trabajo como», «lucrez ca», «je travaille
   * comme». Said alone, with no wanting, it is no job search (read-words.ts, employed).
   */
  readonly ownWork?: readonly string[];
  /**
   * Finite verbs that tell, said now: «tiene», «vive», «є», «живёт». A piece with one and no
   * wanting tells (telling.ts), as Italian «ha», «vive» do: «ya tenemos una señora que limpia».
   */
  readonly telling?: readonly string[];
  /**
   * Words that tell of the past: «tuvimos», «була», «avait»; one starting with «-» is an
   * ending, of a word with three letters or more before it («-aron», «-ала»).
   */
  readonly past?: readonly string[];
  /** Words that make a past with a participle after them: «he», «ai», «am». */
  readonly auxiliaries?: readonly string[];
  /** Participles after an auxiliary, as `past` («fini», «-ado»): «j'ai fini», «am avut». */
  readonly participles?: readonly string[];
  /**
   * Stems of what troubles a story: being alone, fear, illness, what is hard («sol», «miedo»,
   * «самот»). A story of several sentences with one is not read as only telling (telling.ts).
   */
  readonly trouble?: readonly string[];
  /**
   * Words that say «no longer» beside a negation: «ya no camina», «il ne cuisine plus», «nu mai
   * gătește», «більше не ходить». What someone no longer does is hard, as Italian «non cucina più».
   */
  readonly noLonger?: readonly string[];
  /**
   * Stems of what someone can no longer do, by the need it tells (chores.ts): walking or dressing
   * a carer («ya no puede caminar»), cooking meals, the shopping, cleaning a home helper.
   */
  readonly chores?: Readonly<Partial<Record<ChoreNeed, readonly string[]>>>;
  /**
   * Stems of the words that name Italian or «the language»: after a negation («no habla nada de
   * italiano», «без мови нікуди не беруть», «ما كتفهم حتى كلمة بالطليانية») Italian is what
   * stands in the way (learner.ts).
   */
  readonly italian?: readonly string[];
  /**
   * How one tells not understanding what one is told, or not being able to talk with the doctor
   * or the teacher, as phrases («no entiendo lo que me dicen», «не розумію, що мені кажуть»,
   * «لا أفهم ما تقوله المعلمة»): Italian stands in the way though it is not named (learner.ts).
   */
  readonly notUnderstood?: readonly string[];
  /**
   * How one tells one's own work lost, as phrases («контракт закінчився», «me quedé sin
   * trabajo», «خلص عقدي»): a story with one, refused or unsure, looks for work (work.ts).
   */
  readonly workLost?: readonly string[];
  /**
   * How a worker offers themselves, as phrases: experience («tengo experiencia», «маю досвід»)
   * and caring for old people as a wish or a skill, with no one of their own named («хочу
   * доглядати літніх людей», «quiero cuidar ancianos»). Read as work lost is (work.ts): a
   * family names whom the care is for, and asks a carer.
   */
  readonly offersOneself?: readonly string[];
  /**
   * How a family carer tells looking after their own, as phrases («cuido a mi», «am grijă de»),
   * and how they ask for themselves («alguien que me escuche», «nu am cui să spun»): both in one
   * message are a carer's own need (carer.ts), as «assisto mia madre… parlare con qualcuno».
   */
  readonly caresForOwn?: readonly string[];
  readonly forOneself?: readonly string[];
  /**
   * A family carer's own strain told, as phrases («nu mai am putere», «快撑不住了»): beside
   * looking after one's own, support for carers though nothing is asked (carer.ts, asWornCarer).
   */
  readonly ownStrain?: readonly string[];
  /**
   * How an older person is told as well, as phrases («está sano», «malakas pa», «здорова»), and
   * days told as spent alone and idle («no habla con nadie», «walang kausap», «цілий день
   * вдома»): both in one message, as «sta benissimo… non vede nessuno», are activities with
   * others (ageing.ts).
   */
  readonly well?: readonly string[];
  readonly idle?: readonly string[];
  /**
   * How one names one's children («mi hija», «донечці», «anak namin»), and how the hours they
   * are left without someone are told («no tengo con quién dejarla», «оставить не с кем»,
   * «walang magbabantay»): both in one message are a babysitter (childcare.ts).
   */
  readonly children?: readonly string[];
  readonly unminded?: readonly string[];
  /**
   * How one names an older relative («mi padre», «тато», «bunicul»), and how they are told as
   * not to be left alone, or with nobody by them («no puede estar sola», «хто б жив з ним»,
   * «مفيش حد معاه»): both in one message are a home carer (home-care.ts).
   */
  readonly elders?: readonly string[];
  readonly unattended?: readonly string[];
  /**
   * How one names the fridge («la nevera», «frigiderul», «冰箱») and how it is told empty
   * («vacía», «gol», «空»): both in one message are the shopping's toll, as «frigo vuoto» is in
   * Italian (chores.ts, toldChoreElsewhere).
   */
  readonly fridge?: readonly string[];
  readonly empty?: readonly string[];
  /**
   * Words that say by themselves that one cannot, where a language fuses the negation into the
   * verb («提不动», can't carry; «下不了», can't get down): the piece they stand in is hard.
   */
  readonly unable?: readonly string[];
  /**
   * Words that fuse a negation with a wanting, as the segmenter cuts them («不想», don't want;
   * «不用», no need): what follows them is refused, as after «non voglio».
   */
  readonly refusing?: readonly string[];
  /**
   * How one asks how a word is said or translated, as phrases («comment on dit», «cum se
   * zice», «як перекласти»): said of Italian or another language and wanting nothing, the need's
   * word in it («femme de ménage») is only the word asked for (reading.ts).
   */
  readonly asksAWord?: readonly string[];
  /**
   * How one thanks («gracias», «mersi», «شكرا», «谢谢») or greets in words the model does not
   * know («слава Ісусу Христу»), as phrases: a message that asks nothing and was written to thank
   * or greet is a greeting where the model refused it (thanks.ts), as Italian «grazie di cuore».
   */
  readonly thanks?: readonly string[];
  /**
   * A need told as met, as phrases: work found («ya encontró trabajo», «знайшла роботу»,
   * «找到工作»), a worker already taken on («已经请了»). Said with no negation right before
   * it, nothing asked and nothing turning after it, the message asks for none
   * (told-not-asked.ts).
   */
  readonly met?: readonly string[];
  /**
   * How one says one only wanted to tell, as phrases: «solo quería contarles», «voiam doar să vă
   * spun», «просто хотіла розповісти». Said with nothing asked, wanted or missing after it, the
   * message asks for no need, whatever need it tells of (told-not-asked.ts).
   */
  readonly justTelling?: readonly string[];
  /**
   * How one tells having gone to a place, as phrases: «fui al», «am fost la», «ходила в»,
   * «上次去». Before an office's name, with nothing asked or wanted, the visit is told, not a
   * need asked (told-not-asked.ts).
   */
  readonly visited?: readonly string[];
  /**
   * How one asks for a person instead of the bot, as phrases: to speak with someone, a worker,
   * an operator («parler à quelqu'un», «和工作人员说话»), or to be called («перезвоните мне»).
   * A message the model leaves unsure or refused is then the offer of a person (person-asked.ts).
   */
  readonly personAsked?: readonly string[];
  /**
   * A call asked about a subject, as phrases opening it («rappelez-moi au sujet de»,
   * «llámenme para saber»): the subject decides the need, not the person (asked-object.ts).
   */
  readonly callAbout?: readonly string[];
  /**
   * A recommendation asked of whoever reads, as phrases («me pueden recomendar», «pouvez-vous me
   * conseiller»): beside a greeting, the greeting is not what is asked (greeting.ts).
   */
  readonly recommending?: readonly string[];
  /**
   * A question asked as not knowing, as phrases («no sabemos si», «nu știm dacă»): the
   * negation in it refuses nothing, the piece asks (reading.ts).
   */
  readonly wondering?: readonly string[];
}

/** The needs a chore told hard may name. */
export const CHORE_NEEDS = ["badante", "pasti_domicilio", "spesa_domicilio", "colf"] as const;
export type ChoreNeed = (typeof CHORE_NEEDS)[number];

/** Every language's words, by language code: plain data, kept in the model that reads them. */
export type ReadingWords = Readonly<Record<string, NegationWords>>;

const words = z.array(z.string().trim().min(1)).min(1);

/** One locales/<lang>/reading.yaml. */
export const readingWordsFileSchema = z
  .strictObject({
    // A language whose negation follows what it denies (Sinhala «ඕනේ නැහැ») lists it as
    // negations_after: the reading negates what comes after a negation.
    negations: words.optional(),
    halved_negations: words.optional(),
    second_halves: words.optional(),
    not_negations: words.optional(),
    not_turns: words.optional(),
    determiners: words.optional(),
    negations_after: words.optional(),
    refuses_before: words.optional(),
    between: words.optional(),
    // A language may be read for its negations alone (Arabic): no wanting, no being able.
    wanting: words.optional(),
    able_now: words.optional(),
    knowing: words.optional(),
    but: words.optional(),
    and: words.optional(),
    also: words.optional(),
    nor: words.optional(),
    own_work: words.optional(),
    telling: words.optional(),
    past: words.optional(),
    auxiliaries: words.optional(),
    participles: words.optional(),
    trouble: words.optional(),
    no_longer: words.optional(),
    chores: z.partialRecord(z.enum(CHORE_NEEDS), words).optional(),
    italian: words.optional(),
    not_understood: words.optional(),
    work_lost: words.optional(),
    offers_oneself: words.optional(),
    cares_for_own: words.optional(),
    for_oneself: words.optional(),
    own_strain: words.optional(),
    well: words.optional(),
    idle: words.optional(),
    children: words.optional(),
    unminded: words.optional(),
    elders: words.optional(),
    unattended: words.optional(),
    fridge: words.optional(),
    empty: words.optional(),
    unable: words.optional(),
    refusing: words.optional(),
    asks_a_word: words.optional(),
    thanks: words.optional(),
    met: words.optional(),
    just_telling: words.optional(),
    visited: words.optional(),
    person_asked: words.optional(),
    call_about: words.optional(),
    recommending: words.optional(),
    wondering: words.optional(),
  })
  .transform(
    ({
      negations,
      not_negations,
      not_turns,
      negations_after,
      halved_negations,
      second_halves,
      refuses_before,
      wanting,
      able_now,
      own_work,
      no_longer,
      not_understood,
      work_lost,
      offers_oneself,
      cares_for_own,
      for_oneself,
      own_strain,
      asks_a_word,
      person_asked,
      call_about,
      just_telling,
      ...rest
    }): NegationWords => ({
      ...rest,
      negations: negations ?? [],
      wanting: wanting ?? [],
      ableNow: able_now ?? [],
      ...(not_negations === undefined ? {} : { notNegations: not_negations }),
      ...(not_turns === undefined ? {} : { notTurns: not_turns }),
      ...(negations_after === undefined ? {} : { negationsAfter: negations_after }),
      ...(halved_negations === undefined ? {} : { halvedNegations: halved_negations }),
      ...(second_halves === undefined ? {} : { secondHalves: second_halves }),
      ...(refuses_before === undefined ? {} : { refusesBefore: refuses_before }),
      ...(own_work === undefined ? {} : { ownWork: own_work }),
      ...(no_longer === undefined ? {} : { noLonger: no_longer }),
      ...(not_understood === undefined ? {} : { notUnderstood: not_understood }),
      ...(work_lost === undefined ? {} : { workLost: work_lost }),
      ...(offers_oneself === undefined ? {} : { offersOneself: offers_oneself }),
      ...(cares_for_own === undefined ? {} : { caresForOwn: cares_for_own }),
      ...(for_oneself === undefined ? {} : { forOneself: for_oneself }),
      ...(own_strain === undefined ? {} : { ownStrain: own_strain }),
      ...(asks_a_word === undefined ? {} : { asksAWord: asks_a_word }),
      ...(person_asked === undefined ? {} : { personAsked: person_asked }),
      ...(call_about === undefined ? {} : { callAbout: call_about }),
      ...(just_telling === undefined ? {} : { justTelling: just_telling }),
    }),
  );

import type { Classification, Ranking } from "./decision.js";
import { turnedTo } from "./told-need.js";

/** Activities with others for older people who are well: groups, outings, courses. */
export const ACTIVE_AGEING_INTENT = "invecchiamento_attivo";
/** Someone who looks in on older people living alone in public housing. */
const SOCIAL_CUSTODIAN_INTENT = "custode_sociale";

/**
 * An older person told as well and independent: «sta benissimo», «è autonomissima», «cammina
 * bene», «la testa c'è», «è una scheggia», «attivissima», «perfectly fine», «totally independent»,
 * «super active», «perfectly fit», «va ancora al bar tutte le mattine».
 */
const WELL =
  /\b(?:sta (?:ancora |fisicamente )?(?:bene|benissimo)|stanno bene|fisicamente sta|in forma|in gamba|cammina (?:ancora )?(?:bene|benissimo)|cammino bene|autonom\w*|indipendente|lucid\w*|arzill\w*|una scheggia|la testa c e|forte e capa|(?:perfectly|absolutely|really) (?:fine|well)|(?:totally|fully|completely|very) independent|sharp as a tack|fit as a fiddle|in good (?:health|shape)|(?:walks|drives) every day|still (?:drives|walks|sharp|active)|perfectly fit|(?:va|goes) ancora (?:al bar|in giro|a ballare)|(?:super|very|really|so) active|full of energy|attivissim\w*|molto attiv\w*|pien[oa] di energia)/u;
/**
 * Days spent alone and idle: «non vede mai nessuno», «si annoia», «passa le giornate davanti
 * alla tv», «non esce più», «le farebbe bene vedere gente», «bored», «barely talks to anyone»,
 * «stuck in the flat», «sits in our flat all day», «doesn't know a soul», «a casa tutto il giorno»,
 * «passa le giornate (da sola) davanti alla tv», «days without speaking to anyone», wishing to
 * meet people «her own age», «trovare gente», «coetanei» (not «chiusa in
 * casa», which is also said of someone held there: danger).
 */
const ALONE_AND_IDLE =
  /\b(?:non vede (?:mai )?nessuno|non conosc\w* nessuno|non parla con nessuno|(?:si|mi) annoia|annoi\w+|bored|davanti (?:alla tv|alla televisione|a rete \d)|(?:talks|talking) to the tv|in front of the tv|barely (?:talks|sees|speaks)|(?:doesn t|does not|never) (?:really )?(?:go out|see anyone|talk to anyone)|non esce (?:piu|mai)|stare con (?:la )?gente|vedere (?:un po di )?gente|in mezzo alla gente|compagnia|company|(?:sta|stare) (?:sempre |tutto il giorno )?in casa|la giornata non passa|lonely|sola tutto|solo tutto|stuck (?:in|at) (?:the flat|the house|home)|(?:meet|meeting) (?:new )?people|people (?:of )?(?:her|his|their) own age|coetane\w*|conoscere (?:altra |nuova )?gente|trovare (?:della |un po di )?gente|(?:doesn t|does not) know a soul|(?:sits|sat|sitting) in (?:our |the |her |his )?(?:flat|house) all day|(?:a|in) casa tutto (?:il )?giorno|passa le giornate|days without (?:speaking|talking) to anyone)/u;

/**
 * What the body can no longer do, beside the wellness: «sta bene di testa ma non di gambe», «non
 * riesce più a fare le scale»: the story may be about care or the shopping, not activities.
 */
const FRAIL =
  /\b(?:ma non di gambe|non cammina|cammina (?:poco|male|a fatica)|non riesce|non ce la fa|(?:can not|cannot|can t) walk|struggles to)/u;

/**
 * Others of one's age sought, a wellness told by the wish itself: «un posto con altri anziani»,
 * «qualcosa con altre signore», «any clubs for old dears?», «people her own age».
 */
const WITH_OTHERS_OF_AGE =
  /\b(?:con altri anziani|con altre signore|(?:any|a) (?:social )?clubs?|centro anziani|people (?:of )?(?:her|his|their) own age)\b/u;

/**
 * An older person well in body and mind, or seeking others of their age, who spends the days alone (see asActiveAgeing), in a
 * message as plainWords gives it.
 */
export const toldWellButIdle = (plain: string): boolean =>
  (WELL.test(plain) || WITH_OTHERS_OF_AGE.test(plain)) &&
  ALONE_AND_IDLE.test(plain) &&
  !FRAIL.test(plain);

/**
 * A story of an older person who is well («sta benissimo», «totally independent») and spends the
 * days alone («si annoia», «non vede mai nessuno») is about activities with others, though its
 * words of age and living alone lean the model to care, or leave it below the bar. Taken only
 * where the model refused the message or was unsure, and counts the activities among its best
 * needs: a need asked outright («cerco una badante che le faccia compagnia») is kept. Read as
 * the custodian first and the activities second, the activities are the need: the days alone were told
 * before the wish («…non vede mai nessuno. Gli farebbe bene uscire…»), and a custodian looks in
 * on someone frail, not on a father who «cammina benissimo ed è lucido». A second need read
 * beside an unsure reading («…bring her shopping… and a social club») is kept beside the activities;
 * the custodian is not: a well older person is what the activities are read for instead.
 */
export function asActiveAgeing(
  decision: Classification,
  ranking: Ranking,
  /** The message as read; read only for a need still open (ReadWords). */
  words: { readonly wellButIdle: boolean },
): Classification {
  const custodianBesideAgeing =
    decision.intent === SOCIAL_CUSTODIAN_INTENT && decision.also === ACTIVE_AGEING_INTENT;
  if (!custodianBesideAgeing && decision.intent !== null && !decision.ambiguous) return decision;
  if (!words.wellButIdle) return decision;
  if (custodianBesideAgeing) return turnedTo(decision, ranking, ACTIVE_AGEING_INTENT, undefined);
  return turnedTo(
    decision,
    ranking,
    ACTIVE_AGEING_INTENT,
    decision.also === SOCIAL_CUSTODIAN_INTENT ? undefined : decision.also,
  );
}

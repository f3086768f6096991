import { z } from "zod";

/**
 * The cue files (locales/<lang>/danger.yaml): phrases by kind of danger, and the phrases that
 * frame them. How the detector reads them: src/safety/danger.ts and the modules it names.
 */
const phrases = z.array(z.string().trim().min(1)).optional();

/**
 * One language's cues, by kind of danger, and phrases that silence them:
 * - `over` tells that a collapse or a crisis is over ("she fainted last year, now she is
 *   fine"), and never silences violence or thoughts of suicide, which stay dangerous when
 *   told in the past; a `still` phrase ("di nuovo", "again") brings the message back to now;
 * - `not_danger` tells that the words are about something else (a film, a course, a
 *   toddler's game) and silences every kind in its sentence, up to a word of contrast or a
 *   turn («mi picchia quando beve, ma volevo chiedere un corso di italiano» is heard);
 * - `idiom` is a figure of speech ("da morire", "mi picchia la testa", "abuso di alcol") that
 *   silences only the cues sharing its words: "sto male da morire, dolore al petto" still
 *   alarms; the model reads on its own what follows a turn after it (src/safety/clauses.ts);
 * - `negation` words just before a cue or a silencer cancel it ("non mi picchia più", "non
 *   sto scherzando"), while every other cue of the message still counts; a wish to die denied
 *   and then set against something in its sentence is ambivalence and stays ("no quiero morir
 *   pero tengo un cuchillo");
 * - `long_ago` places what is told up to it in a finished past ("anni fa", "that was years
 *   ago") and silences every kind there, violence too, unless a `still` phrase brings it back
 *   to now ("di nuovo", "stasera", "still"): "era violento ma ci siamo separati dieci anni fa"
 *   is not an alarm, "anni fa mi picchiava, stasera ha ricominciato" is;
 * - `not_now` tells that what its sentence says might happen, or happens at times, rather than
 *   now ("temo che possa svenire", "what if she falls", "a volte non mi riconosce"): it
 *   silences a collapse or a crisis in its own sentence only, like `over`, never violence or
 *   thoughts of suicide ("a volte penso che sarebbe meglio morire" alarms); a `still` phrase
 *   brings it back to now ("ha spesso crisi, in questo momento non respira"); someone else's
 *   violence or wish to die in its sentence gets the gentle line instead of the alarm ("mia
 *   madre ogni tanto dice che è stanca di vivere, poi ride"), as it does when told before a
 *   `request` or an `ended` (src/safety/gentle.ts: who the cue happens to);
 * - `request` asks for an everyday service ("cerco una badante", "c'è lavoro di colf?"): a
 *   message that does is telling a story around its need, so, like `over`, it silences a
 *   collapse or a crisis (not one told after it as `today`'s news), and the readers that cannot name a cue (the model, the classifier),
 *   and a cue of violence or suicide only when the message also says it has `ended`. On the
 *   development sets 1 of 1,041 dangers asks for a service, and 547 of 1,658 ordinary messages
 *   do;
 * - `ended` says the situation has ended for good, not only that time has passed: a
 *   separation, a restraining order, living elsewhere now, being followed by a therapist, "it's
 *   behind me". Like `over` it silences a collapse or a crisis; with a `request`, violence and
 *   suicide told before it get the need's answer with one gentle line giving 112 and 1522 (a
 *   caution, not the danger answer): "mi picchiava, ci siamo separati, cerco lavoro" is the
 *   request's background, while "mi picchia, cerco lavoro per andarmene", "mi
 *   picchiava, ci siamo separati" and "mio marito mi picchiava, ora sto bene e cerco lavoro"
 *   alarm;
 * - `joke` is laughter or a joke owned ("ahah", "lol", "scherzo", "jk"; laughing, eye-rolling
 *   and face-palming emoji are read apart, below): the whole message is not serious and no
 *   kind alarms. Over the 14 development sets (14 writers) none of 944 dangers laughs, and 55
 *   of 1,459 ordinary messages do;
 * - `resolved` says that it is over now ("ora sta meglio", "okay na ako ngayon", "now I'm
 *   fine"): a collapse or a crisis told before it is silenced (never violence or suicide: a
 *   beating is not over because the citizen is fine tonight), and a cue told after it still
 *   alarms ("ora sto bene ma ho paura che torni"); `negation` cancels it
 *   ("non sto bene");
 * - `cry` is a call for help or a fear said alone ("aiuto", "help", "sos", «🆘», "ho paura"):
 *   a message that is nothing else, or nothing else after greetings (the `greeting` phrases of
 *   locales/<lang>/replies.yaml: «ciao aiuto», «hola, tengo miedo»), is an alarm of distress;
 *   a message that goes on is read for what it says ("help me find a cleaner", «ho paura di
 *   non trovare lavoro»);
 * - `despair` is how the writer feels, said as a cry of its own («non ce la faccio più», «sono
 *   disperata», "I can't take it anymore"): alone, or after greetings only, an alarm of
 *   distress like a `cry`; opening a message that goes on, it ends at its sentence's end or at
 *   the first pause after it (a comma, a colon, a dash: «I can't take it anymore, my mum fell
 *   twice this month»), and what follows says whether anyone is in danger. A call for help is
 *   not cut at a pause («tulong po, si lola nahimatay»): it is a plea to the reader, often
 *   before the danger it asks help for;
 * - `whom_to_ask` asks whom to call or turn to, or for a hand with a task ("chi chiamo?", "a
 *   chi mi rivolgo?", "who do I call?", "me la correggete?"): a practical question, so, like
 *   `over`, only a model sure of danger is heard over it; the cues still alarm ("è a terra e non
 *   respira, chi chiamo?"). On the 20 development writers no danger asks so, and 24 ordinary
 *   messages do (4 alarmed by the model with its writer left out);
 * - `illness` names an illness that explains someone's blows (dementia, Alzheimer's, autism),
 *   or a doctor saying it is the illness: blows told by the carer they fall on, at times or
 *   before a `request` («mia madre con la demenza a volte mi dà uno schiaffo, cerco un gruppo
 *   per familiari»), get the need's answer and the gentle line; a `still` phrase («stasera»,
 *   «right now») keeps the alarm, as a blow falling on someone else does;
 * - `nuisance` tells a neighbour's noise as a nuisance, a habit that keeps one awake («il vicino
 *   urla ogni sera durante la partita, non riesco a dormire»): like `whom_to_ask`, only a model
 *   sure of danger is heard over it; the cues still alarm («non riesco a dormire, sento lui che
 *   la picchia»);
 * - `today` places what follows it this morning or a moment ago («stamattina», «poco fa», «this
 *   morning»): a collapse or a crisis told after a `request` and after it is news, not the
 *   request's background («avrei bisogno di una badante, stamattina l'ho trovata a terra e non
 *   riesce a parlare bene»); it silences nothing and brings nothing else back to now;
 * - `since` tells a silence that has lasted up to now («da due giorni niente», «da ieri sera»,
 *   «for two days»): a `not_now` in its sentence is a routine set against it («di solito alza
 *   le tapparelle alle 7»), not an «at times», and silences nothing there; like `today`, it
 *   makes a collapse told after a `request` and after it news («volevo sapere per il custode
 *   sociale, mia zia da tre giorni non apre»); alone it alarms nothing;
 * - `back_then` places a story months or years back («l'anno scorso», «dieci anni fa», «hace
 *   años», «колись», «used to»): alone it silences nothing (a beating last year may not be
 *   over); with a `resolved` or an `ended` after it («ora sto bene», «it's over»), what is
 *   told from its sentence up to that end is a past the citizen came through, answered with
 *   the gentle line (src/safety/gentle.ts) unless a `still` phrase brings it back to now;
 * - `present` is violence or a wish to die told in the present tense («mi picchia», «voglio
 *   morire», "he hits me", "is beating"): a cue sharing its words is not placed in a finished
 *   past by a `long_ago` told after it («mio marito mi picchia, anni fa era un uomo dolce»: the
 *   past is his, not the blows'), while «mi picchiava, anni fa» still is; it alarms nothing.
 */
export const dangerCuesSchema = z.strictObject({
  violence: phrases,
  self_harm: phrases,
  collapse: phrases,
  distress: phrases,
  over: phrases,
  ended: phrases,
  not_danger: phrases,
  idiom: phrases,
  negation: phrases,
  long_ago: phrases,
  still: phrases,
  not_now: phrases,
  request: phrases,
  joke: phrases,
  resolved: phrases,
  cry: phrases,
  despair: phrases,
  whom_to_ask: phrases,
  illness: phrases,
  nuisance: phrases,
  today: phrases,
  since: phrases,
  back_then: phrases,
  present: phrases,
});
export type DangerCues = z.infer<typeof dangerCuesSchema>;

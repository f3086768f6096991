import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Message } from "grammy/types";
import type { App } from "../../src/app.js";
import type { BotApiEmulator, TestGroup, TestUser } from "../../src/emulator/bot-api-emulator.js";
import type { HandoffRequest } from "../../src/handoff/request.js";
import { readUntil, shown } from "../support/reading.js";

export { readUntil, shown };

/** Reads until a message whose text matches, and returns that message. */
export async function until(
  emulator: BotApiEmulator,
  chatId: number,
  pattern: RegExp,
  timeoutMs?: number,
): Promise<Message> {
  const messages = await readUntil(emulator, chatId, (m) => pattern.test(shown(m)), timeoutMs);
  return messages.at(-1) as Message;
}

/** Sends a citizen's typed text and reads until a message matches `next` (see until). */
export const sayTo =
  (harness: { readonly emulator: BotApiEmulator }) =>
  (user: TestUser, text: string, next: RegExp): Promise<Message> => {
    harness.emulator.sendText(user, text);
    return until(harness.emulator, user.id, next);
  };

export const REGISTERED =
  /Richiesta registrata: (WM-[A-Z0-9]{4,6})|Request registered: (WM-[A-Z0-9]{4,6})/;

/** The reference the citizen was given in the "registered" message. */
export function referenceIn(message: Message): string {
  const match = REGISTERED.exec(shown(message));
  if (!match) throw new Error(`no reference in: ${shown(message)}`);
  return (match[1] ?? match[2]) as string;
}

export interface ContactDetails {
  /** Shared with the contact button unless `typedPhone` is given. */
  readonly phone?: string;
  readonly typedPhone?: string;
  readonly note?: string;
  /** The consent question, when the story has already read it. */
  readonly consent?: Message;
}

/**
 * Goes through consent, name (the proposed one), phone, time (morning), note and
 * confirmation, once the consent question is the next thing the citizen will read.
 * Returns the request's reference.
 */
export async function giveContactDetails(
  emulator: BotApiEmulator,
  user: TestUser,
  details: ContactDetails = {},
): Promise<string> {
  const consent =
    details.consent ?? (await until(emulator, user.id, /Sei d'accordo\?|Do you agree\?/));
  emulator.pressButton(user, consent, "h:consent:yes");
  const name = await until(emulator, user.id, /Come ti chiami|What is your name/);
  emulator.pressButton(user, name, "h:name");
  await until(emulator, user.id, /A che numero|What number/);
  if (details.typedPhone !== undefined) emulator.sendText(user, details.typedPhone);
  else emulator.shareContact(user, details.phone ?? "+39 333 123 4567");
  const time = await until(emulator, user.id, /Quando preferisci|When would you/);
  emulator.pressButton(user, time, "h:time:morning");
  const note = await until(emulator, user.id, /nota per l'operatore|note for the worker/);
  if (details.note === undefined) emulator.pressButton(user, note, "h:nonote");
  else emulator.sendText(user, details.note);
  const summary = await until(emulator, user.id, /Controlla la tua richiesta|Check your request/);
  emulator.pressButton(user, summary, "h:confirm:yes");
  return referenceIn(await until(emulator, user.id, REGISTERED));
}

/** The contact answers as a citizen types them, tapping nothing. */
export interface TypedContact {
  readonly name: string;
  readonly phone: string;
  readonly time: string;
}

/** Asks for a person and consents, by typing: the name question is next. */
export async function typedToName(emulator: BotApiEmulator, user: TestUser): Promise<Message> {
  emulator.sendText(user, ASK_FOR_OPERATOR);
  await until(emulator, user.id, /Sei d'accordo\?/);
  emulator.sendText(user, "sì");
  return until(emulator, user.id, /Come ti chiami/);
}

/** Types consent, name, phone and time: the note question is next. */
export async function typedToNote(
  emulator: BotApiEmulator,
  user: TestUser,
  { name, phone, time }: TypedContact,
): Promise<Message> {
  await typedToName(emulator, user);
  const say = sayTo({ emulator });
  await say(user, name, /A che numero/);
  await say(user, phone, /Quando preferisci/);
  return say(user, time, /nota per l'operatore/);
}

/**
 * The typed twin of giveContactDetails, up to the summary: every answer typed, the note too.
 * Returns the summary shown, to be confirmed (or not) by the test.
 */
export async function typeContactDetails(
  emulator: BotApiEmulator,
  user: TestUser,
  contact: TypedContact & { readonly note: string },
): Promise<Message> {
  await typedToNote(emulator, user, contact);
  return sayTo({ emulator })(user, contact.note, /Controlla la tua richiesta/);
}

/** Asks for an operator, consents and keeps the proposed name: the phone question is next. */
export async function untilPhoneQuestion(emulator: BotApiEmulator, user: TestUser): Promise<void> {
  emulator.sendText(user, ASK_FOR_OPERATOR);
  const consent = await until(emulator, user.id, /Sei d'accordo\?/);
  emulator.pressButton(user, consent, "h:consent:yes");
  emulator.pressButton(user, await until(emulator, user.id, /Come ti chiami/), "h:name");
  await until(emulator, user.id, /A che numero/);
}

/** A request for a person that names the area, so the bot does not ask it first. */
export const ASK_FOR_OPERATOR = "vorrei parlare con un operatore, abito a Niguarda";
const ASK_FOR_OPERATOR_IN_ENGLISH = "I would like to talk to a person, I live in Niguarda";

/**
 * Asks for a person by free text in the citizen's Telegram language (it or en) and types the
 * yes to consent: the name question waits.
 */
export async function untilNameQuestion(emulator: BotApiEmulator, user: TestUser): Promise<void> {
  const english = user.language_code === "en";
  emulator.sendText(user, english ? ASK_FOR_OPERATOR_IN_ENGLISH : ASK_FOR_OPERATOR);
  await until(emulator, user.id, /Sei d'accordo\?|Do you agree\?/);
  emulator.sendText(user, english ? "yes" : "sì");
  await until(emulator, user.id, /Come ti chiami|What is your name/);
}

/**
 * Asks for an operator by free text, in the citizen's Telegram language (the text decides the
 * dialogue's language), and gives the contact details.
 */
export async function askForOperator(
  emulator: BotApiEmulator,
  user: TestUser,
  details: ContactDetails = {},
): Promise<string> {
  emulator.sendText(
    user,
    user.language_code === "en" ? ASK_FOR_OPERATOR_IN_ENGLISH : ASK_FOR_OPERATOR,
  );
  return giveContactDetails(emulator, user, details);
}

/**
 * The operators' notification of a request, once it is in their chat and the bot has
 * recorded it (its buttons are checked against that record; no operator is faster).
 */
export async function notificationOf(
  emulator: BotApiEmulator,
  app: App,
  group: TestGroup,
  reference: string,
): Promise<Message> {
  await emulator.waitFor(
    () => notificationsOf(emulator, group, reference).length > 0,
    undefined,
    `waiting for the notification of ${reference} in chat ${group.id}`,
  );
  // Joins the delivery pass in progress, which records the message it sent.
  await app.outbox.flush();
  const recorded = (await app.requests.get(reference))?.notification.messageId;
  const notification = notificationsOf(emulator, group, reference).find(
    (m) => m.message_id === recorded,
  );
  if (!notification) throw new Error(`the notification of ${reference} was not recorded`);
  return notification;
}

/** Every notification of a request the operators' chat received (current versions). */
export function notificationsOf(
  emulator: BotApiEmulator,
  group: TestGroup,
  reference: string,
): Message[] {
  const pattern = new RegExp(`Richiesta ${reference}\\b`);
  return emulator.sentMessages(group.id).filter((m) => pattern.test(m.text ?? ""));
}

/** Every file under a folder, with its contents, for "does this string survive anywhere". */
export async function filesUnder(dir: string): Promise<Array<{ path: string; text: string }>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  const read = await Promise.all(
    // A conversation's file may go away between listing and reading: it no longer exists.
    files.map((path) =>
      readFile(path, "utf8").then(
        (text) => ({ path, text }),
        () => undefined,
      ),
    ),
  );
  return read.filter((file) => file !== undefined);
}

/** Waits until the current version of a message satisfies `done` (edits arrive after replies). */
export async function untilEdited(
  emulator: BotApiEmulator,
  message: Message,
  done: (text: string) => boolean,
): Promise<Message> {
  const current = () => emulator.messageById(message.chat.id, message.message_id);
  await emulator.waitFor(
    () => done(shown(current() ?? message)),
    undefined,
    `waiting for message ${message.message_id} to be edited; it reads: ${shown(current() ?? message)}`,
  );
  return current() ?? message;
}

/** Waits until the stored request has `status` (the operator's press is handled). */
export async function untilStatus(
  app: App,
  reference: string,
  status: HandoffRequest["status"],
): Promise<void> {
  for (let waited = 0; (await app.requests.get(reference))?.status !== status; waited += 50) {
    if (waited > 10_000) throw new Error(`${reference} never became ${status}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A citizen's request, taken and closed by `operator` in `group`: its reference. */
export async function closedRequest(
  { emulator, app }: { emulator: BotApiEmulator; app: App },
  group: TestGroup,
  operator: TestUser,
  user: TestUser,
): Promise<string> {
  const reference = await askForOperator(emulator, user);
  const card = await notificationOf(emulator, app, group, reference);
  emulator.pressButton(operator, card, `o:claim:${reference}`);
  await untilStatus(app, reference, "claimed");
  emulator.pressButton(operator, card, `o:close:${reference}`);
  return reference;
}

/** A badante asked for in Italian and answered for Niguarda, up to «Vuoi essere ricontattato?»; the answer's map pin read too. */
export async function answeredForNiguarda(
  emulator: BotApiEmulator,
  user: TestUser,
): Promise<Message> {
  emulator.sendText(user, "cerco una badante per mia madre");
  await until(emulator, user.id, /In che zona di Milano abiti/);
  emulator.sendText(user, "Niguarda");
  const answer = await until(emulator, user.id, /Vuoi essere ricontattato/);
  await emulator.nextBotMessage(user.id); // the venue
  return answer;
}

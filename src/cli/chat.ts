import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { pathToFileURL } from "node:url";
import type { Message } from "grammy/types";
import { destination } from "pino";
import { createApp } from "../app.js";
import { ConfigError, parseConfig } from "../config/env.js";
import {
  type ApiCall,
  BotApiEmulator,
  type ReplyKeyboardButton,
  type TestGroup,
  type TestUser,
} from "../emulator/bot-api-emulator.js";
import { createLogger, describeError } from "../logging/index.js";
import { PRIVATE_FILE } from "../storage/disk.js";
import { type ChatInput, formatChoices, indent, parseInput, renderMessage } from "./chat-lines.js";

/** The bot is "done answering" once it has made no Bot API call for this long. */
const QUIET_MS = 300;
/** For the bot's first long poll, and for it to take a typed line (slower in a cold start). */
const FIRST_CALL_TIMEOUT_MS = 15_000;
/** How often what the bot sent is printed while it is still handling a line. */
const PROGRESS_MS = 100;
/** Fixed, so that the citizen's profile in DATA_DIR is found again on the next run. */
const CITIZEN_ID = 1;
/**
 * The citizen's first name when $USER is unset: a person's name, as Telegram gives one, which
 * reads the same in every language the bot speaks (a role word, «Cittadino», was offered on
 * the name button of a Romanian dialogue as if it were the citizen's name).
 */
const CITIZEN_NAME = "Maria";
/** The simulated operator who acts in the operators' group with /op. */
const OPERATOR: TestUser = { id: 2, first_name: "Operatore", last_name: "WeMi" };
const OPERATORS: TestGroup = {
  id: -1_000_000_000_001,
  title: "Operatori WeMi (locale)",
  type: "supergroup",
};

type Locale = "it" | "en";

const HINTS = {
  it: {
    banner: (log: string) =>
      [
        "Chat locale con il bot WeMi (emulatore su 127.0.0.1, nessuna rete, nessun token).",
        "Scrivi un messaggio; /1, /2… premono un pulsante dell'ultima risposta; @45.49,9.21 invia una posizione; /quit o Ctrl-D per uscire.",
        "Come operatore nel gruppo: /op prendo, /op chiudi, /op <testo> risponde al cittadino. Da admin (ADMIN_IDS=1): /stats, /reload, /catalogo.",
        `Log: ${log}`,
      ].join("\n"),
    noButton: (n: number) => `(nessun pulsante ${n})`,
    noRequest: "(nessuna richiesta nel gruppo degli operatori)",
    shareLocation: "(scrivi la posizione come @lat,lon, per esempio @45.49,9.21)",
    sharePhone: "(scrivi il numero di telefono, per esempio 333 123 4567)",
    operators: "WeMi → gruppo degli operatori (simulato)",
    opens: (url: string) => `(il pulsante apre ${url})`,
    notice: (text: string) => `(avviso) ${text}`,
    edited: "(modificato)",
    noText: "(messaggio senza testo)",
    bye: "Ciao!",
  },
  en: {
    banner: (log: string) =>
      [
        "Local chat with the WeMi bot (emulator on 127.0.0.1, no network, no token).",
        "Type a message; /1, /2… press a button of the latest answer; @45.49,9.21 shares a location; /quit or Ctrl-D to leave.",
        "As an operator in the group: /op claim, /op close, /op <text> replies to the citizen. As admin (ADMIN_IDS=1): /stats, /reload, /catalogo.",
        `Log: ${log}`,
      ].join("\n"),
    noButton: (n: number) => `(no button ${n})`,
    noRequest: "(no request in the operators' group)",
    shareLocation: "(type the location as @lat,lon, e.g. @45.49,9.21)",
    sharePhone: "(type the phone number, e.g. 333 123 4567)",
    operators: "WeMi → operators' group (simulated)",
    opens: (url: string) => `(the button opens ${url})`,
    notice: (text: string) => `(notice) ${text}`,
    edited: "(edited)",
    noText: "(message without text)",
    bye: "Bye!",
  },
} as const;

type Hints = (typeof HINTS)[Locale];

/** One pressable button, inline (of a bot message) or of the reply keyboard. */
interface Choice {
  readonly label: string;
  readonly inline?: { readonly message: Message; readonly data?: string; readonly url?: string };
  readonly keyboard?: ReplyKeyboardButton;
}

function localeFrom(argv: readonly string[], lang: string | undefined): Locale {
  if (argv.includes("--en")) return "en";
  if (argv.includes("--it")) return "it";
  return lang?.toLowerCase().startsWith("en") ? "en" : "it";
}

/** Writes the bot's side of the chat to stdout, and knows which buttons a number presses. */
class ChatView {
  private readonly shown = new Map<number, string>();
  private noticeCursor: number;
  private keyboard: ReplyKeyboardButton[][] | undefined;
  choices: Choice[] = [];

  constructor(
    private readonly emulator: BotApiEmulator,
    private readonly chatId: number,
    private readonly hints: Hints,
    private readonly write: (text: string) => void,
    /** Who speaks, as printed before each message; button notices belong to the citizen's view. */
    private readonly options: { readonly speaker: string; readonly notices: boolean } = {
      speaker: "WeMi",
      notices: true,
    },
  ) {
    this.noticeCursor = emulator.callbackAnswers.length;
  }

  /** Prints what the bot sent since the last call; returns the messages that were new. */
  flush(): Message[] {
    const fresh: Message[] = [];
    for (const message of this.emulator.sentMessages(this.chatId)) {
      const text = renderMessage(message, this.hints.noText);
      const before = this.shown.get(message.message_id);
      if (before === text) continue;
      this.shown.set(message.message_id, text);
      this.write(
        `${before === undefined ? "" : `${this.hints.edited} `}${this.options.speaker}:\n${indent(text)}\n`,
      );
      if (before === undefined) fresh.push(message);
    }
    const answers = this.emulator.callbackAnswers;
    for (; this.options.notices && this.noticeCursor < answers.length; this.noticeCursor++) {
      const text = answers[this.noticeCursor]?.text;
      if (text) this.write(`${this.hints.notice(text)}\n`);
    }
    return fresh;
  }

  /**
   * After the bot's answer: the buttons of its latest message that has some, then the reply
   * keyboard if the answer (re)opened it. An answer without buttons leaves none to press.
   */
  settleChoices(fresh: readonly Message[]): void {
    const keyboard = this.emulator.replyKeyboardOf(this.chatId);
    const keyboardOpened = keyboard !== undefined && keyboard !== this.keyboard;
    this.keyboard = keyboard;
    if (fresh.length === 0 && !keyboardOpened) return;
    const withButtons = [...fresh].reverse().find((m) => this.emulator.buttonsOf(m).length > 0);
    const inline: Choice[] = withButtons
      ? this.emulator.buttonsOf(withButtons).map((b) => ({
          label: b.text,
          inline: {
            message: withButtons,
            ...(b.data !== undefined ? { data: b.data } : {}),
            ...(b.url !== undefined ? { url: b.url } : {}),
          },
        }))
      : [];
    const reply: Choice[] = keyboardOpened
      ? keyboard.flat().map((button) => ({ label: button.text, keyboard: button }))
      : [];
    this.choices = [...inline, ...reply];
    if (this.choices.length > 0) this.write(`${formatChoices(this.choices.map((c) => c.label))}\n`);
  }
}

/**
 * Whether a call belongs to the conversation shown: a message to the citizen or to the
 * operators' group, or the answer to a pressed button. The command menu, published while the
 * first message is being answered, is not: counting it ended the wait before a slow first
 * answer (a language's model loading), which then showed up after the next typed line.
 */
function inConversation(call: ApiCall, chats: ReadonlySet<number>): boolean {
  return call.method === "answerCallbackQuery" || chats.has(Number(call.params.chat_id));
}

/**
 * Waits until the bot has taken the update just sent and finished handling it, showing its
 * calls as they come (`progress`), then until it has made none about these chats for
 * QUIET_MS (a notification to the operators may follow). Pauses alone did not do: an answer
 * that waits on a language's model loading came after a pause, and showed up under the next
 * typed line.
 */
export async function waitForAnswer(
  emulator: BotApiEmulator,
  chats: ReadonlySet<number>,
  callsBefore: number,
  progress: () => void,
  handled: () => Promise<void>,
): Promise<void> {
  const count = () =>
    emulator.calls.slice(callsBefore).filter((c) => inConversation(c, chats)).length;
  try {
    await emulator.waitFor(() => emulator.pendingUpdateCount === 0, FIRST_CALL_TIMEOUT_MS);
  } catch {
    return;
  }
  const showing = setInterval(progress, PROGRESS_MS);
  try {
    await handled();
  } finally {
    clearInterval(showing);
  }
  progress();
  for (;;) {
    const mark = count();
    try {
      await emulator.waitFor(() => count() > mark, QUIET_MS);
    } catch {
      return;
    }
    progress();
  }
}

async function main(): Promise<void> {
  const config = parseConfig(process.env);
  const locale = localeFrom(process.argv.slice(2), process.env.LANG);
  const hints = HINTS[locale];
  await mkdir(config.DATA_DIR, { recursive: true });
  const logFile = join(config.DATA_DIR, "chat.log");
  // Readable by the bot's user only, like every file the bot keeps in DATA_DIR.
  const logger = createLogger(
    config.LOG_LEVEL,
    destination({ dest: logFile, sync: true, mode: PRIVATE_FILE }),
  );

  const emulator = new BotApiEmulator({
    botInfo: { first_name: "WeMi Milano", username: "wemi_milano_bot" },
  });
  await emulator.start();
  // A simulated operators' group, so that asking for a person can be tried end to end.
  emulator.addGroup(OPERATORS);
  emulator.setMember(OPERATORS, OPERATOR, "member");
  const app = await createApp({
    token: emulator.token,
    apiRoot: emulator.apiRoot,
    dataDir: config.DATA_DIR,
    logger,
    operatorChatId: OPERATORS.id,
    adminIds: new Set(config.ADMIN_IDS),
    retentionDays: config.RETENTION_DAYS,
    reviewRetentionDays: config.REVIEW_RETENTION_DAYS,
  });
  const runner = await app.launch();
  await emulator.waitForPolling(FIRST_CALL_TIMEOUT_MS);
  logger.info({ dataDir: config.DATA_DIR }, "local chat started");

  const user: TestUser = {
    id: CITIZEN_ID,
    first_name: process.env.USER || CITIZEN_NAME,
    language_code: locale,
  };
  const write = (text: string) => process.stdout.write(text);
  const view = new ChatView(emulator, user.id, hints, write);
  const operatorsView = new ChatView(emulator, OPERATORS.id, hints, write, {
    speaker: hints.operators,
    notices: false,
  });
  const interactive = process.stdin.isTTY === true;
  write(`${hints.banner(logFile)}\n\n`);

  const chats = new Set([user.id, OPERATORS.id]);
  /** Prints the bot's answer as it comes; then the buttons of the citizen's latest message. */
  const settle = async (callsBefore: number) => {
    const fresh: Message[] = [];
    const show = () => {
      fresh.push(...view.flush());
      operatorsView.flush();
    };
    await waitForAnswer(emulator, chats, callsBefore, show, runner.handled);
    show();
    view.settleChoices(fresh);
  };

  /** The latest request notification in the operators' group that still has buttons. */
  const latestRequest = () =>
    emulator
      .sentMessages(OPERATORS.id)
      .filter((m) => emulator.buttonsOf(m).some((b) => b.data?.startsWith("o:")))
      .at(-1);

  const actAsOperator = (input: Extract<ChatInput, { kind: "operator" }>): boolean => {
    const request = latestRequest();
    if (!request) {
      write(`${hints.noRequest}\n`);
      return false;
    }
    if (input.action === "reply") {
      emulator.sendInGroup(OPERATORS, OPERATOR, input.text, { reply_to_message: request });
      return true;
    }
    const button = emulator
      .buttonsOf(request)
      .find((b) => b.data?.startsWith(`o:${input.action}:`));
    if (button?.data === undefined) {
      write(`${hints.noRequest}\n`);
      return false;
    }
    emulator.pressButton(OPERATOR, request, button.data);
    return true;
  };

  const act = (input: ChatInput): boolean => {
    switch (input.kind) {
      case "operator":
        return actAsOperator(input);
      case "text":
        emulator.sendText(user, input.text);
        return true;
      case "location":
        emulator.shareLocation(user, input.lat, input.lon);
        return true;
      case "button": {
        const choice = view.choices[input.number - 1];
        if (!choice) {
          write(`${hints.noButton(input.number)}\n`);
          return false;
        }
        if (choice.inline?.data !== undefined) {
          emulator.pressButton(user, choice.inline.message, choice.inline.data);
          return true;
        }
        if (choice.inline?.url !== undefined) {
          write(`${hints.opens(choice.inline.url)}\n`);
          return false;
        }
        if (choice.keyboard !== undefined && "request_location" in choice.keyboard) {
          write(`${hints.shareLocation}\n`);
          return false;
        }
        if (choice.keyboard !== undefined && "request_contact" in choice.keyboard) {
          write(`${hints.sharePhone}\n`);
          return false;
        }
        emulator.sendText(user, choice.label);
        return true;
      }
      default:
        return false;
    }
  };

  const lines = createInterface({
    input: process.stdin,
    output: process.stdout,
    terminal: interactive,
  });
  lines.on("SIGINT", () => lines.close());
  lines.setPrompt("> ");
  if (interactive) lines.prompt();
  try {
    for await (const line of lines) {
      const input = parseInput(line);
      if (input.kind === "quit") break;
      if (!interactive && input.kind !== "empty") write(`> ${line.trim()}\n`);
      const callsBefore = emulator.calls.length;
      if (act(input)) await settle(callsBefore);
      if (interactive) lines.prompt();
    }
  } finally {
    lines.close();
    // Every update already taken is handled (and its storage writes awaited) before stop resolves.
    await runner.stop();
    await app.close();
    await emulator.stop();
    logger.info("local chat stopped");
    write(`${hints.bye}\n`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((error: unknown) => {
    if (error instanceof ConfigError) process.stderr.write(`${error.message}\n`);
    else process.stderr.write(`chat: ${JSON.stringify(describeError(error))}\n`);
    process.exitCode = 1;
  });
}

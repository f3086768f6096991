import {
  type Conversation,
  type ConversationFlavor,
  conversations,
  createConversation,
} from "@grammyjs/conversations";
import { Bot, type Context, InlineKeyboard } from "grammy";
import { afterEach, expect, it } from "vitest";
import { BotApiEmulator, type TestUser } from "../../src/emulator/bot-api-emulator.js";

type BotContext = ConversationFlavor<Context>;

const giulia: TestUser = { id: 5301, first_name: "Giulia", language_code: "it" };

let shutdown: (() => Promise<void>) | undefined;

afterEach(async () => {
  await shutdown?.();
  shutdown = undefined;
});

async function askWhere(conversation: Conversation<BotContext, Context>, ctx: Context) {
  await ctx.reply("Condividi la posizione o scegli un municipio", {
    reply_markup: new InlineKeyboard().text("Municipio 1", "mun:1"),
  });
  const answer = await conversation.wait();
  if (answer.message?.location) {
    const { latitude, longitude } = answer.message.location;
    await answer.reply(`Posizione ricevuta: ${latitude}, ${longitude}`);
  } else if (answer.callbackQuery?.data) {
    await answer.answerCallbackQuery();
    await answer.reply(`Hai scelto ${answer.callbackQuery.data}`);
  }
}

it("drives a @grammyjs/conversations flow over the emulator", async () => {
  const emulator = new BotApiEmulator();
  await emulator.start();
  const bot = new Bot<BotContext>(emulator.token, {
    botInfo: emulator.botInfo,
    client: { apiRoot: emulator.apiRoot },
  });
  bot.use(conversations());
  bot.use(createConversation(askWhere, "askWhere"));
  bot.command("dove", (ctx) => ctx.conversation.enter("askWhere"));
  const running = bot.start({ timeout: 30 });
  shutdown = async () => {
    await bot.stop();
    await running;
    await emulator.stop();
  };

  emulator.sendText(giulia, "/dove");
  const prompt = await emulator.nextBotMessage(giulia.id);
  emulator.shareLocation(giulia, 45.4781, 9.2273);
  const first = await emulator.nextBotMessage(giulia.id);

  emulator.sendText(giulia, "/dove");
  const secondPrompt = await emulator.nextBotMessage(giulia.id);
  emulator.pressButton(giulia, secondPrompt, "mun:1");
  const second = await emulator.nextBotMessage(giulia.id);

  expect(prompt.text).toBe("Condividi la posizione o scegli un municipio");
  expect(first.text).toBe("Posizione ricevuta: 45.4781, 9.2273");
  expect(second.text).toBe("Hai scelto mun:1");
  expect(emulator.callbackAnswers).toHaveLength(1);
});

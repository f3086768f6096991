import { describe, expect, it } from "vitest";
import { publishCommands } from "../../src/bot/create-bot.js";
import type { TestGroup } from "../../src/emulator/bot-api-emulator.js";
import { citizen, useHarness } from "../support/harness.js";
import { last, readUntil, shown } from "./story.js";

const operators: TestGroup = { id: -1001645, title: "Operatori WeMi", type: "supergroup" };
const harness = useHarness({ operatorChatId: operators.id, groups: [operators] });

/** Every command a citizen has (issue 8 point 9), as the menu and /aiuto name them. */
const CITIZEN_COMMANDS = [
  "start",
  "operatore",
  "stato",
  "annulla_richiesta",
  "annulla",
  "spazi",
  "privacy",
  "cancella_dati",
  "lingua",
];
/** The commands a message names, in the order named. */
const commandsIn = (text: string) => [...text.matchAll(/\/([a-z_]+)\b/g)].map((m) => m[1]);

/** The heading of /aiuto in each language the bot speaks. */
const HELP_TITLE = {
  it: /Come funziona/,
  en: /How it works/,
  es: /Cómo funciona/,
  ro: /Cum funcționează/,
  uk: /Як це працює/,
} as const;

describe("/aiuto and the command menu in every language the bot speaks", () => {
  it.each(Object.keys(HELP_TITLE) as Array<keyof typeof HELP_TITLE>)(
    "(%s) /aiuto lists every citizen command, and so does the menu, described in that language",
    async (language) => {
      const user = citizen(`Aiuto-${language}`, language);
      harness.emulator.sendText(user, "/aiuto");
      const help = shown(
        last(await readUntil(harness.emulator, user, (m) => HELP_TITLE[language].test(shown(m)))),
      );
      expect(commandsIn(help)).toEqual(expect.arrayContaining(CITIZEN_COMMANDS));

      await publishCommands(harness.app.bot.api, harness.app.texts);
      const menu = harness.emulator.commandsFor(
        { type: "default" },
        language === "it" ? "" : language,
      );
      expect(menu.map((c) => c.command)).toEqual(
        expect.arrayContaining([...CITIZEN_COMMANDS, "aiuto"]),
      );
      // Described in the language: no key shown instead of a text, and not the Italian words.
      const italian = harness.emulator.commandsFor();
      for (const { command, description } of menu) {
        expect(description).not.toMatch(/^command-|^$/);
        const same = italian.find((c) => c.command === command)?.description;
        // «Cambia lingua / Change language» is Italian and English at once.
        if (language !== "it" && command !== "lingua") expect(description, command).not.toBe(same);
      }
    },
  );

  it.each([
    ["ru", HELP_TITLE.en],
    ["zh", HELP_TITLE.en],
    ["fr", HELP_TITLE.it],
    ["sq", HELP_TITLE.it],
  ] as const)(
    "(%s) a phone set to a language the bot only reads gets /aiuto, every command listed, in the language its notice answers in",
    async (language, title) => {
      const user = citizen(`Aiuto-${language}`, language);
      harness.emulator.sendText(user, "/aiuto");
      const help = shown(
        last(await readUntil(harness.emulator, user, (m) => title.test(shown(m)))),
      );
      expect(commandsIn(help)).toEqual(expect.arrayContaining(CITIZEN_COMMANDS));
    },
  );
});

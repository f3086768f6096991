import { spawn } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Api } from "grammy";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { waitForAnswer } from "../../src/cli/chat.js";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { BotApiEmulator, type TestUser } from "../../src/emulator/bot-api-emulator.js";

const TSX = join(PROJECT_ROOT, "node_modules", ".bin", "tsx");
const CLI = join(PROJECT_ROOT, "src", "cli", "chat.ts");

interface Session {
  stdout: string;
  stderr: string;
  code: number | null;
}

/** Runs `npm run chat` with a script of lines on a pipe, as a citizen typing them one by one. */
function chat(
  dataDir: string,
  lines: string[],
  args: string[] = [],
  env: Record<string, string> = {},
): Promise<Session> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [CLI, ...args], {
      cwd: PROJECT_ROOT,
      // No token and an unroutable API root: the chat must not need either.
      env: {
        ...process.env,
        DATA_DIR: dataDir,
        USER: "Giulia",
        LANG: "it_IT.UTF-8",
        BOT_TOKEN: "",
        TELEGRAM_API_ROOT: "http://192.0.2.1:9",
        LOG_LEVEL: "info",
        ...env,
      },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
    });
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ stdout, stderr, code }));
    child.stdin.end(`${lines.join("\n")}\n`);
  });
}

/** The bot's answer to the line typed as `> line`, up to the next typed line. */
function answerTo(stdout: string, line: string): string {
  const start = stdout.indexOf(`> ${line}\n`);
  expect(start, `"${line}" was never sent`).toBeGreaterThanOrEqual(0);
  const rest = stdout.slice(start + line.length + 3);
  const next = rest.indexOf("\n> ");
  return next === -1 ? rest : rest.slice(0, next);
}

const NEED = "mia madre ha 87 anni e non riesce più a stare da sola";

describe("npm run chat", () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "wemi-chat-"));
  });
  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it("guides a citizen from /start to the WeMi space for a carer, in plain text", async () => {
    const session = await chat(dataDir, ["/start", NEED, "Quarto Oggiaro", "/quit"]);

    expect(session.code).toBe(0);
    const welcome = answerTo(session.stdout, "/start");
    expect(welcome).toContain("Ciao Giulia");
    expect(welcome).toMatch(/\[\/1\] Badante.*\[\/2\] Colf/);
    // The emulator applied parse_mode: no HTML reaches the terminal.
    expect(session.stdout).not.toMatch(/<\/?b>|&amp;|&lt;/);

    const question = answerTo(session.stdout, NEED);
    expect(question).toMatch(/In che zona di Milano abiti\?/);
    expect(question).toMatch(/\[\/\d\] 📍 Invia posizione\s+\[\/\d\] Preferisco non dirlo/);

    const answer = answerTo(session.stdout, "Quarto Oggiaro");
    expect(answer).toContain("WeMi Tate/Colf/Badanti");
    expect(answer).toMatch(/QUARTO OGGIARO/i);
    expect(answer).toMatch(/https:\/\/www\.openstreetmap\.org\/\?mlat=45\.\d+&mlon=9\.\d+/);
    expect(answer).toMatch(/\[\/1\] .*\[\/2\] .*\[\/3\] /);
  }, 60_000);

  it("presses an inline button of the latest answer by its number after a slash", async () => {
    const session = await chat(dataDir, ["/start", "/2", "Niguarda", "/quit"]);

    expect(session.code).toBe(0);
    const welcome = answerTo(session.stdout, "/start");
    const second = /\[\/2\] ([^[\n]+?)\s{2}/.exec(welcome)?.[1];
    expect(second).toMatch(/^Colf/);
    expect(answerTo(session.stdout, "/2")).toMatch(/In che zona di Milano abiti\?/);
    const answer = answerTo(session.stdout, "Niguarda");
    expect(answer).toContain(second as string);
    expect(answer).toContain("WeMi Tate/Colf/Badanti");
  }, 60_000);

  it("presses a reply-keyboard button by its number after a slash", async () => {
    const session = await chat(dataDir, ["/start", NEED, "/2", "/quit"]);

    expect(session.code).toBe(0);
    const question = answerTo(session.stdout, NEED);
    expect(question).toMatch(/\[\/2\] Preferisco non dirlo/);
    const answer = answerTo(session.stdout, "/2");
    // "Preferisco non dirlo": the answer comes without a distance from the citizen.
    expect(answer).toContain("WeMi Tate/Colf/Badanti");
    expect(answer).not.toMatch(/Ho capito|km da te/);
  }, 60_000);

  it("keeps the chat's data in DATA_DIR, so the next run remembers where the citizen lives", async () => {
    const first = await chat(dataDir, ["/start", NEED, "Quarto Oggiaro", "/quit"]);
    expect(first.code).toBe(0);

    const second = await chat(dataDir, ["cerco una colf", "/quit"]);
    expect(second.code).toBe(0);
    const answer = answerTo(second.stdout, "cerco una colf");
    expect(answer).not.toMatch(/In che zona di Milano abiti\?/);
    expect(answer).toMatch(/QUARTO OGGIARO/i);
    expect(answer).toContain("WeMi Tate/Colf/Badanti");
  }, 60_000);

  it("writes its logs to a file in DATA_DIR, not to the terminal, and answers in English with --en", async () => {
    const session = await chat(dataDir, ["/start", "/quit"], ["--en"]);

    expect(session.code).toBe(0);
    expect(answerTo(session.stdout, "/start")).toMatch(/Hello Giulia/);
    expect(session.stdout).not.toMatch(/"level":/);
    expect(session.stderr).not.toMatch(/"level":/);
    expect(await readdir(dataDir)).toContain("chat.log");
    expect(await readFile(join(dataDir, "chat.log"), "utf8")).toMatch(/"msg":"local chat started"/);
    // Like every file in DATA_DIR, the log is for the bot's user alone.
    expect((await stat(join(dataDir, "chat.log"))).mode & 0o777).toBe(0o600);
  }, 60_000);

  it("lets a newcomer try all three roles: citizen, operator in the group, admin", async () => {
    const session = await chat(
      dataDir,
      [
        "/operatore",
        "sì",
        "Giulia Bianchi",
        "333 123 4567",
        "mattina",
        "no",
        "sì",
        "/op prendo",
        "/op Buongiorno Giulia, la chiamo domani",
        "grazie, a domani",
        "/op chiudi",
        "/stats",
        "/quit",
      ],
      [],
      { ADMIN_IDS: "1" },
    );

    expect(session.code).toBe(0);
    expect(answerTo(session.stdout, "sì")).toMatch(/Come ti chiami/);
    expect(answerTo(session.stdout, "/op prendo")).toMatch(/ha preso in carico la tua richiesta/);
    expect(answerTo(session.stdout, "/op Buongiorno Giulia, la chiamo domani")).toMatch(
      /Operatore WeMi: Buongiorno Giulia, la chiamo domani/,
    );
    expect(answerTo(session.stdout, "grazie, a domani")).toMatch(
      /il cittadino scrive: grazie, a domani/,
    );
    expect(answerTo(session.stdout, "/op chiudi")).toMatch(/è stata chiusa/);
    expect(answerTo(session.stdout, "/stats")).toMatch(
      /Statistiche degli ultimi \d+ giorni[\s\S]*Richieste di contatto: 1/,
    );
  }, 90_000);

  it("offers a Spanish citizen without $USER a person's name on the name button, not an Italian word", async () => {
    const session = await chat(
      dataDir,
      ["hola, busco una cuidadora para mi madre", "vivo en Niguarda", "quiero que me llamen", "sí"],
      [],
      { USER: "" },
    );
    const askName = answerTo(session.stdout, "sí");
    expect(askName).toContain('Usar "Maria"');
    expect(askName).not.toContain("Cittadino");
  }, 90_000);

  it("ends cleanly at the end of the input, without /quit", async () => {
    const session = await chat(dataDir, ["/start"]);
    expect(session.code).toBe(0);
    expect(answerTo(session.stdout, "/start")).toContain("Ciao Giulia");
  }, 60_000);
});

describe("waiting for the bot's answer", () => {
  const citizen: TestUser = { id: 1, first_name: "Olena", language_code: "uk" };
  let emulator: BotApiEmulator;
  beforeEach(async () => {
    emulator = new BotApiEmulator();
    await emulator.start();
  });
  afterEach(async () => {
    await emulator.stop();
  });

  /**
   * The citizen writes `text`; a bot takes the update and answers as `answer` does. How many
   * of its messages the chat had shown when it stopped waiting.
   */
  const shownAfterWaiting = async (text: string, answer: (api: Api) => Promise<void>) => {
    const callsBefore = emulator.calls.length;
    emulator.sendText(citizen, text);
    const api = new Api(emulator.token, { apiRoot: emulator.apiRoot });
    const bot = (async () => {
      const [update] = await api.getUpdates({ timeout: 5 });
      await api.getUpdates({ offset: (update?.update_id ?? 0) + 1, timeout: 0 });
      await answer(api);
    })();
    let shown = 0;
    const show = () => {
      shown = emulator.sentMessages(citizen.id).length;
    };
    await waitForAnswer(emulator, new Set([citizen.id]), callsBefore, show, () => bot);
    return shown;
  };

  it("waits for a slow first answer, not for the command menu published meanwhile", async () => {
    // A first message in Ukrainian loads that language's model while the bot publishes its
    // command menu: the answer comes more than a pause after those calls.
    const shown = await shownAfterWaiting(
      "Доброго дня, шукаю роботу доглядальницею",
      async (api) => {
        await api.setMyCommands([{ command: "start", description: "Почати" }]);
        await new Promise((resolve) => setTimeout(resolve, 800));
        await api.sendMessage(citizen.id, "Шукаю роботу: WeMi Tate/Colf/Badanti, via Statuto 15");
      },
    );
    expect(shown).toBe(1);
  }, 30_000);

  it("shows the answer to a line before the next line, however long after «typing…» it comes", async () => {
    // The bot shows «typing…» at once, then loads the other languages' model for a second:
    // a pause in its calls is not the end of its answer.
    const shown = await shownAfterWaiting("Bonjour, je cherche du travail", async (api) => {
      await api.sendChatAction(citizen.id, "typing");
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await api.sendMessage(citizen.id, "J'ai compris votre message");
    });
    expect(shown).toBe(1);
  }, 30_000);
});

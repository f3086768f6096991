import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadReplyReader } from "../../src/language/replies.js";

const { typedCommand } = loadReplyReader(join(PROJECT_ROOT, "locales"), null);

describe("commands asked for in words, in every language the bot reads", () => {
  it.each([
    "voglio cancellare i miei dati",
    "please delete my data",
    "quiero borrar mis datos",
    "видаліть мої дані",
    "удалите мои данные",
    "pakiburahin po ang data ko",
    "احذف بياناتي",
    "supprimez mes données",
    "apaguem os meus dados",
    "fshini të dhënat e mia",
    "请删除我的资料",
    "මගේ දත්ත මකන්න",
  ])("reads an erasure asked for: «%s»", (text) => {
    expect(typedCommand(text)).toBe("erase");
  });

  it.each([
    "don't delete my data",
    "non cancellate i miei dati, vorrei una badante",
    "huwag burahin ang data ko",
    "不要删除我的数据",
    "ho paura che qualcuno possa cancellare i dati della pratica di mia madre all'INPS",
    "/cancella_dati",
  ])("reads none where none is asked, or it is denied: «%s»", (text) => {
    expect(typedCommand(text)).toBeUndefined();
  });

  it.each([
    ["come funziona?", "help"],
    ["как это работает?", "help"],
    ["si funksionon?", "help"],
    ["怎么用？", "help"],
    ["menù principale", "menu"],
    ["菜单", "menu"],
  ])("reads the help or the menu asked alone: «%s»", (text, command) => {
    expect(typedCommand(text)).toBe(command);
  });

  it("reads a question about a service as no command", () => {
    expect(typedCommand("come funziona il servizio badanti?")).toBeUndefined();
  });
});

import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadPerLanguage } from "../../src/language/lexicon.js";
import { createDangerDetector, dangerCuesSchema } from "../../src/safety/danger.js";

const cues = loadPerLanguage(join(PROJECT_ROOT, "locales"), "danger.yaml", dangerCuesSchema);
const detect = createDangerDetector(cues);

describe("someone who asks for the police to be called if they stop answering", () => {
  it.each([
    "se non rispondo più entro un'ora chiamate i carabinieri",
    "if I don't reply in ten minutes call the police",
    "si no contesto en media hora llamen a la policía",
    "dacă nu mai răspund, sunați la 112",
    "если я не отвечу через час, вызовите полицию",
    "якщо я не відповім до ранку, викличте поліцію",
    "si je ne réponds plus ce soir, appelez la police",
    "se eu não responder até amanhã, chamem a polícia",
    "kapag hindi ako sumagot, tumawag kayo ng pulis",
    "إذا لم أرد اتصلوا بالشرطة",
    "nëse nuk përgjigjem, telefononi policinë",
    "如果我不回复，请报警",
  ])("«%s» alarms as violence", (text) => {
    expect(detect(text)?.kind).toBe("violence");
  });

  it.each([
    "se non rispondo al telefono è perché sono al lavoro, chiamate la segreteria",
    "if I don't answer, call my office number instead",
  ])("«%s», an office or a secretary, does not", (text) => {
    expect(detect(text)).toBeNull();
  });
});

describe("someone who cannot talk because he is right there, in more languages", () => {
  it.each([
    "I can't talk, he's right next to me",
    "hindi ako makapagsalita, nandito siya",
    "لا أستطيع الكلام، هو هنا",
    "nuk mund të flas, ai është këtu",
  ])("«%s» alarms as violence", (text) => {
    expect(detect(text)?.kind).toBe("violence");
  });

  it.each([
    "I can't speak Italian, she's here to translate for me",
    "hindi ako makapagsalita ng Italyano, nandito siya para tumulong",
    "لا أستطيع الكلام بالإيطالية، هو هنا ليساعدني",
    "nuk mund të flas italisht, ai është këtu për të më ndihmuar",
  ])("«%s», a language someone helps with, does not", (text) => {
    expect(detect(text)).toBeNull();
  });
});

describe("a stroke told by its signs, and a push, in more languages", () => {
  it.each([
    ["baluktot ang bibig ni tatay at hindi niya maigalaw ang braso", "collapse"],
    ["وجه أبي مائل ولا يستطيع الكلام", "collapse"],
    ["babai e ka gojën shtrembër dhe nuk flet dot", "collapse"],
    ["他把我推到墙上，还抢了我的手机", "violence"],
  ])("«%s» alarms as %s", (text, kind) => {
    expect(detect(text)?.kind).toBe(kind);
  });
});

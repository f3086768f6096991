import type { Message } from "grammy/types";
import { describe, expect, it } from "vitest";
import { citizen, useHarness } from "../support/harness.js";
import { replyAtTheOffer, shown } from "./story.js";

/**
 * Session 37 typed trial (uk): at the offer of a call after a carer's answer, «ні, вибачте,
 * краще прибиральниця, доглядальниця в неї вже є» (no, sorry, rather a cleaner, she already
 * has a carer) got «I can't help», then a goodbye: the model reads no need in the whole, the
 * carer denied beside the cleaner asked. The cleaner is what she asks for, in the same area.
 */
const harness = useHarness();

const CARER_ASKED = {
  it: "cerco una badante per mia madre, abito in viale Monza",
  es: "busco una cuidadora para mi madre, vivo en viale Monza",
  ro: "caut o îngrijitoare pentru mama mea, locuiesc pe viale Monza",
  uk: "шукаю доглядальницю для мами, живу на viale Monza",
} as const;

const CLEANER =
  /Colf e aiuto per le pulizie|Ayuda doméstica y limpieza|Menajeră și curățenie|Хатня робітниця і прибирання/;
const GOODBYE = /^Va bene|^De acuerdo|^Bine|^Добре|^Prego|^¡De nada|^Cu plăcere|^Будь ласка/;

async function atTheOffer(language: keyof typeof CARER_ASKED, reply: string) {
  const read = await replyAtTheOffer(harness.emulator, citizen("Olena", language), {
    first: CARER_ASKED[language],
    answered: /Municipio \d/,
    reply,
    until: new RegExp(`${CLEANER.source}|${GOODBYE.source}`),
  });
  return shown(read.at(-1) as Message);
}

describe("a call refused for another need at the offer", () => {
  it.each([
    ["uk", "ні, вибачте, краще прибиральниця, доглядальниця в неї вже є"],
    ["it", "no, scusa, meglio una colf, la badante ce l'ha già"],
    ["es", "no, perdona, mejor una empleada de limpieza, cuidadora ya tiene"],
    ["ro", "nu, scuze, mai bine o menajeră, îngrijitoare are deja"],
  ] as const)("(%s) «%s» gets the cleaner's answer for the same area", async (language, reply) => {
    const answer = await atTheOffer(language, reply);
    expect(answer).toMatch(CLEANER);
    expect(answer).toMatch(/viale Monza, Municipio 2/);
  });

  it("(uk) «ні, дякую, прибиральниця в неї вже є» asks for no cleaner: a goodbye", async () => {
    expect(await atTheOffer("uk", "ні, дякую, прибиральниця в неї вже є")).toMatch(GOODBYE);
  });

  // Lost in session 39 when the model read the cleaner in «per la colf ci penso io»; a need the
  // citizen sees to herself is no request, in any language.
  it.each([
    ["it", "no grazie, per la colf ci penso io da sola"],
    ["es", "no gracias, de la limpieza me encargo yo"],
    ["ro", "nu, mulțumesc, de menajeră mă ocup eu"],
    ["uk", "ні, дякую, прибиральницю знайду сама"],
  ] as const)("(%s) «%s» asks for no cleaner: a goodbye", async (language, reply) => {
    expect(await atTheOffer(language, reply)).toMatch(GOODBYE);
  });

  it("(it) «no, alla badante ci penso io, ma mi serve una colf» gets the cleaner's answer", async () => {
    const answer = await atTheOffer("it", "no, alla badante ci penso io, ma mi serve una colf");
    expect(answer).toMatch(CLEANER);
  });
});

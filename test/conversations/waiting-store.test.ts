import { describe, expect, it } from "vitest";
import {
  replyOf,
  type WaitingQuestion,
  waitingQuestions,
} from "../../src/conversations/waiting.js";
import { chatMemory } from "../../src/storage/chat-memory.js";
import type { KeyValueStore } from "../../src/storage/json-directory-store.js";
import type { ChatProfile } from "../../src/storage/profiles.js";

/** Profiles as the disk would hold them: serialised. */
function profilesOnDisk() {
  const files = new Map<string, string>();
  const store: KeyValueStore<ChatProfile> = {
    get: async (key) => {
      const text = files.get(key);
      return text === undefined ? undefined : (JSON.parse(text) as ChatProfile);
    },
    set: async (key, value) => void files.set(key, JSON.stringify(value)),
    delete: async (key) => void files.delete(key),
    keys: async () => [...files.keys()],
  };
  return { store, files };
}

const consent: WaitingQuestion = {
  kind: "consent",
  locale: "it",
  intent: "badante",
  spaces: ["venini"],
  attempt: 1,
};

describe("a question waiting outside a dialogue", () => {
  it("keeps its ids in the profile and its words in memory only, until taken", async () => {
    const { store, files } = profilesOnDisk();
    let clock = 0;
    const waiting = waitingQuestions(
      store,
      chatMemory(() => clock),
    );
    await store.set("7", { writes: "it" });
    await waiting.ask("7", consent, { text: "mia mamma Ernestina, via Padova 120" });
    expect(files.get("7")).toContain("badante");
    expect(files.get("7")).not.toContain("Ernestina");

    expect(await waiting.take("7")).toEqual({
      question: consent,
      words: { text: "mia mamma Ernestina, via Padova 120" },
    });
    // Taken, it waits no more; the rest of the profile stays.
    expect(await waiting.take("7")).toBeUndefined();
    expect(JSON.parse(files.get("7") as string)).toEqual({ writes: "it" });

    // After an hour (or a restart) the ids still wait, without the words.
    await waiting.ask("7", consent, { text: "Ernestina" });
    clock += 2 * 60 * 60 * 1000;
    expect(await waiting.take("7")).toEqual({ question: consent, words: {} });
  });

  it("reads typed words as a reply to any question, and only its own buttons", () => {
    const needQuestion: WaitingQuestion = {
      kind: "need-question",
      locale: "it",
      intent: "lavoro",
      withPlace: false,
      attempt: 1,
    };
    const place: WaitingQuestion = {
      kind: "place",
      locale: "it",
      for: { kind: "need", intent: "colf" },
      attempt: 1,
    };
    expect(replyOf(needQuestion, { text: "sì" })).toEqual({ kind: "text", text: "sì" });
    expect(replyOf(needQuestion, { button: "q:1" })).toEqual({ kind: "action", data: "q:1" });
    expect(replyOf(consent, { button: "h:consent:no" })).toEqual({
      kind: "action",
      data: "h:consent:no",
    });
    // Another question's button, or a location where no area is asked: the question is over.
    expect(replyOf(needQuestion, { button: "a:colf" })).toBeUndefined();
    expect(replyOf(consent, { button: "q:0" })).toBeUndefined();
    expect(replyOf(consent, { location: { lat: 45.5, lon: 9.2 } })).toBeUndefined();
    expect(replyOf(place, { location: { lat: 45.5, lon: 9.2 } })).toEqual({
      kind: "location",
      lat: 45.5,
      lon: 9.2,
    });
  });
});

import type { ConversationData, VersionedState } from "@grammyjs/conversations";
import { z } from "zod";
import { type CorruptFileHandler, JsonDirectoryStore } from "./json-directory-store.js";

/** The conversations plugin's own format: checked for shape only, the plugin owns the rest. */
const versionedStateSchema = z.looseObject({
  version: z.tuple([z.number(), z.union([z.string(), z.number()])]),
  state: z.record(z.string(), z.array(z.unknown())),
});

/** Conversation state per chat, one file each, so it survives a restart mid-question. */
export function conversationStore(directory: string, onCorrupt?: CorruptFileHandler) {
  const store = new JsonDirectoryStore(directory, versionedStateSchema, onCorrupt);
  return {
    read: async (key: string) =>
      (await store.get(key)) as VersionedState<ConversationData> | undefined,
    write: (key: string, state: VersionedState<ConversationData>) =>
      store.set(key, state as z.infer<typeof versionedStateSchema>),
    delete: (key: string) => store.delete(key),
    /** Forgets conversations left unfinished for longer than `ageMs`. */
    deleteOlderThan: (ageMs: number, now?: number) => store.deleteOlderThan(ageMs, now),
  };
}

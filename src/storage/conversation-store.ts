import type { ConversationData, VersionedState } from "@grammyjs/conversations";
import { z } from "zod";
import type { KeyValueStore } from "./json-directory-store.js";

/** The conversations plugin's own format: checked for shape only, the plugin owns the rest. */
export const versionedStateSchema = z.looseObject({
  version: z.tuple([z.number(), z.union([z.string(), z.number()])]),
  state: z.record(z.string(), z.array(z.unknown())),
});
type StoredState = z.infer<typeof versionedStateSchema>;

/** A key-value store that can also forget what was not written for a while. */
export interface AgingStore<T> extends KeyValueStore<T> {
  /** Deletes the entries not written for longer than `ageMs`; returns how many went. */
  deleteOlderThan(ageMs: number, now?: number): Promise<number>;
}

/** Conversation state per chat, kept in `store`, so it survives a restart mid-question. */
export function conversationStore(store: AgingStore<StoredState>) {
  return {
    read: async (key: string) =>
      (await store.get(key)) as VersionedState<ConversationData> | undefined,
    write: (key: string, state: VersionedState<ConversationData>) =>
      store.set(key, state as StoredState),
    delete: (key: string) => store.delete(key),
    /** Forgets conversations left unfinished for longer than `ageMs`. */
    deleteOlderThan: (ageMs: number, now?: number) => store.deleteOlderThan(ageMs, now),
  };
}
export type ConversationStore = ReturnType<typeof conversationStore>;

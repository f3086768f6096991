import type { KeyValueStore } from "../storage/json-directory-store.js";
import { type ChatProfile, REVIEWED_KEPT, updateProfile } from "../storage/profiles.js";
import type { RecordMisunderstood, ReviewQueue } from "./queue.js";

/**
 * The review queue as the dialogues and /cancella_dati use it: the queue keeps no chat, so
 * each chat's profile keeps the keys of the words it left there, and erasing the chat takes
 * those words off the queue, whether the bot restarted since or not.
 */
export interface ChatsReview {
  readonly record: RecordMisunderstood;
  /** Takes the chat's words off the queue; call it before the profile is deleted. */
  readonly forget: (chat: string) => Promise<number>;
}

export function chatsReview(
  queue: ReviewQueue,
  profiles: KeyValueStore<ChatProfile>,
  onError: (error: unknown) => void,
): ChatsReview {
  const queueAndNote = async (...[kind, text, sender]: Parameters<RecordMisunderstood>) => {
    const key = await queue.add(kind, text, sender);
    if (key === undefined || sender.chat === undefined) return;
    const reviewed = (await profiles.get(sender.chat))?.reviewed ?? [];
    if (reviewed.at(-1) === key) return;
    const kept = [...reviewed.filter((k) => k !== key), key].slice(-REVIEWED_KEPT);
    await updateProfile(profiles, sender.chat, { reviewed: kept });
  };
  return {
    record: (kind, text, sender) => void queueAndNote(kind, text, sender).catch(onError),
    forget: async (chat) => queue.forget((await profiles.get(chat))?.reviewed ?? []),
  };
}

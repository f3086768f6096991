/**
 * Advisory lock keys (two int4 each: a namespace, then an id), one place so no two uses
 * collide. The namespace is arbitrary but fixed: "WeMi" in ASCII.
 */
const NAMESPACE = 0x57654d69;

export const LOCKS = {
  migrations: [NAMESPACE, 1],
  retention: [NAMESPACE, 2],
} as const satisfies Record<string, readonly [number, number]>;

/** Chats are locked in their own namespace, by a hash of the chat id computed in SQL. */
export const CHAT_LOCK_NAMESPACE = NAMESPACE + 1;

import { z } from "zod";
import type { KeyValueStore } from "./json-directory-store.js";

/** The bot's messages about one request in its operators' chat: its card and what it relayed. */
export const operatorTrailSchema = z.strictObject({
  chatId: z.number().int(),
  messages: z.array(z.number().int()),
});
export type OperatorTrailEntry = z.infer<typeof operatorTrailSchema>;

/**
 * Which operators' messages hold a request's personal data, so erasing the request (by the
 * citizen or by retention) also reaches the operators' chat. Keyed by request reference.
 */
export class OperatorTrail {
  private readonly withMessages = new Set<string>();

  constructor(private readonly store: KeyValueStore<OperatorTrailEntry>) {}

  async load(): Promise<void> {
    for (const key of await this.store.keys()) this.withMessages.add(key);
  }

  /** Without `messageId`: the request's card is there, to be blanked on erasure. */
  async add(reference: string, chatId: number, messageId?: number): Promise<void> {
    const entry = (await this.store.get(reference)) ?? { chatId, messages: [] };
    if (messageId !== undefined && !entry.messages.includes(messageId))
      entry.messages.push(messageId);
    await this.store.set(reference, entry);
    this.withMessages.add(reference);
  }

  /** The requests that have messages in the operators' chat. */
  get references(): ReadonlySet<string> {
    return this.withMessages;
  }

  has(reference: string): boolean {
    return this.withMessages.has(reference);
  }

  get(reference: string): Promise<OperatorTrailEntry | undefined> {
    return this.store.get(reference);
  }

  async forget(reference: string): Promise<void> {
    await this.store.delete(reference);
    this.withMessages.delete(reference);
  }
}

import type { ConversationFlavor } from "@grammyjs/conversations";
import type { Context, MiddlewareFn } from "grammy";

type Controls = ConversationFlavor<Context>["conversation"];

/**
 * The conversations plugin where a chat has a dialogue stored (one waiting for its reply), or
 * from the moment an update enters one. Elsewhere, which is almost every citizen's message
 * (an orientation runs straight through: direct-dialogue.ts), the plugin would read the
 * chat's empty state, build its controls, register each conversation anew and find none
 * to resume, and the replay guard would time a handling that replays nothing: about a
 * twentieth of the bytes a message allocated. There, `ctx.conversation` says that no
 * dialogue is active, exiting has nothing to do, and entering one runs the plugin and the
 * registrations then, just before the conversation starts, so that it is stored as before.
 */
export class StoredDialogues<C extends ConversationFlavor<Context>> {
  /** Updates of chats with nothing stored, which no conversation has entered yet. */
  private readonly unstored = new WeakSet<C>();
  private readonly registrations: MiddlewareFn<C>[] = [];

  constructor(
    /** The chat's stored dialogue state, undefined if none (the plugin's storage). */
    private readonly stored: (chatKey: string) => unknown,
    /** The replay guard, around the plugin where a dialogue is stored. */
    private readonly guard: MiddlewareFn<C>,
    private readonly plugin: MiddlewareFn<C>,
  ) {}

  /** Where the plugin would be installed. */
  readonly middleware: MiddlewareFn<C> = async (ctx, next) => {
    const chatKey = ctx.chatId?.toString();
    if (chatKey === undefined || (await this.stored(chatKey)) !== undefined) {
      return this.guard(ctx, async () => {
        await this.plugin(ctx, next);
      });
    }
    this.unstored.add(ctx);
    ctx.conversation = this.controls(ctx);
    return next();
  };

  /** A conversation's registration (createConversation), where the plugin is in place. */
  register(registration: MiddlewareFn<C>): MiddlewareFn<C> {
    this.registrations.push(registration);
    return (ctx, next) => (this.unstored.has(ctx) ? next() : registration(ctx, next));
  }

  /** Nothing active, nothing to exit; entering installs the plugin for this update. */
  private controls(ctx: C): Controls {
    const nothing = async () => {};
    const controls = {
      active: (name?: string) => (name === undefined ? {} : 0),
      exit: nothing,
      exitAll: nothing,
      exitOne: nothing,
      enter: async (name: string, ...args: unknown[]) => {
        this.unstored.delete(ctx);
        await this.plugin(ctx, () =>
          this.registered(ctx, 0, () => ctx.conversation.enter(name, ...args)),
        );
      },
    };
    return controls as unknown as Controls;
  }

  private registered(ctx: C, from: number, then: () => Promise<void>): Promise<void> {
    const registration = this.registrations[from];
    if (registration === undefined) return then();
    return registration(ctx, () => this.registered(ctx, from + 1, then)) as Promise<void>;
  }
}

import type { UserFromGetMe } from "grammy/types";
import { ChatMethods } from "./chat-methods.js";
import { FaultInjector } from "./faults.js";
import { ApiServer } from "./http.js";
import { botIdentity } from "./identity.js";
import { failedCallsNote } from "./inspection.js";
import { MessageMethods } from "./message-methods.js";
import type { Handler } from "./params.js";
import type {
  ApiCall,
  BotApiEmulatorOptions,
  InjectedFailure,
  InjectedNetworkFault,
} from "./types.js";
import { UpdateQueue } from "./updates.js";
import type { Uploads } from "./uploads.js";
import { Waiters } from "./waiting.js";
import { TelegramWorld } from "./world.js";

/**
 * The emulator's machinery: the simulated Telegram (chats, messages, updates), the HTTP
 * server that answers the bot, its lifecycle, and the faults a test injects. BotApiEmulator
 * adds the users' side, inspection and waiting on top.
 */
export class EmulatorCore {
  readonly token: string;
  readonly botInfo: UserFromGetMe;

  protected readonly world: TelegramWorld;
  /** Bytes of the files the bot uploaded, by message: `emulator.uploads.of(message)`. */
  get uploads(): Uploads {
    return this.world.uploads;
  }
  protected readonly updates: UpdateQueue;
  protected readonly waiters: Waiters;
  protected readonly faults = new FaultInjector();
  protected readonly server: ApiServer;
  protected readonly apiCalls: ApiCall[] = [];

  constructor(options: BotApiEmulatorOptions = {}) {
    this.token = options.token ?? "123:TEST";
    this.botInfo = botIdentity(this.token, options.botInfo);
    this.waiters = new Waiters(() => failedCallsNote(this.apiCalls));
    this.updates = new UpdateQueue(() => this.waiters.notify());
    this.world = new TelegramWorld(this.botInfo, this.updates, options.now ?? Date.now);
    const handlers: Record<string, Handler> = {
      ...new ChatMethods(this.world).handlers(),
      ...new MessageMethods(this.world, options.strictHtmlEscaping ?? true).handlers(),
    };
    this.server = new ApiServer({
      token: this.token,
      handlers: new Map(Object.entries(handlers).map(([name, h]) => [name.toLowerCase(), h])),
      faults: this.faults,
      record: (call) => this.apiCalls.push(call),
      notify: () => this.waiters.notify(),
    });
  }

  // ---------------------------------------------------------------- lifecycle

  get apiRoot(): string {
    const root = this.server.apiRoot;
    if (root === undefined) throw new Error("BotApiEmulator is not started: await start() first");
    return root;
  }

  async start(): Promise<void> {
    if (this.server.running) return;
    await this.server.start();
    this.updates.stopping = false;
    this.waiters.stopping = false;
  }

  /** Answers a pending long poll with no updates, rejects pending waits, closes every connection. */
  async stop(): Promise<void> {
    if (!this.server.running) return;
    await this.server.stop(() => {
      this.updates.stopping = true;
      this.waiters.stopping = true;
      this.updates.endPoll();
      this.waiters.abortAll("BotApiEmulator was stopped");
    });
  }

  // ---------------------------------------------------------------- faults on demand

  /** The next `times` calls of `method` ("*": any method) fail with this Telegram error. */
  failNext(method: string, failure: InjectedFailure): void {
    this.faults.failNext(method, failure);
  }

  /** Every call of `method` ("*": any method) fails with this error until heal(). */
  failAlways(method: string, failure: InjectedFailure): void {
    this.faults.failAlways(method, failure);
  }

  /** Ends failAlways failures: of one method, or all. */
  heal(method?: string): void {
    this.faults.heal(method);
  }

  /** The next calls of `method` lose their connection, before or after the method ran. */
  dropNext(method: string, fault: InjectedNetworkFault): void {
    this.faults.dropNext(method, fault);
  }

  /** The next `times` calls of `method` are answered only after `delayMs`. */
  delayNext(method: string, delayMs: number, times = 1): void {
    this.faults.delayNext(method, delayMs, times);
  }

  /**
   * A network outage: while offline, every connection (pending long polls included) is cut
   * and new ones are dropped unanswered; updates from users keep queueing.
   */
  setOffline(offline: boolean): void {
    this.faults.offline = offline;
    if (offline) this.server.dropConnections();
  }
}

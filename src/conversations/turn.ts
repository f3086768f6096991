import type { ReplyLanguageOf } from "../bot/reply-language.js";
import type { Texts } from "../bot/texts.js";
import type { Intent } from "../catalogue/schema.js";
import type { KnowledgeHolder } from "../knowledge/index.js";
import type { ReplyReader } from "../language/replies.js";
import type { Logger } from "../logging/index.js";
import type { Classification } from "../nlu/index.js";
import type { MisunderstoodKind, RecordMisunderstood } from "../review/index.js";
import type { DangerDetector } from "../safety/danger.js";
import type { ChatMemory } from "../storage/chat-memory.js";
import type { KeyValueStore } from "../storage/json-directory-store.js";
import type { ChatProfile } from "../storage/profiles.js";
import type { HandoffDependencies } from "./handoff.js";
import type { PlaceDependencies } from "./place.js";
import type { PlaceInUse } from "./place-in-use.js";
import type { Dialogue } from "./replies.js";
import type { WaitingQuestions } from "./waiting.js";

export interface OrientationDependencies {
  readonly knowledge: KnowledgeHolder;
  readonly profiles: KeyValueStore<ChatProfile>;
  readonly texts: Texts;
  readonly logger: Logger;
  readonly read: ReplyReader;
  readonly replyLanguage: ReplyLanguageOf;
  readonly detectDanger: DangerDetector;
  /** The operator need (OPERATOR_INTENT) starts a handoff. */
  readonly handoff: HandoffDependencies;
  /** Anonymous count of what citizens ask (the need understood, or null). */
  readonly recordQuestion: (intent: string | null) => void;
  /** Keeps, redacted, what the bot failed to understand, for admins to review. */
  readonly recordMisunderstood?: RecordMisunderstood;
  readonly memory: OrientationMemory;
  /** The questions asked outside a dialogue, whose reply the next orientation reads. */
  readonly waiting: WaitingQuestions;
}

/** What the orientation keeps of a chat in memory only, never on disk. */
export interface OrientationMemory {
  /** The area last used, with the citizen's own point (the profile keeps it rounded). */
  readonly place: ChatMemory<PlaceInUse>;
}

/** One orientation in progress: its dialogue and what every step of it uses. */
export interface Turn {
  readonly chatKey: string;
  readonly dialogue: Dialogue;
  readonly deps: OrientationDependencies;
  /** The stored profile now: an earlier pass of this dialogue may have changed it. */
  readonly currentProfile: () => Promise<ChatProfile>;
  /**
   * A text's danger reading: whether it alarms, whether it silences emergenza, and whether it
   * asks for a gentle line with 112 and 1522 beside the need's answer (a caution).
   */
  readonly dangerIn: (
    text: string,
  ) => Promise<{ alarm: boolean; silenced: boolean; caution?: boolean }>;
  /**
   * The need of a citizen's message, emergenza taken back when `silenced` (unlessSilenced),
   * counted in the same step unless it reads as danger: as `countAs` says (by default the need
   * read; undefined: not counted, another reading of the same message counts it).
   */
  readonly readAsNeed: (
    text: string,
    silenced: boolean,
    countAs?: (need: Classification) => string | null | undefined,
  ) => Promise<Classification>;
  /** Counts the need asked (anonymous). */
  readonly record: (intent: string | null) => Promise<void>;
  /** Keeps, redacted, what was not understood. */
  readonly misunderstood: (kind: MisunderstoodKind, text: string) => Promise<void>;
  readonly intentOf: (id: string | null) => Intent | undefined;
  readonly placeDeps: PlaceDependencies;
}

/**
 * What the danger reader says of a message, as plain data: the kinds of danger, the alarm and
 * the verdict. Kept apart from the reader (danger.ts) so that its parts can share them.
 */
export const DANGER_KINDS = ["violence", "self_harm", "collapse", "distress"] as const;
export type DangerKind = (typeof DANGER_KINDS)[number];

export interface DangerSignal {
  readonly kind: DangerKind;
  /** The cue that matched, as written in its file (for logs and the evaluation). */
  readonly cue: string;
}

/** What one reading of a message says about danger. */
export interface DangerVerdict {
  /** The alarm, or null when no one seems in danger. */
  readonly signal: DangerSignal | null;
  /**
   * The message is about something else, told as over, or a figure of speech: then no reader
   * that cannot name its cue (the model, the classifier) may raise an alarm.
   */
  readonly silenced: boolean;
  /**
   * Not an alarm, but not nothing: violence or thoughts of suicide told before it ended, in a
   * message asking for an everyday service («mi picchiava, ci siamo separati, cerco lavoro»). The
   * bot answers the request and adds one gentle line with 112 and 1522.
   */
  readonly caution?: DangerSignal;
}

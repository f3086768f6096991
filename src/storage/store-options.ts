/** How a JsonDirectoryStore keeps its values: when it writes them, how it reads them. */
export interface DirectoryStoreOptions {
  /**
   * Whether a deleted key also leaves the sweep's hour files (on by default: they say when
   * a chat wrote). Off for conversations, deleted at the end of every dialogue: their hour
   * files go with the sweep a day later, as an unfinished conversation does.
   */
  readonly forgetWhenDeleted?: boolean;
  /**
   * `set` only notes the value (reads see it at once) and the file is written by
   * `flush(key)`, which the bot calls once an update is handled and before it leaves the
   * update journal: several changes in one update make one write, and a crash before the
   * flush replays the update. What no update flushes is written within a second (WRITE_BEHIND_MS in json-directory-store.ts).
   */
  readonly writeBehind?: boolean;
  /**
   * With writeBehind: values whose loss costs the citizen little (a preference the bot can
   * ask again) wait in memory up to `ms` after their first change, so that the changes of a
   * few updates in a row make one write; `flush(key)` writes only a value that has an
   * `urgent` change among its waiting ones. A kill -9 loses at most the last `ms` of such
   * changes; a graceful stop writes them (flushAll).
   */
  readonly lazy?: {
    readonly ms: number;
    /** Whether going from `before` to `after` must be on disk when its update ends. */
    readonly urgent: (before: unknown, after: unknown) => boolean;
  };
  /**
   * `get` returns one frozen parsed value to every reader until the value changes, instead
   * of parsing a fresh copy each time: for values every reader only reads (a chat's profile,
   * read about six times per update, each a JSON parse). A reader that changes one copies it.
   */
  readonly sharedReads?: boolean;
  /**
   * The values as lines of one log in the folder (LogFolder) instead of a file per key: for
   * many small values written behind (chats' profiles), where a file each cost its creation.
   */
  readonly log?: boolean;
}

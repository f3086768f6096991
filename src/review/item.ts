import { z } from "zod";

/** Where the bot failed to understand a citizen. */
export const MISUNDERSTOOD_KINDS = ["out-of-scope", "unsure", "place", "reply"] as const;
export type MisunderstoodKind = (typeof MISUNDERSTOOD_KINDS)[number];

/** A queued message: redacted words, no chat or user id. */
export const reviewItemSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]{8}$/),
  at: z.number(),
  kind: z.enum(MISUNDERSTOOD_KINDS),
  language: z.enum(["it", "en"]),
  text: z.string().min(1),
  /** How many times the same words came back while queued. */
  times: z.number().int().min(1),
});
export type ReviewItem = z.infer<typeof reviewItemSchema>;

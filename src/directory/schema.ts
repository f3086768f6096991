import { z } from "zod";
import { idSchema, localizedTextSchema } from "../catalogue/schema.js";

const nonEmpty = z.string().trim().min(1, "must not be empty");

// A generous box around the Comune di Milano: catches swapped lat/lon and typos, nothing finer.
const MILAN_BOUNDS = { minLat: 45.35, maxLat: 45.56, minLon: 9.0, maxLon: 9.3 } as const;

export const locationSchema = z.strictObject({
  lat: z.number().min(MILAN_BOUNDS.minLat).max(MILAN_BOUNDS.maxLat),
  lon: z.number().min(MILAN_BOUNDS.minLon).max(MILAN_BOUNDS.maxLon),
});

/** A street address, both as the press release writes it and in its official form. */
export const addressSchema = z.strictObject({
  /** As written in the press release ("via Venini 83"): what people recognise. */
  inArticle: nonEmpty,
  /** The official full street name from DS634 ("Via Giulio e Corrado Venini"). */
  street: nonEmpty,
  number: nonEmpty,
  cap: z.string().regex(/^201\d{2}$/, "must be a Milan CAP (201xx)"),
});
export type Address = z.infer<typeof addressSchema>;

/** A place the article ties to a space (Pacinotti's "luoghi diffusi"). */
export const linkedPlaceSchema = z.strictObject({
  name: nonEmpty,
  address: addressSchema,
  location: locationSchema.optional(),
});
export type LinkedPlace = z.infer<typeof linkedPlaceSchema>;

/**
 * `municipio`: the spaces of a Municipio serve its residents. `city`: the space serves the
 * whole city, wherever the citizen lives (WeMi Tate/Colf/Badanti).
 */
export const spaceScopeSchema = z.enum(["municipio", "city"]);
export type SpaceScope = z.infer<typeof spaceScopeSchema>;

export const spaceSchema = z.strictObject({
  id: idSchema,
  name: nonEmpty,
  /** Where the space physically is, also for a city-wide one. */
  municipio: z.number().int().min(1).max(9),
  scope: spaceScopeSchema,
  address: addressSchema,
  managedBy: localizedTextSchema,
  /** The place that hosts the space, when the article describes one. */
  host: localizedTextSchema.optional(),
  /** Service ids from data/services.yaml. */
  services: z.array(idSchema).min(1, "a space offers at least one service"),
  linkedPlaces: z.array(linkedPlaceSchema).default([]),
  location: locationSchema,
  // Contacts are optional because the article publishes none; an administrator adds them.
  phone: nonEmpty.optional(),
  email: z.email().optional(),
  website: z.url().optional(),
  openingHours: localizedTextSchema.optional(),
  /** The Telegram chat of this space's operators, when they have their own; else OPERATOR_CHAT_ID. */
  operatorChatId: z.number().int().optional(),
});
export type Space = z.infer<typeof spaceSchema>;

export const spacesFileSchema = z.array(spaceSchema).min(1, "the directory lists no space");

export interface Directory {
  readonly spaces: readonly Space[];
}

import type { Intent } from "../catalogue/schema.js";
import type { Recommendation, RecommendedSpace, Space } from "../directory/index.js";
import type { Knowledge } from "../knowledge/index.js";
import type { RememberedPlace } from "../storage/profiles.js";
import { escapeHtml, LANGUAGE_TAGS, type Locale, localized, type Translate } from "./texts.js";

// Words that stay lower case inside a place name once the official capitals are undone.
const LOWER_CASE_WORDS = new Set([
  "del",
  "dei",
  "degli",
  "delle",
  "della",
  "di",
  "il",
  "in",
  "sul",
]);

function nameCase(word: string, index: number): string {
  const lower = word.toLowerCase();
  if (index > 0 && LOWER_CASE_WORDS.has(lower)) return lower;
  // Roman numerals and acronyms (XXII Marzo, QT 8) have no vowels and stay as they are.
  if (!/[aeiou]/i.test(word) || /^[IVXLC]+$/.test(word)) return word;
  // The open data write a final accent as an apostrophe (CITTA', MONLUE'); Ca' keeps it.
  const accented =
    lower.length > 3 ? lower.replace(/a'$/, "à").replace(/e'$/, "è").replace(/o'$/, "ò") : lower;
  return accented.charAt(0).toUpperCase() + accented.slice(1);
}

/**
 * The name of an area as people say it: "NIL 76 QUARTO OGGIARO - VIALBA - MUSOCCO" becomes
 * "Quarto Oggiaro - Vialba - Musocco"; an area known by its streets keeps only its name.
 */
export function areaName(area: string): string {
  return area
    .split("; ")
    .map((part) => {
      const nil = /^NIL \d+ (.+)$/.exec(part);
      if (!nil) return part.split(": ")[0] as string;
      return (nil[1] as string)
        .split(" ")
        .map((word, i) => nameCase(word, i))
        .join(" ");
    })
    .join(", ");
}

/** How a place is shown back to the citizen: never more precise than what is stored. */
export function describePlace(place: RememberedPlace, t: Translate): string {
  if (place.outsideMilan) return t("place-outside");
  const municipi =
    place.municipio !== null
      ? t("place-municipio", { municipio: place.municipio })
      : t("place-candidates", { candidates: place.candidates.join(" / ") });
  if (!place.area) return municipi;
  const area = areaName(place.area);
  if (area === municipi || place.candidates.length === 0) return escapeHtml(area);
  return t("place-area", { area: escapeHtml(area), municipi });
}

function spaceCard(
  item: RecommendedSpace,
  knowledge: Knowledge,
  locale: Locale,
  t: Translate,
): string {
  const { space } = item;
  const lines = [
    t("space-card", {
      name: escapeHtml(space.name),
      municipio: space.municipio,
      address: escapeHtml(`${space.address.inArticle}, ${space.address.cap} Milano`),
      managedBy: escapeHtml(localized(space.managedBy, locale)),
    }),
  ];
  if (space.host) lines.push(t("space-host", { host: escapeHtml(localized(space.host, locale)) }));
  const service = item.service ? knowledge.service(item.service) : undefined;
  if (service)
    lines.push(t("space-service", { service: escapeHtml(localized(service.name, locale)) }));
  lines.push(`<i>${t(`reason-${item.reason}`)}</i>`);
  if (item.distanceKm !== undefined) {
    lines.push(
      t("space-distance", {
        km: item.distanceKm.toLocaleString(LANGUAGE_TAGS[locale], {
          minimumFractionDigits: 1,
          maximumFractionDigits: 1,
        }),
      }),
    );
  }
  lines.push(...contactLines(space, locale, t));
  return lines.join("\n");
}

function contactLines(space: Space, locale: Locale, t: Translate): string[] {
  const lines: string[] = [];
  if (space.phone) lines.push(t("space-phone", { phone: escapeHtml(space.phone) }));
  if (space.email) lines.push(t("space-email", { email: escapeHtml(space.email) }));
  if (space.openingHours)
    lines.push(t("space-hours", { hours: escapeHtml(localized(space.openingHours, locale)) }));
  if (space.website) lines.push(t("space-website", { website: escapeHtml(space.website) }));
  return lines;
}

/** The answer to a need: what the service is, then where to go and why. */
export function renderAnswer(
  intent: Intent,
  recommendation: Recommendation,
  knowledge: Knowledge,
  locale: Locale,
  t: Translate,
): string {
  const parts = [
    t("answer-intro", { need: escapeHtml(localized(intent.label, locale)) }),
    escapeHtml(localized(intent.answer, locale)),
  ];
  if (recommendation.note === "outside_milan") parts.push(t("answer-outside-milan"));
  if (recommendation.note === "unknown_place") parts.push(t("answer-unknown-place"));
  if (recommendation.items.length === 0) parts.push(t("answer-no-space"));
  else {
    parts.push(t("answer-spaces-title"));
    for (const item of recommendation.items) parts.push(spaceCard(item, knowledge, locale, t));
    if (recommendation.items.some((item) => !hasContacts(item.space)))
      parts.push(`<i>${t("answer-contacts")}</i>`);
  }
  parts.push(t("answer-next"));
  return parts.join("\n\n");
}

const hasContacts = (space: Space) =>
  Boolean(space.phone || space.email || space.openingHours || space.website);

/** Every space, grouped by Municipio, the city-wide service last. */
export function renderSpaces(knowledge: Knowledge, locale: Locale, t: Translate): string {
  const parts = [t("spaces-title")];
  const spaces = [...knowledge.directory.spaces];
  for (let municipio = 1; municipio <= 9; municipio++) {
    const local = spaces.filter((s) => s.scope === "municipio" && s.municipio === municipio);
    if (local.length === 0) continue;
    parts.push(
      [
        t("spaces-municipio", { municipio }),
        ...local.map((s) => `• ${escapeHtml(s.name)}, ${escapeHtml(s.address.inArticle)}`),
      ].join("\n"),
    );
  }
  const cityWide = spaces.filter((s) => s.scope === "city");
  if (cityWide.length > 0) {
    parts.push(
      [
        t("spaces-city-wide"),
        ...cityWide.map(
          (s) =>
            `• ${escapeHtml(s.name)}, ${escapeHtml(s.address.inArticle)}: ${escapeHtml(localized(s.managedBy, locale))}`,
        ),
      ].join("\n"),
    );
  }
  return parts.join("\n\n");
}

import type { Intent } from "../catalogue/schema.js";
import type { Recommendation, RecommendedSpace, Space } from "../directory/index.js";
import type { Knowledge } from "../knowledge/index.js";
import type { RememberedPlace } from "../storage/profiles.js";
import { escapeHtml, type Locale, type Translate } from "./texts.js";

const localized = (text: { it: string; en?: string | undefined }, locale: Locale) =>
  locale === "en" ? (text.en ?? text.it) : text.it;

/** How a place is shown back to the citizen: never more precise than what is stored. */
export function describePlace(place: RememberedPlace, t: Translate): string {
  if (place.outsideMilan) return t("place-outside");
  if (place.area) return escapeHtml(place.area);
  if (place.municipio !== null) return t("place-municipio", { municipio: place.municipio });
  return t("place-candidates", { candidates: place.candidates.join(" / ") });
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
  const service = item.service ? knowledge.service(item.service) : undefined;
  if (service)
    lines.push(t("space-service", { service: escapeHtml(localized(service.name, locale)) }));
  lines.push(`<i>${t(`reason-${item.reason}`)}</i>`);
  if (item.distanceKm !== undefined) {
    lines.push(
      t("space-distance", {
        km: item.distanceKm.toFixed(1).replace(".", locale === "it" ? "," : "."),
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

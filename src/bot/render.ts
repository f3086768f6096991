import type { Intent, Service } from "../catalogue/schema.js";
import type { PlaceInUse } from "../conversations/place-in-use.js";
import type { Recommendation, RecommendedSpace, Space } from "../directory/index.js";
import type { ResolvedPlace } from "../geo/index.js";
import type { Knowledge } from "../knowledge/index.js";
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

/** The register's abbreviations as people say them: «PTA ROMANA» is Porta Romana. */
const REGISTER_ABBREVIATIONS: Readonly<Record<string, string>> = {
  PTA: "Porta",
  "P.TA": "Porta",
  "S.": "San",
  "Q.RE": "Quartiere",
};

const nameOf = (official: string) =>
  official
    .split(" ")
    .map((word, i) => REGISTER_ABBREVIATIONS[word] ?? nameCase(word, i))
    .join(" ");

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
      return nameOf(nil[1] as string);
    })
    .join(", ");
}

const municipiOf = (
  place: { municipio: number | null; candidates: readonly number[] },
  t: Translate,
) =>
  place.municipio !== null
    ? t("place-municipio", { municipio: place.municipio })
    : t("place-candidates", { candidates: place.candidates.join(" / ") });

/** Kinds of place whose name is more than their Municipio, and which the profile forgets. */
const NAMED_KINDS: ReadonlySet<ResolvedPlace["kind"]> = new Set([
  "address",
  "station",
  "landmark",
  "cap",
]);

/** «Via Padova 120» as said inside a sentence: «via Padova 120». */
const streetCase = (street: string) => street.charAt(0).toLowerCase() + street.slice(1);

/**
 * The name of a place its area does not say (a street with its number, a station, a
 * landmark, a postcode), as the register writes it: typos and transliterations undone.
 */
export function placeName(resolved: ResolvedPlace): string | undefined {
  if (!NAMED_KINDS.has(resolved.kind) || !resolved.matched || resolved.outsideMilan)
    return undefined;
  return resolved.kind === "address" ? streetCase(resolved.matched) : resolved.matched;
}

/**
 * How the area in use is said back to the citizen (the remembered area, the summary) and
 * named on the operators' card: never more precise than what the citizen gave, and only a
 * name they recognise, with its Municipio («via Padova 120, Municipio 2», «Gratosoglio,
 * Municipio 5», «Sesto San Giovanni, fuori Milano»).
 */
export function describePlace({ remembered: place, name }: PlaceInUse, t: Translate): string {
  if (place.outsideMilan)
    return place.area
      ? t("place-outside-town", { town: escapeHtml(place.area) })
      : t("place-outside");
  const municipi = municipiOf(place, t);
  if (name) return t("place-area", { area: escapeHtml(name), municipi });
  if (!place.area) return municipi;
  // «Niguarda», not the register's «Niguarda - Ca' Granda - Prato Centenaro - Q.re Fulvio
  // Testi»: a citizen recognises the neighbourhood's first name (operators read it whole).
  // «Corvetto», not «Lodi», for who said Corvetto: the part they used, when it was not the first.
  const area = place.said
    ? nameOf(place.said)
    : areaName(place.area)
        .split(", ")
        .map((name) => name.split(" - ")[0])
        .join(", ");
  if (area === municipi || place.candidates.length === 0) return escapeHtml(area);
  return t("place-area", { area: escapeHtml(area), municipi });
}

/**
 * The area as the request stores it for the operators: its name (the street the citizen
 * confirmed in the summary, or the neighbourhood), with the Municipi it may be in when it has
 * no single one ("Navigli – Municipio 5 / 6", or "Municipio 2 / 3" alone), which the card's
 * Municipio cannot say.
 */
export function areaForOperators({ remembered: place, name }: PlaceInUse): string | null {
  const unsure = place.municipio === null && place.candidates.length > 1;
  const municipi = unsure ? `Municipio ${place.candidates.join(" / ")}` : null;
  const area = name ?? place.area;
  if (!area) return municipi;
  return municipi ? `${name ?? areaName(area)} – ${municipi}` : area;
}

/**
 * What the bot understood of the citizen's words about where they live, in words they
 * recognise ("via Padova 120 → Municipio 2", "metro Dateo → Municipio 3 / 4", "Sesto San
 * Giovanni, fuori Milano"), so that a misread place is noticed. Shown once, never stored as such.
 */
export function describeUnderstood(place: ResolvedPlace, t: Translate): string {
  if (place.outsideMilan)
    return place.matched
      ? t("place-outside-town", { town: escapeHtml(place.matched) })
      : t("place-outside");
  const municipi = municipiOf(place, t);
  if (place.kind === "point") return t("place-area", { area: t("place-point"), municipi });
  if (place.kind === "municipio" || !place.matched) return municipi;
  // The citizen's own words, when the resolver kept them ("metro Dateo → Municipio 3"):
  // they recognise those at once, where an official name could hide a misreading. Words read
  // through a transliteration ("метро Лорето" as "metro loreto") or a typo ("metro Lotoo")
  // would not say what was understood: the name does.
  const said = wordsAsWritten(place);
  if (said) return t("place-said", { said: escapeHtml(said), municipi });
  const what =
    place.kind === "nil" ? nilSaid(place, place.matched) : (placeName(place) ?? place.matched);
  return t("place-area", { area: escapeHtml(what), municipi });
}

/**
 * The citizen's own words that named a place, when the text holds them as written: not words
 * read through a transliteration («Бергамо» as «bergamo», «вулиці Падова 120») or a typo, which
 * would not say what was understood. A Municipio's number says it, in any letters: «8
 * муниципалитете → Municipio 8». The one place that decides which words are said back.
 */
export function wordsAsWritten(place: ResolvedPlace): string | undefined {
  const said = place.span?.trim();
  const recognised = !place.respelt || place.kind === "municipio";
  return said && recognised && place.text.includes(said) ? said : undefined;
}

/**
 * A neighbourhood said back by the name that found it («Баджо», «Bagio»: «Baggio»), not the
 * register's «Baggio - Quartiere degli Olmi - Quartiere Valsesia», whose other parts the citizen
 * never said; the register's name when none did, or when two areas were read at once.
 */
function nilSaid(place: ResolvedPlace, matched: string): string {
  return place.alias && !matched.includes(" / ") ? place.alias : areaName(matched);
}

/**
 * One number format per locale: toLocaleString with options builds a new Intl.NumberFormat
 * on every call (2% of the bot's CPU per answer).
 */
const kilometres = new Map<Locale, Intl.NumberFormat>();
function formatKm(km: number, locale: Locale): string {
  let format = kilometres.get(locale);
  if (format === undefined) {
    format = new Intl.NumberFormat(LANGUAGE_TAGS[locale], {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    });
    kilometres.set(locale, format);
  }
  return format.format(km);
}

const distance = (item: RecommendedSpace, locale: Locale, t: Translate) =>
  item.distanceKm === undefined
    ? []
    : [t("space-distance", { km: formatKm(item.distanceKm, locale) })];

const address = (space: Space) =>
  escapeHtml(`${space.address.inArticle}, ${space.address.cap} Milano`);

/**
 * A space as a card. In the answer the first space is short (where, what, why, how far) so
 * that it fits one phone screen; who runs it and its host come with the details.
 */
function spaceCard(
  item: RecommendedSpace,
  knowledge: Knowledge,
  locale: Locale,
  t: Translate,
  detailed: boolean,
): string {
  const { space } = item;
  const lines = [
    t("space-card", {
      name: escapeHtml(space.name),
      municipio: space.municipio,
      address: address(space),
    }),
  ];
  if (detailed) {
    lines.push(
      t("space-managed-by", { managedBy: escapeHtml(localized(space.managedBy, locale)) }),
    );
    if (space.host)
      lines.push(t("space-host", { host: escapeHtml(localized(space.host, locale)) }));
  }
  const service = item.service ? knowledge.service(item.service) : undefined;
  if (service)
    lines.push(t("space-service", { service: escapeHtml(localized(service.name, locale)) }));
  lines.push(`<i>${t(`reason-${item.reason}`)}</i>`, ...distance(item, locale, t));
  lines.push(...contactLines(space, locale, t));
  return lines.join("\n");
}

/** Another space, on one line: name, Municipio, address, distance. */
function spaceLine(item: RecommendedSpace, locale: Locale, t: Translate): string {
  const { space } = item;
  return [
    `🏠 ${escapeHtml(space.name)} – Municipio ${space.municipio}`,
    address(space),
    ...distance(item, locale, t),
  ].join(" · ");
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

/**
 * The answer to a need: what the service is, then where to go and why: the first space as a
 * short card, the others one line each. Where hours or contacts are unknown, the WeMi portal.
 * It ends asking whether to call, unless `askContact` is false (a call refused as it was asked).
 */
export function renderAnswer(
  intent: Intent,
  recommendation: Recommendation,
  knowledge: Knowledge,
  locale: Locale,
  t: Translate,
  {
    notForThem = [],
    askContact = true,
  }: { readonly notForThem?: readonly Service[]; readonly askContact?: boolean } = {},
): string {
  const parts = [
    t("answer-intro", { need: escapeHtml(localized(intent.label, locale)) }),
    escapeHtml(localized(intent.answer, locale)),
    ...notForThem.map((service) =>
      t("answer-service-for-women", { service: escapeHtml(localized(service.name, locale)) }),
    ),
  ];
  if (recommendation.note === "outside_milan") parts.push(t("answer-outside-milan"));
  // With no space to show (the one service there is may not be for them), the note asks for the
  // area without promising a list that the next line says does not exist.
  if (recommendation.note === "unknown_place")
    parts.push(
      t(recommendation.items.length > 0 ? "answer-unknown-place" : "answer-unknown-place-none"),
    );
  const [first, ...others] = recommendation.items;
  if (first === undefined) parts.push(t("answer-no-space"));
  else {
    parts.push(
      [t("answer-spaces-title"), spaceCard(first, knowledge, locale, t, false)].join("\n"),
    );
    if (others.length > 0)
      parts.push(
        [t("answer-also"), ...others.map((item) => spaceLine(item, locale, t))].join("\n"),
      );
    if (recommendation.items.some((item) => !hasContacts(item.space)))
      parts.push(`<i>${t("answer-contacts")}</i>`);
  }
  if (askContact) parts.push(t("answer-next"));
  return parts.join("\n\n");
}

/**
 * How the services of the need just answered work, as the catalogue says it (what each is,
 * where to ask), for «come funziona?» typed right after the answer; undefined when the need has
 * no service. The offer of a person still waits, so it is asked again last.
 */
export function renderHowServicesWork(
  intent: Intent,
  knowledge: Knowledge,
  locale: Locale,
  t: Translate,
): string | undefined {
  const services = intent.services.flatMap((id) => knowledge.service(id) ?? []);
  if (services.length === 0) return undefined;
  const said = (text: Parameters<typeof localized>[0]) => escapeHtml(localized(text, locale));
  return [
    t("services-how-title", { need: said(intent.label) }),
    ...services.map((s) =>
      [`<b>${said(s.name)}</b>`, said(s.description), said(s.howToGet)].join("\n"),
    ),
    t("services-how-bot"),
    t("answer-next"),
  ].join("\n\n");
}

/** Every recommended space in full: who runs it, where it is hosted, contacts. */
export function renderSpaceDetails(
  recommendation: Recommendation,
  knowledge: Knowledge,
  locale: Locale,
  t: Translate,
): string {
  return [
    t("answer-details-title"),
    ...recommendation.items.map((item) => spaceCard(item, knowledge, locale, t, true)),
  ].join("\n\n");
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

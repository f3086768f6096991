import type { GeoPoint } from "./place.js";

/** A point written in a message: typed coordinates or a map link. */
export interface WrittenPoint {
  readonly point: GeoPoint;
  /** The characters that held it (the link, or the coordinates as typed). */
  readonly span: string;
  readonly form: "coordinates" | "link";
}

const NUMBER = String.raw`-?\d{1,3}(?:\.\d+)?`;
const PAIR = String.raw`(${NUMBER})\s*(?:,|%2C)\s*(${NUMBER})`;

/** Where each map service puts the point in its links. */
const LINK_PATTERNS: readonly RegExp[] = [
  // Google Maps: /@45.47,9.22,17z and ?q=, ?query=, ?ll=, ?daddr=; Apple Maps: ?ll=, ?q=, ?sll=
  new RegExp(`/@${PAIR}`),
  new RegExp(`[?&](?:q|query|ll|sll|daddr|destination|center)=(?:loc:)?${PAIR}`),
  // OpenStreetMap: #map=zoom/lat/lon
  new RegExp(String.raw`#map=\d+(?:\.\d+)?/(${NUMBER})/(${NUMBER})`),
  // geo: URI (RFC 5870)
  new RegExp(`^geo:${PAIR}`),
];
const OSM_MARKER = { lat: /[?&]mlat=(-?\d+(?:\.\d+)?)/, lon: /[?&]mlon=(-?\d+(?:\.\d+)?)/ };
const LINK = /(?:https?:\/\/|geo:)\S+/gi;

/**
 * One coordinate as people type it: decimal degrees, degrees and decimal minutes, or degrees,
 * minutes and seconds, with the hemisphere before or after ("45°27'N", "N 45° 26.500'", "45.46 N").
 */
const COORDINATE =
  /(?:\b([NSEWO])\s*)?(\d{1,3}(?:[.,]\d+)?)\s*(°|º|deg)?\s*(?:(\d{1,2}(?:[.,]\d+)?)\s*['′’])?\s*(?:(\d{1,2}(?:[.,]\d+)?)\s*(?:"|″|''|”))?\s*([NSEWO](?![A-Za-z]))?/g;
/** Two decimal numbers written as a pair anywhere in a message ("sono qui: 45.4408, 9.1612"). */
const DECIMAL_PAIR =
  /(?<![\d.,])(-?\d{1,2}\.\d{2,})(?:\s*[,;]\s*|\s+(?:(?:lon|lng|long|longitudine)\s*[:=]?\s*)?)(-?\d{1,3}\.\d{2,})(?![\d.])/i;
/** The same with decimal commas, as Italian keyboards type them ("45,4773 9,2264"). */
const DECIMAL_COMMA_PAIR = /(?<![\d.,])(\d{1,2},\d{3,})(?:\s*;\s*|\s+)(\d{1,3},\d{3,})(?![\d.,])/;
/** An in-text pair counts only around Lombardy, so that "12.50, 13.20 euro" is not a place. */
const NEAR_MILAN = { minLat: 44.5, maxLat: 46.5, minLon: 8, maxLon: 10.5 };

const valid = (point: GeoPoint): boolean =>
  Number.isFinite(point.lat) &&
  Number.isFinite(point.lon) &&
  Math.abs(point.lat) <= 90 &&
  Math.abs(point.lon) <= 180;

const nearMilan = (p: GeoPoint): boolean =>
  p.lat >= NEAR_MILAN.minLat &&
  p.lat <= NEAR_MILAN.maxLat &&
  p.lon >= NEAR_MILAN.minLon &&
  p.lon <= NEAR_MILAN.maxLon;

function fromLink(link: string): GeoPoint | null {
  const lat = OSM_MARKER.lat.exec(link)?.[1];
  const lon = OSM_MARKER.lon.exec(link)?.[1];
  if (lat !== undefined && lon !== undefined) return { lat: Number(lat), lon: Number(lon) };
  for (const pattern of LINK_PATTERNS) {
    const match = pattern.exec(link);
    if (match) return { lat: Number(match[1]), lon: Number(match[2]) };
  }
  return null;
}

const decimal = (value: string | undefined): number => Number((value ?? "0").replace(",", "."));

interface Coordinate {
  readonly value: number;
  readonly hemisphere: string | null;
  readonly at: number;
  readonly end: number;
}

/** Coordinates marked as such (a degree sign, minutes or a hemisphere letter): plain numbers are not. */
function markedCoordinates(text: string): Coordinate[] {
  const found: Coordinate[] = [];
  for (const m of text.matchAll(COORDINATE)) {
    const [, before, degrees, sign, minutes, seconds, after] = m;
    if (degrees === undefined || (!sign && !minutes && !before && !after)) continue;
    const hemisphere = before ?? after ?? null;
    const value = decimal(degrees) + decimal(minutes) / 60 + decimal(seconds) / 3600;
    const negative = hemisphere === "S" || hemisphere === "W" || hemisphere === "O";
    found.push({
      value: negative ? -value : value,
      hemisphere,
      at: m.index ?? 0,
      end: (m.index ?? 0) + m[0].length,
    });
  }
  return found;
}

/** Every typed coordinate has a digit (COORDINATE's degrees, both pairs' numbers). */
const DIGIT = /\d/;

function fromCoordinates(text: string): { point: GeoPoint; span: string } | null {
  // Most messages have no digit, and COORDINATE, all of it optional but its degrees, was tried
  // at each of their characters (a twentieth of reading a message's places).
  if (!DIGIT.test(text)) return null;
  const marked = markedCoordinates(text);
  for (let i = 0; i + 1 < marked.length; i += 1) {
    const [a, b] = [marked[i], marked[i + 1]] as [Coordinate, Coordinate];
    // The latitude is the N/S one; without letters, the first.
    const aIsLon = a.hemisphere !== null && "EWO".includes(a.hemisphere);
    const [lat, lon] = aIsLon ? [b, a] : [a, b];
    const point = { lat: lat.value, lon: lon.value };
    if (valid(point) && text.slice(a.end, b.at).trim().length <= 3) {
      return { point, span: text.slice(a.at, b.end).trim() };
    }
  }
  const pair = DECIMAL_PAIR.exec(text) ?? DECIMAL_COMMA_PAIR.exec(text);
  if (pair) {
    const point = { lat: decimal(pair[1]), lon: decimal(pair[2]) };
    const whole = text.replace(/^\s*@/, "").trim() === pair[0].trim();
    if (valid(point) && (whole || nearMilan(point))) return { point, span: pair[0] };
  }
  return null;
}

/** The point of a map link or of coordinates in the text, if any. */
export function readWrittenPoint(text: string): WrittenPoint | null {
  for (const [link] of text.matchAll(LINK)) {
    const point = fromLink(link);
    if (point && valid(point)) return { point, span: link, form: "link" };
  }
  const typed = fromCoordinates(text);
  return typed ? { ...typed, form: "coordinates" } : null;
}

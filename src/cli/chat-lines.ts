/**
 * The local chat's lines (npm run chat): what a typed line asks for, and a bot message as
 * plain text. Apart from the chat's loop, which drives the emulator with them.
 */
import type { Message } from "grammy/types";

/** What a typed line asks for. */
export type ChatInput =
  | { readonly kind: "quit" }
  | { readonly kind: "empty" }
  | { readonly kind: "button"; readonly number: number }
  /** The simulated operator acts on the latest request in the operators' group. */
  | { readonly kind: "operator"; readonly action: "claim" | "close" }
  | { readonly kind: "operator"; readonly action: "reply"; readonly text: string }
  | { readonly kind: "location"; readonly lat: number; readonly lon: number }
  | { readonly kind: "text"; readonly text: string };

const LOCATION = /^@\s*(-?\d{1,3}(?:\.\d+)?)\s*,\s*(-?\d{1,3}(?:\.\d+)?)$/;

const BUTTON = /^\/(\d{1,2})$/;
const OPERATOR_ACTION = /^\/op(?:\s+(.*))?$/su;
const CLAIM = new Set(["prendo", "claim"]);
const CLOSE = new Set(["chiudi", "close"]);

/**
 * A button is pressed with its number after a slash (/2): a bare "2" is text, as a house
 * number or a typed answer would be. /op acts as an operator in the operators' group.
 */
export function parseInput(line: string): ChatInput {
  const text = line.trim();
  if (text === "") return { kind: "empty" };
  if (text === "/quit") return { kind: "quit" };
  const location = LOCATION.exec(text);
  if (location) return { kind: "location", lat: Number(location[1]), lon: Number(location[2]) };
  const button = BUTTON.exec(text);
  if (button) return { kind: "button", number: Number(button[1]) };
  const operator = OPERATOR_ACTION.exec(text);
  if (operator) {
    const said = (operator[1] ?? "").trim();
    if (CLAIM.has(said.toLowerCase())) return { kind: "operator", action: "claim" };
    if (CLOSE.has(said.toLowerCase())) return { kind: "operator", action: "close" };
    if (said !== "") return { kind: "operator", action: "reply", text: said };
  }
  return { kind: "text", text };
}

function openStreetMapLink(lat: number, lon: number): string {
  return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}`;
}

/**
 * A bot message as plain lines. The emulator has already applied parse_mode as Telegram does,
 * so `text` carries no tags or character references: bold text simply reads as text.
 */
export function renderMessage(message: Message, noText: string): string {
  if (message.venue) {
    const { latitude, longitude } = message.venue.location;
    return [
      `📍 ${message.venue.title}`,
      message.venue.address,
      openStreetMapLink(latitude, longitude),
    ].join("\n");
  }
  if (message.location) {
    return `📍 ${openStreetMapLink(message.location.latitude, message.location.longitude)}`;
  }
  return message.text ?? message.caption ?? noText;
}

export function formatChoices(labels: readonly string[]): string {
  return labels.map((label, i) => `[/${i + 1}] ${label}`).join("  ");
}

/** A bot message's lines, set in under its sender. */
export const indent = (text: string) =>
  text
    .split("\n")
    .map((line) => `  ${line}`)
    .join("\n");

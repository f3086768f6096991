import { parsePhoneNumberFromString } from "libphonenumber-js/max";

/**
 * An Italian (or international) phone number in E.164 form, or null when it is not a
 * valid number. libphonenumber knows the Italian numbering plan (mobile 3xx, landlines
 * with their leading 0), which a hand-written pattern would get wrong.
 */
export function normalizePhone(text: string): string | null {
  const cleaned = text.replace(/[^\d+]/g, "").replace(/^00/, "+");
  const parsed = parsePhoneNumberFromString(cleaned, "IT");
  return parsed?.isValid() ? parsed.number : null;
}

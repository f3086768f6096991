import { parsePhoneNumberFromString } from "libphonenumber-js/max";

/**
 * An Italian (or international) phone number in E.164 form, or null when it is not a
 * valid number. libphonenumber knows the Italian numbering plan (mobile 3xx, landlines
 * with their leading 0), which a hand-written pattern would get wrong, so an Italian number
 * must be one it knows. A number typed with another country's code must only have that
 * country's length: its ranges the bot cannot vouch for (libphonenumber's validity refuses,
 * for one, the UK's 07700 900xxx mobiles), and refusing a real number leaves the citizen
 * with no way to be called, while a wrong one costs the operator one call.
 */
export function normalizePhone(text: string): string | null {
  const cleaned = text.replace(/[^\d+]/g, "").replace(/^00/, "+");
  const parsed = parsePhoneNumberFromString(cleaned, "IT");
  if (!parsed) return null;
  const foreign = cleaned.startsWith("+") && parsed.countryCallingCode !== "39";
  return parsed.isValid() || (foreign && parsed.isPossible()) ? parsed.number : null;
}

/** A run of digits with the separators people type inside a number («333 123-4567», «02.1234»). */
const NUMBER_RUN = /\+?\d[\d\s./()-]*\d/gu;

/**
 * The first valid phone number in a message («il mio numero è 333 1234567 ma chiamatemi
 * dopo le 18»), each run of digits read on its own: the message's digits read together
 * would glue the 18 onto the number.
 */
export function phoneInText(text: string): string | null {
  for (const [run] of text.matchAll(NUMBER_RUN)) {
    const phone = normalizePhone(run);
    if (phone !== null) return phone;
  }
  return null;
}

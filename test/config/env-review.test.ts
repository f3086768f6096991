import { expect, it } from "vitest";
import { ConfigError, parseConfig } from "../../src/config/env.js";

it("review retention and claim reminders: 30 days and 24 hours unless told; 0 days keeps nothing", () => {
  expect(parseConfig({})).toMatchObject({ REVIEW_RETENTION_DAYS: 30, CLAIM_REMINDER_HOURS: 24 });
  expect(parseConfig({ REVIEW_RETENTION_DAYS: "0", CLAIM_REMINDER_HOURS: "4" })).toMatchObject({
    REVIEW_RETENTION_DAYS: 0,
    CLAIM_REMINDER_HOURS: 4,
  });
});

it.each([
  [{ REVIEW_RETENTION_DAYS: "-1" }, "REVIEW_RETENTION_DAYS"],
  [{ REVIEW_RETENTION_DAYS: "a month" }, "REVIEW_RETENTION_DAYS"],
  [{ CLAIM_REMINDER_HOURS: "0" }, "CLAIM_REMINDER_HOURS"],
])("stops with one line naming the variable: %j", (env, variable) => {
  expect(() => parseConfig(env)).toThrow(ConfigError);
  expect(() => parseConfig(env)).toThrow(new RegExp(`^Invalid configuration: ${variable}`));
});

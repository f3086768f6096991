import { GrammyError, HttpError } from "grammy";
import { describe, expect, it } from "vitest";
import { describeError, redactTokens } from "../../src/logging/index.js";

const TOKEN = "123456789:AAEhBOweik6ad9r_QXMENQjcrGbqCr4K-ZE";

describe("logs never carry the bot token or citizens' messages", () => {
  it("redacts a token inside a Bot API URL", () => {
    expect(redactTokens(`request to https://api.telegram.org/bot${TOKEN}/sendMessage failed`)).toBe(
      "request to https://api.telegram.org/bot<token>/sendMessage failed",
    );
  });

  it("describes a network error without its URL's token", () => {
    const error = new HttpError(
      `Network request for 'sendMessage' failed!`,
      new Error(`connect ECONNREFUSED, url bot${TOKEN}/x`),
    );
    const described = JSON.stringify(describeError(error));
    expect(described).toContain("HttpError");
    expect(described).not.toContain(TOKEN);
  });

  it("describes a Telegram refusal by method and code, not by the message that was sent", () => {
    const error = new GrammyError(
      "Call to 'sendMessage' failed!",
      { ok: false, error_code: 403, description: "Forbidden: bot was blocked by the user" },
      "sendMessage",
      { chat_id: 42, text: "Mi chiamo Maria Rossi, telefono 333 1234567" },
    );
    const described = describeError(error);
    expect(described).toEqual({
      type: "GrammyError",
      method: "sendMessage",
      error_code: 403,
      description: "Forbidden: bot was blocked by the user",
    });
    expect(JSON.stringify(described)).not.toContain("Maria");
    // As it comes back out of a dialogue's replay log: a clone that kept only the message.
    const cloned = structuredClone(error);
    expect(describeError(cloned)).toEqual(described);
  });
});

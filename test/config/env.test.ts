import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "../../src/config/env.js";

const TOKEN = "123456789:AAEhBOweik6ad9r_QXMENQjcrGbqCr4K-ZE";

describe("configuration from the environment", () => {
  it("has working defaults, so the local chat needs nothing", () => {
    const config = parseConfig({});
    expect(config.BOT_TOKEN).toBeUndefined();
    expect(config.TELEGRAM_API_ROOT).toBe("https://api.telegram.org");
    expect(config.DATA_DIR).toMatch(/data[/\\]runtime$/);
    expect(config.ADMIN_IDS).toEqual([]);
    expect(config.LOG_LEVEL).toBe("info");
    expect(config.RETENTION_DAYS).toBe(90);
  });

  it("reads ids, lists and numbers; an empty variable counts as unset", () => {
    const config = parseConfig({
      BOT_TOKEN: TOKEN,
      OPERATOR_CHAT_ID: "-1001234567890",
      ADMIN_IDS: " 11, 22 ,",
      RETENTION_DAYS: "30",
      LOG_LEVEL: "",
    });
    expect(config.OPERATOR_CHAT_ID).toBe(-1001234567890);
    expect(config.ADMIN_IDS).toEqual([11, 22]);
    expect(config.RETENTION_DAYS).toBe(30);
    expect(config.LOG_LEVEL).toBe("info");
  });

  it("takes a Bot API root with a trailing slash as the same root", () => {
    expect(parseConfig({ TELEGRAM_API_ROOT: "http://127.0.0.1:8081/" }).TELEGRAM_API_ROOT).toBe(
      "http://127.0.0.1:8081",
    );
  });

  it.each([
    [{ TELEGRAM_API_ROOT: "ftp://example.org" }, "TELEGRAM_API_ROOT"],
    [{ TELEGRAM_API_ROOT: `https://api.telegram.org/bot${TOKEN}` }, "TELEGRAM_API_ROOT"],
    [{ OPERATOR_CHAT_ID: "operators" }, "OPERATOR_CHAT_ID"],
    [{ RETENTION_DAYS: "-1" }, "RETENTION_DAYS"],
  ])("stops with one line naming the variable: %j", (env, variable) => {
    expect(() => parseConfig(env)).toThrow(ConfigError);
    expect(() => parseConfig(env)).toThrow(new RegExp(`^Invalid configuration: ${variable}`));
  });

  it("never repeats a malformed token in its message", () => {
    const leaked = "12345:short-but-secret";
    expect(() => parseConfig({ BOT_TOKEN: leaked })).toThrow(/BOT_TOKEN/);
    try {
      parseConfig({ BOT_TOKEN: leaked });
    } catch (error) {
      expect((error as Error).message).not.toContain("short-but-secret");
    }
  });
});

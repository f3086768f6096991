import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "../../src/config/env.js";

describe("deployment variables: PostgreSQL and webhooks", () => {
  it("without them, the files and long polling; the webhook server's defaults are ready", () => {
    const config = parseConfig({});
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.WEBHOOK_URL).toBeUndefined();
    expect(config.PORT).toBe(8080);
    expect(config.HOST).toBe("0.0.0.0");
  });

  it("reads a database, a webhook with its secret, and a port", () => {
    const config = parseConfig({
      DATABASE_URL: "postgres://wemi:pw@db.internal:5432/wemi",
      WEBHOOK_URL: "https://bot.comune.example/telegram/hook",
      WEBHOOK_SECRET: "a-long-enough_secret-123",
      PORT: "3001",
      HOST: "127.0.0.1",
    });
    expect(config.DATABASE_URL).toBe("postgres://wemi:pw@db.internal:5432/wemi");
    expect(config.PORT).toBe(3001);
    expect(config.HOST).toBe("127.0.0.1");
  });

  it.each([
    [{ DATABASE_URL: "mysql://db/wemi" }, "DATABASE_URL"],
    [{ WEBHOOK_URL: "http://bot.example.org/hook", WEBHOOK_SECRET: "x".repeat(20) }, "WEBHOOK_URL"],
    [{ WEBHOOK_URL: "https://bot.example.org/hook" }, "WEBHOOK_SECRET"],
    [{ WEBHOOK_URL: "https://bot.example.org/hook", WEBHOOK_SECRET: "short" }, "WEBHOOK_SECRET"],
    [{ PORT: "99999" }, "PORT"],
  ])("stops with one line naming the variable: %j", (env, variable) => {
    expect(() => parseConfig(env)).toThrow(ConfigError);
    expect(() => parseConfig(env)).toThrow(new RegExp(`^Invalid configuration: ${variable}`));
  });

  it("never repeats the webhook secret or the database password in its message", () => {
    const secret = "secret with spaces is not allowed";
    expect(() =>
      parseConfig({ WEBHOOK_URL: "https://bot.example.org/hook", WEBHOOK_SECRET: secret }),
    ).not.toThrow(new RegExp(secret));
  });
});

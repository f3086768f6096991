import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { HttpError, InputFile } from "grammy";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { leanApiCalls } from "../../src/bot/lean-api-call.js";

/**
 * A plain Bot API call goes out without grammY's client (its answer the same), and anything
 * else goes on to it: what the retries above see must not change.
 */
const posted: { url: string; type: string; body: string }[] = [];
let server: Server;
let root: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => {
      body += chunk;
    });
    request.on("end", () => {
      posted.push({
        url: request.url ?? "",
        type: request.headers["content-type"] ?? "",
        body,
      });
      response.setHeader("content-type", "application/json");
      const refused = request.url?.endsWith("/banChatMember");
      response.end(
        JSON.stringify(
          refused
            ? { ok: false, error_code: 400, description: "Bad Request: not enough rights" }
            : { ok: true, result: { message_id: 7 } },
        ),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  root = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** grammY's own client below: answers without a request. */
const toGrammy = (async () => ({ ok: true, result: "grammY's client" })) as never;
const grammyAnswer = { ok: true, result: "grammY's client" };

describe("a plain Bot API call", () => {
  it("is posted as JSON to the method's URL and answered as grammY's client answers", async () => {
    const call = leanApiCalls(root, "1:T");
    const payload = { chat_id: 5, text: "ciao", reply_markup: { inline_keyboard: [[]] } };
    const answer = await call(toGrammy, "sendMessage", payload, undefined);
    expect(answer).toEqual({ ok: true, result: { message_id: 7 } });
    expect(posted.at(-1)).toEqual({
      url: "/bot1:T/sendMessage",
      type: "application/json",
      body: JSON.stringify(payload),
    });
  });

  it("returns Telegram's refusal as it came, for the client to throw", async () => {
    const call = leanApiCalls(root, "1:T");
    const answer = await call(toGrammy, "banChatMember", { chat_id: 5, user_id: 6 }, undefined);
    expect(answer).toMatchObject({ ok: false, error_code: 400 });
  });

  it("a network failure is grammY's HttpError, which the retries above know", async () => {
    const call = leanApiCalls("http://127.0.0.1:1", "1:T");
    const failing = call(toGrammy, "sendMessage", { chat_id: 5, text: "ciao" }, undefined);
    await expect(failing).rejects.toBeInstanceOf(HttpError);
    await expect(failing).rejects.toThrow("Network request for 'sendMessage' failed!");
  });

  it("a file, a null or an abort signal goes on to grammY's client", async () => {
    const call = leanApiCalls(root, "1:T");
    const before = posted.length;
    const photo = { chat_id: 5, photo: new InputFile(Buffer.from("png"), "stats.png") };
    expect(await call(toGrammy, "sendPhoto", photo, undefined)).toEqual(grammyAnswer);
    const withNull = { chat_id: 5, text: "ciao", message_thread_id: null };
    expect(await call(toGrammy, "sendMessage", withNull as never, undefined)).toEqual(grammyAnswer);
    const polling = call(
      toGrammy,
      "getUpdates",
      { timeout: 30 },
      new AbortController().signal as never,
    );
    expect(await polling).toEqual(grammyAnswer);
    expect(posted.length).toBe(before);
  });
});

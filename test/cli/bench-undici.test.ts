import http from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { undiciFetch } from "../../src/cli/bench-undici.js";
import {
  behavesAsTheBotsClient,
  botApiStandIn,
  closeAll,
  postWith,
} from "../support/bot-api-stand-in.js";

/**
 * The bench compares the bot's Bot API client with one over undici (`npm run bench --
 * client`): a fair comparison only if undici's does the same job as the bot's own.
 */
const servers: http.Server[] = [];
afterEach(() => closeAll(servers));
const post = postWith(undiciFetch);

describe("the bench's Bot API client over undici", () => {
  it("reads answers framed by length or in chunks whole", async () => {
    const { server, port } = await botApiStandIn();
    servers.push(server);
    const root = `http://127.0.0.1:${port}/bot1:x`;
    const agent = new http.Agent({ keepAlive: true });
    expect(await post(`${root}/sendMessage`, agent)).toEqual({
      ok: true,
      result: { path: "/bot1:x/sendMessage", body: '{"text":"città"}' },
    });
    expect(await post(`${root}/chunked`, agent)).toMatchObject({
      result: { path: "/bot1:x/chunked" },
    });
  });

  behavesAsTheBotsClient(undiciFetch);
});

import http from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { leanFetch } from "../../src/runtime/http-client.js";
import {
  behavesAsTheBotsClient,
  botApiStandIn,
  closeAll,
  postWith,
} from "../support/bot-api-stand-in.js";

/**
 * The bot's Bot API calls go over sockets it keeps open itself (no Node http client): what
 * Telegram (or a proxy in front of it) may answer is read whole however it is framed, and a
 * socket that went away never loses a call.
 */
const servers: http.Server[] = [];
afterEach(() => closeAll(servers));

async function telegram(server?: http.Server) {
  const standIn = await botApiStandIn(server);
  servers.push(standIn.server);
  return standIn;
}

const post = postWith(leanFetch);

describe("Bot API calls over sockets kept open", () => {
  it("answers framed by length or in chunks are read whole, and calls in a row share one socket", async () => {
    const { port, connections } = await telegram();
    const agent = new http.Agent({ keepAlive: true });
    const root = `http://127.0.0.1:${port}/bot1:x`;
    expect(await post(`${root}/sendMessage`, agent)).toEqual({
      ok: true,
      result: { path: "/bot1:x/sendMessage", body: '{"text":"città"}' },
    });
    expect(await post(`${root}/chunked`, agent)).toMatchObject({
      result: { path: "/bot1:x/chunked" },
    });
    expect(await post(`${root}/sendVenue`, agent)).toMatchObject({ ok: true });
    expect(connections()).toBe(1);
  });

  it("a socket the server closed (after an answer saying so, or idle too long) is not used again", async () => {
    const { server, port, connections } = await telegram();
    server.keepAliveTimeout = 100;
    const agent = new http.Agent({ keepAlive: true });
    const root = `http://127.0.0.1:${port}/bot1:x`;
    await post(`${root}/close`, agent);
    expect(await post(`${root}/sendMessage`, agent)).toMatchObject({ ok: true });
    // Node's server closes an idle socket a little after its keepAliveTimeout.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await post(`${root}/sendMessage`, agent)).toMatchObject({ ok: true });
    expect(connections()).toBe(3);
  });

  it("an agent of its own kind (a proxy's) still opens the connections itself", async () => {
    const { port } = await telegram();
    let opened = 0;
    class ProxyLike extends http.Agent {
      override createConnection(...args: Parameters<http.Agent["createConnection"]>) {
        opened++;
        return super.createConnection(...args);
      }
    }
    const agent = new ProxyLike({ keepAlive: true });
    expect(await post(`http://127.0.0.1:${port}/bot1:x/getMe`, agent)).toMatchObject({ ok: true });
    expect(opened).toBe(1);
  });

  behavesAsTheBotsClient(leanFetch);
});

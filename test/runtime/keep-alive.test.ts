import { readFileSync } from "node:fs";
import http from "node:http";
import https from "node:https";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { leanFetch } from "../../src/runtime/http-client.js";

/**
 * The bot's Bot API calls go over sockets it keeps open itself (no Node http client): what
 * Telegram (or a proxy in front of it) may answer is read whole however it is framed, and a
 * socket that went away never loses a call.
 */
const TLS = join(import.meta.dirname, "..", "fixtures", "tls");
const servers: http.Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

/** A Bot API stand-in: every path answers `{ok:true,result:<path>}`, some framed their way. */
async function telegram(server: http.Server = http.createServer()) {
  let connections = 0;
  server.on("connection", () => connections++);
  server.on("request", (request, response) => {
    let body = "";
    request.on("data", (chunk) => {
      body += chunk;
    });
    request.on("end", () => {
      const answer = JSON.stringify({ ok: true, result: { path: request.url, body } });
      if (request.url?.endsWith("/hang")) return;
      if (request.url?.endsWith("/chunked")) {
        response.write(answer.slice(0, 10));
        setTimeout(() => response.end(answer.slice(10)), 20);
        return;
      }
      if (request.url?.endsWith("/close")) response.setHeader("connection", "close");
      response.end(answer);
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { server, port, connections: () => connections };
}

const post = async (url: string, agent: http.Agent, signal?: AbortSignal) =>
  (
    await leanFetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text: "città" }),
      agent,
      ...(signal ? { signal } : {}),
    })
  ).json();

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

  it("a call past its limit ends at once, and the next call gets its own answer", async () => {
    const { port } = await telegram();
    const agent = new http.Agent({ keepAlive: true });
    const root = `http://127.0.0.1:${port}/bot1:x`;
    const controller = new AbortController();
    const hanging = post(`${root}/hang`, agent, controller.signal);
    setTimeout(() => controller.abort(), 50);
    await expect(hanging).rejects.toThrow(/aborted/);
    expect(await post(`${root}/getMe`, agent)).toMatchObject({ result: { path: "/bot1:x/getMe" } });
  });

  it("a server that cannot be reached fails the call with its error", async () => {
    const { server, port } = await telegram();
    await new Promise((resolve) => server.close(resolve));
    servers.length = 0;
    await expect(post(`http://127.0.0.1:${port}/bot1:x/getMe`, new http.Agent())).rejects.toThrow(
      /ECONNREFUSED/,
    );
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

  it("over https, trusting the certificate authority the agent was given", async () => {
    const secure = https.createServer({
      key: readFileSync(join(TLS, "localhost.key")),
      cert: readFileSync(join(TLS, "localhost.crt")),
    });
    const { port } = await telegram(secure);
    const root = `https://localhost:${port}/bot1:x`;
    const trusting = new https.Agent({
      keepAlive: true,
      ca: readFileSync(join(TLS, "localhost.crt")),
    });
    expect(await post(`${root}/getMe`, trusting)).toMatchObject({ ok: true });
    await expect(post(`${root}/getMe`, new https.Agent({ keepAlive: true }))).rejects.toThrow(
      /self-signed|certificate/,
    );
  });
});

import { readFileSync } from "node:fs";
import http from "node:http";
import https from "node:https";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterEach, expect, it } from "vitest";
import type { BotApiFetch } from "../../src/runtime/http-client.js";

/**
 * A Bot API stand-in for the HTTP clients' tests: every path answers
 * `{ok:true,result:{path,body}}`, some framed their way (`/chunked` in two parts, `/close`
 * with `connection: close`, `/hang` never). Close what it returns after each test.
 */
export async function botApiStandIn(server: http.Server = http.createServer()) {
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
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { server, port, connections: () => connections };
}

/** A JSON call as the bot makes it, through `fetch`; the answer parsed. */
export const postWith =
  (fetch: BotApiFetch) => async (url: string, agent: http.Agent, signal?: AbortSignal) =>
    (
      await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ text: "città" }),
        agent,
        ...(signal ? { signal } : {}),
      })
    ).json();

const TLS = join(import.meta.dirname, "..", "fixtures", "tls");

/**
 * What every Bot API client of the bot does (leanFetch, and undici's the bench compares it
 * with): a call ends on its signal, an unreachable server fails it with its error, and over
 * https the agent's certificate authority is trusted.
 */
export function behavesAsTheBotsClient(fetch: BotApiFetch) {
  const servers: http.Server[] = [];
  afterEach(() => closeAll(servers));
  const telegram = async (server?: http.Server) => {
    const standIn = await botApiStandIn(server);
    servers.push(standIn.server);
    return standIn;
  };
  const post = postWith(fetch);

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
}

export async function closeAll(servers: http.Server[]) {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}

import type { Agent } from "node:http";
import { connect as connectPlain, isIP, type Socket } from "node:net";
import { connect as connectSecure } from "node:tls";

/**
 * Bot API calls as HTTP/1.1 over sockets kept open, without Node's http client: a call is
 * one string written (request line, headers and JSON body) and an answer read by its
 * Content-Length (or chunks). Node's ClientRequest, agent queue, parser, IncomingMessage
 * and their streams and events cost about a fifth of the bot's main-thread CPU for the two
 * or three calls each citizen update makes; the system calls stay the same.
 *
 * One call at a time per socket (no pipelining); a socket whose answer said
 * `connection: close`, whose server closed it, or which waited IDLE_MS unused is not used
 * again (servers close idle sockets after a few seconds: Node's own after 5).
 */
const IDLE_MS = 4000;
/** Idle sockets kept per origin, as Node's agent keeps (maxFreeSockets). */
const MAX_IDLE = 256;
const HEAD_END = Buffer.from("\r\n\r\n");
const CRLF = Buffer.from("\r\n");

/** Where calls go: a URL's origin, and how to open a socket there. */
interface Origin {
  readonly secure: boolean;
  readonly host: string;
  readonly port: number;
  readonly hostHeader: string;
  /** The agent's TLS options (a CA of one's own, say), kept for its sockets. */
  readonly tls: Record<string, unknown>;
}

/** A URL as calls use it: where to connect, and the request line's path. */
interface Target {
  readonly origin: Origin;
  readonly key: string;
  readonly path: string;
}

/** The bot's methods and a few files: far fewer than this. */
const MAX_TARGETS = 256;

/** The TLS options an https agent may carry (a CA of one's own, a client certificate). */
const TLS_OPTIONS = [
  "ca",
  "cert",
  "key",
  "pfx",
  "passphrase",
  "rejectUnauthorized",
  "ciphers",
  "minVersion",
  "maxVersion",
  "checkServerIdentity",
  "secureContext",
  "servername",
] as const;

export interface Answer {
  readonly status: number;
  readonly body: string;
}

/** One call under way: what its socket has brought so far, and how to settle it. */
interface Call {
  readonly resolve: (answer: Answer) => void;
  readonly reject: (error: unknown) => void;
}

/** The parts of an answer read so far. */
class Reading {
  private bytes: Buffer | undefined;
  private head:
    | { status: number; bodyAt: number; length?: number; chunked: boolean; close: boolean }
    | undefined;

  /** Takes bytes; an answer once whole (and whether the socket must close after it). */
  take(chunk: Buffer): { answer: Answer; close: boolean } | undefined {
    this.bytes = this.bytes === undefined ? chunk : Buffer.concat([this.bytes, chunk]);
    for (;;) {
      if (this.head === undefined) {
        const end = this.bytes.indexOf(HEAD_END);
        if (end < 0) return undefined;
        const head = parseHead(this.bytes.toString("latin1", 0, end), end + HEAD_END.length);
        // "100 Continue" and other interim answers: the real one follows.
        if (head.status < 200) {
          this.bytes = this.bytes.subarray(head.bodyAt);
          continue;
        }
        this.head = head;
      }
      const { status, bodyAt, length, chunked, close } = this.head;
      const body = chunked
        ? unchunk(this.bytes, bodyAt)
        : length !== undefined && this.bytes.length >= bodyAt + length
          ? this.bytes.toString("utf8", bodyAt, bodyAt + length)
          : undefined;
      if (body === undefined) return undefined;
      return { answer: { status, body }, close };
    }
  }

  /** The body of an answer that ends with its socket (neither length nor chunks). */
  atEnd(): Answer | undefined {
    if (this.head === undefined || this.head.chunked || this.head.length !== undefined) {
      return undefined;
    }
    return {
      status: this.head.status,
      body: (this.bytes ?? Buffer.alloc(0)).toString("utf8", this.head.bodyAt),
    };
  }
}

function parseHead(text: string, bodyAt: number) {
  const lines = text.split("\r\n");
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(lines[0] ?? "")?.[1]);
  if (!Number.isInteger(status)) throw new Error(`not an HTTP answer: ${lines[0]}`);
  let length: number | undefined;
  let chunked = false;
  let close = lines[0]?.startsWith("HTTP/1.0") ?? false;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] as string;
    const colon = line.indexOf(":");
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line
      .slice(colon + 1)
      .trim()
      .toLowerCase();
    if (name === "content-length") length = Number(value);
    else if (name === "transfer-encoding") chunked = value.includes("chunked");
    else if (name === "connection") close = value.includes("close");
  }
  // Answers that never have a body.
  if (status === 204 || status === 304) length = 0;
  return { status, bodyAt, length: chunked ? undefined : length, chunked, close };
}

/** A chunked body whole, or undefined until its last chunk has come. */
function unchunk(bytes: Buffer, from: number): string | undefined {
  const parts: Buffer[] = [];
  let at = from;
  for (;;) {
    const lineEnd = bytes.indexOf(CRLF, at);
    if (lineEnd < 0) return undefined;
    const size = Number.parseInt(bytes.toString("latin1", at, lineEnd), 16);
    if (Number.isNaN(size)) throw new Error("bad chunk size");
    at = lineEnd + 2;
    if (size === 0) {
      // Trailers (none expected) end with an empty line.
      if (bytes.indexOf(CRLF, at) < 0) return undefined;
      return Buffer.concat(parts).toString("utf8");
    }
    if (bytes.length < at + size + 2) return undefined;
    parts.push(bytes.subarray(at, at + size));
    at += size + 2;
  }
}

/** A socket to one origin, taking one call at a time. */
class Connection {
  private call: Call | undefined;
  private reading = new Reading();
  idleSince = 0;
  closed = false;

  constructor(
    readonly socket: Socket,
    private readonly release: (connection: Connection) => void,
  ) {
    socket.setNoDelay(true);
    socket.on("data", this.data);
    socket.on("error", this.fail);
    socket.on("close", this.close);
    socket.on("end", this.end);
  }

  send(request: string, call: Call): void {
    this.call = call;
    this.reading = new Reading();
    this.socket.ref();
    this.socket.write(request);
  }

  /** Ends the call (and its socket, whose answer would come out of step) if still under way. */
  abortCall(call: Call, error: Error): void {
    if (this.call !== call) return;
    this.socket.destroy();
    this.fail(error);
  }

  private abort(error: Error): void {
    this.socket.destroy();
    this.fail(error);
  }

  private readonly data = (chunk: Buffer) => {
    const call = this.call;
    if (call === undefined) {
      // Bytes nobody asked for: the socket is no longer in step.
      this.socket.destroy();
      return;
    }
    let whole: ReturnType<Reading["take"]>;
    try {
      whole = this.reading.take(chunk);
    } catch (error) {
      this.abort(error as Error);
      return;
    }
    if (whole === undefined) return;
    this.call = undefined;
    if (whole.close) this.socket.destroy();
    else this.release(this);
    call.resolve(whole.answer);
  };

  private readonly end = () => {
    const call = this.call;
    const answer = this.reading.atEnd();
    if (call !== undefined && answer !== undefined) {
      this.call = undefined;
      call.resolve(answer);
    }
    this.socket.destroy();
  };

  private readonly fail = (error: unknown) => {
    const call = this.call;
    this.call = undefined;
    call?.reject(error);
  };

  private readonly close = () => {
    this.closed = true;
    this.fail(Object.assign(new Error("socket hang up"), { code: "ECONNRESET" }));
  };
}

/** The sockets kept open to each origin, for one agent's calls. */
export class KeepAlivePool {
  private readonly idle = new Map<string, Connection[]>();
  private readonly targets = new Map<string, Target>();

  constructor(private readonly agent: Agent) {}

  /**
   * Sends `body` (JSON text, or none) to the URL; the answer's status and text. `onAbort`
   * is given what ends the call early (a time limit, grammY's signal).
   */
  request(
    url: string,
    method: string,
    headers: Record<string, string>,
    body: string | undefined,
    onAbort?: (abort: (error: Error) => void) => void,
  ): Promise<Answer> {
    const target = this.target(url);
    let head = `${method} ${target.path} HTTP/1.1\r\nhost: ${target.origin.hostHeader}\r\n`;
    for (const name in headers) {
      if (name.toLowerCase() !== "content-length") head += `${name}: ${headers[name]}\r\n`;
    }
    if (body !== undefined) head += `content-length: ${Buffer.byteLength(body)}\r\n`;
    const request = `${head}\r\n${body ?? ""}`;
    return new Promise((resolve, reject) => {
      const connection = this.take(target.key) ?? this.open(target.key, target.origin);
      const call: Call = { resolve, reject };
      onAbort?.((error) => connection.abortCall(call, error));
      connection.send(request, call);
    });
  }

  /** A URL's origin and path: the bot's few URLs, parsed once each. */
  private target(url: string): Target {
    let target = this.targets.get(url);
    if (target === undefined) {
      if (this.targets.size >= MAX_TARGETS) this.targets.clear();
      const parsed = new URL(url);
      const origin = originOf(parsed, this.agent);
      const key = `${parsed.protocol}//${origin.host}:${origin.port}`;
      target = { origin, key, path: `${parsed.pathname}${parsed.search}` };
      this.targets.set(url, target);
    }
    return target;
  }

  private take(key: string): Connection | undefined {
    const idle = this.idle.get(key);
    const now = Date.now();
    for (let connection = idle?.pop(); connection; connection = idle?.pop()) {
      if (!connection.closed && now - connection.idleSince < IDLE_MS) return connection;
      connection.socket.destroy();
    }
    return undefined;
  }

  private open(key: string, origin: Origin): Connection {
    const socket = origin.secure
      ? connectSecure({ ...origin.tls, host: origin.host, port: origin.port })
      : connectPlain({ host: origin.host, port: origin.port });
    return new Connection(socket, (connection) => this.keep(key, connection));
  }

  private keep(key: string, connection: Connection): void {
    let idle = this.idle.get(key);
    if (idle === undefined) {
      idle = [];
      this.idle.set(key, idle);
    }
    if (idle.length >= MAX_IDLE) {
      connection.socket.destroy();
      return;
    }
    connection.idleSince = Date.now();
    // An idle socket keeps no process alive, as Node's agent does.
    connection.socket.unref();
    idle.push(connection);
  }
}

function originOf(url: URL, agent: Agent): Origin {
  const secure = url.protocol === "https:";
  const host = url.hostname.startsWith("[") ? url.hostname.slice(1, -1) : url.hostname;
  const port = url.port === "" ? (secure ? 443 : 80) : Number(url.port);
  // An address has no name to ask the server's certificate for (Node warns about one).
  const tls = { ...(isIP(host) ? {} : { servername: host }), ...tlsOptionsOf(agent) };
  return { secure, host, port, hostHeader: url.host, tls };
}

/** The TLS options an agent was given (a CA of one's own, a client certificate). */
export function tlsOptionsOf(agent: Agent): Record<string, unknown> {
  const options = (agent as Agent & { options?: Record<string, unknown> }).options ?? {};
  const tls: Record<string, unknown> = {};
  for (const name of TLS_OPTIONS) if (options[name] !== undefined) tls[name] = options[name];
  return tls;
}

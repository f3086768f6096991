import type { IncomingMessage } from "node:http";

/** A file part of a multipart/form-data upload, kept by its attach:// id (grammY's field name). */
export interface UploadedFile {
  field: string;
  filename: string;
  size: number;
  content: Buffer;
}

export interface RequestParams {
  params: Record<string, unknown>;
  files: Map<string, UploadedFile>;
}

export class MalformedRequestError extends Error {}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * The Bot API accepts parameters in the query string, as JSON, urlencoded or multipart bodies.
 * Non-JSON encodings carry every value as a string (objects JSON-encoded), so handlers coerce
 * per parameter, exactly like the real server has to.
 */
export async function readRequestParams(req: IncomingMessage, url: URL): Promise<RequestParams> {
  const params: Record<string, unknown> = Object.fromEntries(url.searchParams);
  const files = new Map<string, UploadedFile>();
  const body = await readBody(req);
  const contentType = req.headers["content-type"] ?? "";
  if (body.length === 0) return { params, files };

  if (contentType.startsWith("application/json")) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString("utf8"));
    } catch {
      throw new MalformedRequestError("Bad Request: can't parse JSON object");
    }
    if (typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)) {
      Object.assign(params, parsed);
    }
  } else if (contentType.startsWith("application/x-www-form-urlencoded")) {
    Object.assign(params, Object.fromEntries(new URLSearchParams(body.toString("utf8"))));
  } else if (contentType.startsWith("multipart/form-data")) {
    const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
    const value = boundary?.[1] ?? boundary?.[2];
    if (value === undefined)
      throw new MalformedRequestError("Bad Request: wrong multipart boundary");
    parseMultipart(body, value.trim(), params, files);
  }
  return { params, files };
}

function parseMultipart(
  body: Buffer,
  boundary: string,
  params: Record<string, unknown>,
  files: Map<string, UploadedFile>,
): void {
  const delimiter = Buffer.from(`--${boundary}`);
  const positions: number[] = [];
  for (let at = body.indexOf(delimiter); at !== -1; at = body.indexOf(delimiter, at + 1)) {
    positions.push(at);
  }
  for (let k = 0; k + 1 < positions.length; k++) {
    let start = (positions[k] as number) + delimiter.length;
    let end = positions[k + 1] as number;
    if (body.subarray(start, start + 2).toString() === "\r\n") start += 2;
    if (body.subarray(end - 2, end).toString() === "\r\n") end -= 2;
    const part = body.subarray(start, end);
    const headerEnd = part.indexOf("\r\n\r\n");
    if (headerEnd === -1) continue;
    const headers = part.subarray(0, headerEnd).toString("utf8");
    const content = part.subarray(headerEnd + 4);
    const name = /(?:^|[;:\s])name="([^"]*)"/i.exec(headers)?.[1];
    if (name === undefined) continue;
    const filename = /filename=(?:"([^"]*)"|([^;\r\n]*))/i.exec(headers);
    if (filename) {
      files.set(name, {
        field: name,
        filename: filename[1] ?? filename[2] ?? "",
        size: content.length,
        content: Buffer.from(content),
      });
    } else {
      params[name] = content.toString("utf8");
    }
  }
}

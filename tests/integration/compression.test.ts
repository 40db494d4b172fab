import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serverDatabase, startHttpServer } from "../support/http-server";
import { testDatabaseKind } from "../support/test-database";

/** The status, content-encoding and body size of a GET with the given Accept-Encoding. */
function get(url: string, encoding: string) {
  return new Promise<{ status: number; encoding: string | undefined; bytes: number }>((resolve, reject) => {
    const req = request(url, { headers: { "Accept-Encoding": encoding } }, (res) => {
      let bytes = 0;
      res.on("data", (c: Buffer) => {
        bytes += c.length;
      });
      res.on("end", () => resolve({ status: res.statusCode ?? 0, encoding: res.headers["content-encoding"], bytes }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe(`responses are compressed (${testDatabaseKind})`, () => {
  let server: Awaited<ReturnType<typeof startHttpServer>>;
  let database: Awaited<ReturnType<typeof serverDatabase>>;

  beforeAll(async () => {
    database = await serverDatabase();
    await (await database.open()).close();
    server = await startHttpServer(database.env);
  }, 90_000);
  afterAll(async () => {
    await server?.close();
    await database?.drop();
  });

  it("sends pages with brotli or gzip as asked, and plain to a client that asks for neither", async () => {
    const plain = await get(`${server.base}/logind`, "identity");
    const gzip = await get(`${server.base}/logind`, "gzip");
    const brotli = await get(`${server.base}/logind`, "br, gzip");
    expect(plain.status).toBe(200);
    expect(plain.encoding).toBeUndefined();
    expect(gzip.encoding).toBe("gzip");
    expect(brotli.encoding).toBe("br");
    expect(gzip.bytes).toBeLessThan(plain.bytes / 2);
  });
});

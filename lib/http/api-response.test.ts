import { describe, expect, it } from "vitest";
import { isJsonContentType, MAX_JSON_BODY_BYTES, readJsonBody } from "./api-response";

describe("isJsonContentType", () => {
  it("accepts JSON with parameters, in any case, and +json types", () => {
    for (const type of ["application/json", "application/json; charset=utf-8", "Application/JSON;charset=UTF-8", "application/merge-patch+json", "application/vnd.api+json"]) {
      expect(isJsonContentType(type), type).toBe(true);
    }
  });

  it("refuses text, forms, lookalikes and a missing header", () => {
    for (const type of [null, "", "text/plain", "text/plain;charset=UTF-8", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "text/json", "application/jsonp", "application/+json"]) {
      expect(isJsonContentType(type), String(type)).toBe(false);
    }
  });
});

describe("readJsonBody", () => {
  const post = (body: string, headers: Record<string, string> = {}) =>
    readJsonBody(new Request("http://localhost/api/v1/events", { method: "POST", body, headers: { "content-type": "application/json", ...headers } }));

  it("reads JSON and answers 400 to a body that does not parse", async () => {
    expect(await post('{"title":"x"}')).toEqual({ ok: true, body: { title: "x" } });
    const bad = await post("{");
    expect(bad.ok ? 200 : bad.response.status).toBe(400);
  });

  it("answers 413 to a body over the limit, declared or not", async () => {
    const big = JSON.stringify({ body: "x".repeat(MAX_JSON_BODY_BYTES) });
    for (const result of [await post(big), await post("{}", { "content-length": String(MAX_JSON_BODY_BYTES + 1) })]) {
      expect(result.ok).toBe(false);
      if (!result.ok) expect([result.response.status, (await result.response.json()).error.code]).toEqual([413, "payload_too_large"]);
    }
  });
});

import { describe, expect, it } from "vitest";
import { isJsonContentType } from "./api-response";

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

import { afterEach, describe, expect, it, vi } from "vitest";
import { exampleCodeKey, readString, remove, storageKey, writeString } from "./local";
import { memoryStorage } from "./memory-storage";

afterEach(() => vi.unstubAllGlobals());

describe("local storage wrapper", () => {
  it("versions its keys", () => {
    expect(storageKey("a", "b")).toBe("asyncio-live:v1:a:b");
    expect(exampleCodeKey("gather", "gather_fetch.py")).toBe(
      "asyncio-live:v1:code:gather:gather_fetch.py",
    );
  });

  it("reads back what it wrote and forgets on remove", () => {
    vi.stubGlobal("localStorage", memoryStorage());
    expect(readString("k")).toBeNull();
    expect(writeString("k", "print(1)")).toBe(true);
    expect(readString("k")).toBe("print(1)");
    remove("k");
    expect(readString("k")).toBeNull();
  });

  it("survives storage that throws (quota, privacy settings) or is missing", () => {
    const throwing = memoryStorage();
    throwing.getItem = () => {
      throw new Error("SecurityError");
    };
    throwing.setItem = () => {
      throw new Error("QuotaExceededError");
    };
    throwing.removeItem = () => {
      throw new Error("SecurityError");
    };
    vi.stubGlobal("localStorage", throwing);
    expect(readString("k")).toBeNull();
    expect(writeString("k", "v")).toBe(false);
    expect(() => remove("k")).not.toThrow();
    vi.stubGlobal("localStorage", undefined);
    expect(readString("k")).toBeNull();
    expect(writeString("k", "v")).toBe(false);
  });
});

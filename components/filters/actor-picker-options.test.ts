import { describe, expect, it } from "vitest";
import { describePickerStatus, listPickerOptions } from "./actor-picker-options";

const names = new Map([["xi-jinping", "Xi Jinping"], ["anwar-ibrahim", "Anwar Ibrahim"], ["brics", "BRICS"]]);
const pool = [{ value: "brics", label: "BRICS" }, { value: "huawei", label: "Huawei" }];

describe("listPickerOptions", () => {
  it("lists the selected actors first by name, then the rest without repeating them", () => {
    expect(listPickerOptions(["xi-jinping", "brics", "anwar-ibrahim"], names, pool).map((o) => o.label)).toEqual(["Anwar Ibrahim", "BRICS", "Xi Jinping", "Huawei"]);
  });

  it("keeps a selected actor whose name is unknown, labelled by its slug", () => {
    expect(listPickerOptions(["someone-new"], names, pool)[0]).toEqual({ value: "someone-new", label: "someone-new" });
  });

  it("is the pool itself when nothing is selected", () => {
    expect(listPickerOptions([], names, pool)).toEqual(pool);
  });
});

describe("describePickerStatus", () => {
  it("says how many of how many are listed before a search", () => {
    expect(describePickerStatus({ status: "idle" }, 30, 2018)).toBe("Showing 30 of 2,018 actors — type to find others");
  });

  it("counts matches, and says when there are more than shown", () => {
    expect(describePickerStatus({ status: "done", q: "ibr", shown: 2, total: 2 }, 30, 2018)).toBe("2 actors match “ibr”");
    expect(describePickerStatus({ status: "done", q: "xi", shown: 1, total: 1 }, 30, 2018)).toBe("1 actor matches “xi”");
    expect(describePickerStatus({ status: "done", q: "an", shown: 20, total: 1432 }, 30, 2018)).toBe("Showing 20 of 1,432 actors matching “an” — type more to narrow");
    expect(describePickerStatus({ status: "done", q: "zz", shown: 0, total: 0 }, 30, 2018)).toBe("No actor matches “zz”");
  });
});

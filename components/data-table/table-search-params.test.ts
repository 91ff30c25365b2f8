import { describe, expect, it } from "vitest";
import {
  columnsToVisibility,
  describeRowRange,
  pageKeepingFirstRow,
  parseTableParams,
  sortingToSort,
  sortToSorting,
  visibilityToColumns,
  type TableParamsConfig,
} from "./table-search-params";

const config: TableParamsConfig<"date" | "-date" | "title" | "-title"> = {
  sorts: ["date", "-date", "title", "-title"],
  defaultSort: "date",
  pageSizes: [10, 25, 50, 100],
  defaultPageSize: 25,
  columns: ["date", "precision", "topics", "updated"],
  defaultColumns: ["date", "precision", "topics"],
};

describe("parseTableParams", () => {
  it("gives the defaults when the URL says nothing", () => {
    expect(parseTableParams({}, config)).toEqual({
      value: { sort: "date", page: 1, size: 25, columns: ["date", "precision", "topics"] },
      errors: [],
    });
  });

  it("reads valid values", () => {
    const { value, errors } = parseTableParams({ sort: "-title", page: "3", size: "50", cols: "topics,date" }, config);
    expect(errors).toEqual([]);
    expect(value).toEqual({ sort: "-title", page: 3, size: 50, columns: ["date", "topics"] });
  });

  it("reports each bad value and falls back to its default", () => {
    const { value, errors } = parseTableParams({ sort: "colour", page: "0", size: "30" }, config);
    expect(value).toMatchObject({ sort: "date", page: 1, size: 25 });
    expect(errors.map((e) => e.param)).toEqual(["sort", "page", "size"]);
    expect(errors[0]!.message).toContain("must be one of date, -date, title, -title");
    expect(errors[2]!.message).toContain("10, 25, 50, 100");
  });

  it.each(["2.5", "-1", "abc", "1e3", " 2"])("refuses page %j", (page) => {
    const { value, errors } = parseTableParams({ page }, config);
    expect(value.page).toBe(1);
    expect(errors).toHaveLength(1);
  });

  it("keeps the known columns and reports unknown ones", () => {
    const { value, errors } = parseTableParams({ cols: "date,colour,updated" }, config);
    expect(value.columns).toEqual(["date", "updated"]);
    expect(errors[0]).toMatchObject({ param: "cols" });
    expect(errors[0]!.message).toContain("colour");
  });

  it("falls back to the default columns when none of the listed ones exist", () => {
    expect(parseTableParams({ cols: "nope" }, config).value.columns).toEqual(["date", "precision", "topics"]);
  });

  it("reports a repeated parameter", () => {
    const { value, errors } = parseTableParams(new URLSearchParams("page=2&page=3"), config);
    expect(value.page).toBe(2);
    expect(errors[0]!.message).toContain("given 2 times");
  });
});

describe("sorting and visibility conversions", () => {
  it("maps the sort parameter to TanStack sorting state and back", () => {
    expect(sortToSorting("-date")).toEqual([{ id: "date", desc: true }]);
    expect(sortToSorting("title")).toEqual([{ id: "title", desc: false }]);
    expect(sortingToSort([{ id: "importance", desc: true }])).toBe("-importance");
    expect(sortingToSort([])).toBeNull();
  });

  it("maps the visible column list to explicit visibility and back", () => {
    const visibility = columnsToVisibility(config.columns, ["date", "updated"]);
    expect(visibility).toEqual({ date: true, precision: false, topics: false, updated: true });
    expect(visibilityToColumns(config.columns, { ...visibility, topics: true })).toEqual(["date", "topics", "updated"]);
  });
});

describe("paging helpers", () => {
  it("describes the rows on a page", () => {
    expect(describeRowRange(2, 20, 57)).toBe("21–40 of 57");
    expect(describeRowRange(3, 20, 57)).toBe("41–57 of 57");
    expect(describeRowRange(201, 50, 10_050, false)).toBe("10,001–10,050 of 10,050+");
    expect(describeRowRange(1, 25, 0)).toBe("0 of 0");
  });

  it("keeps the first visible row on screen when the page size changes", () => {
    expect(pageKeepingFirstRow(3, 10, 25)).toBe(1); // row 21 is on page 1 of 25
    expect(pageKeepingFirstRow(4, 25, 10)).toBe(8); // row 76 is on page 8 of 10
    expect(pageKeepingFirstRow(1, 100, 10)).toBe(1);
  });
});

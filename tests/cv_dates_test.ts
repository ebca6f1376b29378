/** The CV parser's dates (shared/cv/dates.ts): the formats CVs write, and total years. */
import { assert, assertEquals } from "./helpers/assert.ts";
import { test } from "./helpers/stack.ts";
import { findDateRange, formatYearMonth, totalYears } from "../shared/cv/dates.ts";

test("cv dates: the formats CVs write, and the union of overlapping ranges", () => {
  const cases: [string, string, string | null][] = [
    ["Senior Engineer, Jan 2019 – Present", "2019-01", null],
    ["January 2019 - Mar 2021", "2019-01", "2021-03"],
    ["Sept. 2018 to current", "2018-09", null],
    ["2017-2019", "2017", "2019"],
    ["2017 — 2019", "2017", "2019"],
    ["03/2018 - 06/2021", "2018-03", "2021-06"],
    ["2018-03 – 2021-06", "2018-03", "2021-06"],
    ["(since 2020)", "2020", null],
    ["from 2015 to date", "2015", null],
    ["Summer 2022 – Fall 2022", "2022-06", "2022-09"],
    ["Fall 2011 – Spring 2012", "2011-09", "2012-03"],
    ["June 2020 –", "2020-06", null],
    ["2019 \u00ad 2021", "2019", "2021"],
    ["2019-09 until 2020-06", "2019-09", "2020-06"],
    ["Jan '19 - Mar '21", "2019-01", "2021-03"],
    ["01.03.2019 - 30.06.2021", "2019-03", "2021-06"],
    ["März 2018 bis Dez. 2020", "2018-03", "2020-12"],
    ["Juni 2020 – heute", "2020-06", null],
    ["seit 03/2019", "2019-03", null],
    ["janv. 2019 à aujourd'hui", "2019-01", null],
    ["mayo de 2019 - actualidad", "2019-05", null],
    ["settembre 2017 – presente", "2017-09", null],
    ["maart 2016 – heden", "2016-03", null],
    ["2020–Present", "2020", null],
  ];
  for (const [line, start, end] of cases) {
    const range = findDateRange(line);
    assert(range, line);
    assertEquals(
      [formatYearMonth(range.start), range.end && formatYearMonth(range.end)],
      [start, end],
      line,
    );
  }
  for (const line of ["2019 - 2017", "13/2019 - 14/2019", "Call +49 2017 2019", "Room 2019"]) {
    assertEquals(findDateRange(line), null, line);
  }
  const now = new Date("2025-06-15T00:00:00Z");
  const range = (text: string) => findDateRange(text)!;
  assertEquals(totalYears([range("03/2018 - 06/2021")], now), 3.3); // 40 months
  assertEquals(totalYears([range("2017-2019"), range("2018-2020")], now), 4);
  assertEquals(totalYears([range("2010-2011"), range("2015-2015")], now), 3);
  assertEquals(totalYears([range("Jan 2025 - Present")], now), 0.5);
  assertEquals(totalYears([], now), null);
});

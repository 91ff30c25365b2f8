/** "16", "1,204" or, past the count's cap, "10,000+": never a figure the list does not know. */
export function formatEventTotal(total: number, exact: boolean): string {
  return `${total.toLocaleString("en-GB")}${exact ? "" : "+"}`;
}

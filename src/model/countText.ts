// Counts as people read them: "1 VPC", "2 VPCs", never "VPC(s)". The text of model/ and of the
// page is English, so the two forms are given whole here; the editor's translated counts live in
// views/explorer/countText.ts.

/** `1 route`, `3 routes`: `one` for exactly one, `many` otherwise (zero included). */
export function countOf(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

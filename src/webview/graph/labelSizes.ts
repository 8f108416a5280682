// How large the drawing's text is, and from which zoom it reads. A label is worth drawing only at
// 11 CSS pixels or more on screen (font size × zoom); below the zoom where the detailed drawing's
// smallest text gets there, the page draws region summaries instead.

/** The smallest text size on screen that a person reads without effort. */
export const READABLE_SCREEN_PX = 11;
/** VPC, account, router, VBR, neighbour and connection labels. */
export const DETAIL_FONT_PX = 16;
/** Region titles, above each region box. */
export const REGION_TITLE_FONT_PX = 22;
/** The lowest zoom at which the detailed drawing is drawn. */
export const DETAIL_READABLE_ZOOM = READABLE_SCREEN_PX / DETAIL_FONT_PX;

/** Whether text of `fontSize` graph units reads at `zoom`. */
export function readsAt(fontSize: number, zoom: number): boolean {
  return fontSize * zoom >= READABLE_SCREEN_PX - 1e-6;
}

// Node labels that stay inside their box: each line of a label that is wider than the box is cut
// and ends with "…". The full text stays in the element's data, its tooltip and the details pane.
// Widths are measured with the font the graph draws in, once per line and font.

const ELLIPSIS = '…';
const MAX_CACHED = 5000;

export class LabelFitter {
  private readonly context: CanvasRenderingContext2D | null;
  private readonly cache = new Map<string, string>();

  constructor(document: Document) {
    this.context = document.createElement('canvas').getContext('2d');
  }

  /** `text` with every line at most `maxWidth` wide in `font` (a CSS font shorthand). */
  fit(text: string, font: string, maxWidth: number): string {
    if (!text) return text;
    const key = `${font}|${maxWidth}|${text}`;
    let fitted = this.cache.get(key);
    if (fitted === undefined) {
      fitted = text
        .split('\n')
        .map((line) => this.fitLine(line, font, maxWidth))
        .join('\n');
      if (this.cache.size >= MAX_CACHED) this.cache.clear();
      this.cache.set(key, fitted);
    }
    return fitted;
  }

  private fitLine(line: string, font: string, maxWidth: number): string {
    const context = this.context;
    if (!context) return line;
    context.font = font;
    if (context.measureText(line).width <= maxWidth) return line;
    // The longest prefix that fits with the ellipsis, by bisection over the line's length.
    let low = 0;
    let high = line.length;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (context.measureText(line.slice(0, middle) + ELLIPSIS).width <= maxWidth) low = middle;
      else high = middle - 1;
    }
    return line.slice(0, low).trimEnd() + ELLIPSIS;
  }
}

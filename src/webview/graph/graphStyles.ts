// The cytoscape stylesheet: node sizes from the model's geometry (so the layout's boxes are the
// boxes drawn), one look per peer status, warning badges, and the focus, selection and search
// marks. Every detailed label has at least DETAIL_FONT_PX, so the whole drawing reads from one zoom
// on (the page draws summaries below it); node labels are cut to their box (`LabelFitter`). Region
// summaries carry their own large font size so they read when zoomed out.

import type cytoscape from 'cytoscape';
import { ACCOUNT_LABEL_HEIGHT, ACCOUNT_PADDING, NODE_SIZES, REGION_PADDING } from '../../model/graph/geometry';
import type { Palette } from '../theme/palette';
import type { LabelFitter } from './fittedLabel';
import { DETAIL_FONT_PX, READABLE_SCREEN_PX, REGION_TITLE_FONT_PX } from './labelSizes';

type StyleValue = string | number | number[] | ((node: cytoscape.NodeSingular) => string);
type Block = { selector: string; style: Record<string, StyleValue> };

/** Line look per peer status: colour key, dash pattern (none = solid), opacity. */
export const STATUS_LOOKS = {
  Activated: { color: 'activated', dash: undefined, opacity: 1 },
  Accepting: { color: 'accepting', dash: [10, 5], opacity: 1 },
  Creating: { color: 'creating', dash: [4, 4], opacity: 1 },
  Updating: { color: 'updating', dash: [10, 4, 2, 4], opacity: 1 },
  Deleting: { color: 'deleting', dash: [2, 5], opacity: 1 },
  Rejected: { color: 'inactive', dash: [1, 4], opacity: 0.7 },
  Expired: { color: 'inactive', dash: [1, 4], opacity: 0.7 },
  Deleted: { color: 'inactive', dash: [1, 6], opacity: 0.5 },
} as const satisfies Record<string, { color: keyof Palette; dash: readonly number[] | undefined; opacity: number }>;

/** Room a label keeps from its node's border, on each side. */
const LABEL_INSET = 8;

export function graphStyles(palette: Palette, fitter?: LabelFitter): cytoscape.StylesheetJson {
  const s = palette.lineScale;
  const font = `${DETAIL_FONT_PX}px ${palette.fontFamily}`;
  /** The label cut to `width` less the insets; the page's tooltip and details show it in full. */
  const fitted = (width: number, labelFont = font) => (node: cytoscape.NodeSingular) => {
    const text = String(node.data('label') ?? '');
    return fitter ? fitter.fit(text, labelFont, width - 2 * LABEL_INSET) : text;
  };
  /** A leaf of the layout's size, its label cut to the part of its width text can use. */
  const leafBlock = (selector: string, size: { width: number; height: number }, textShare: number, look: Block['style']): Block => ({
    selector,
    style: { width: size.width, height: size.height, label: fitted(size.width * textShare), 'text-max-width': `${size.width}px`, ...look },
  });
  /** A group's label fits the width of its box, which the page keeps in its data. */
  const fittedToBox = (labelFont: string) => (node: cytoscape.NodeSingular) => {
    const width = Number(node.data('boxWidth'));
    return Number.isFinite(width) && width > 0 ? fitted(width, labelFont)(node) : String(node.data('label') ?? '');
  };
  const blocks: Block[] = [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-family': palette.fontFamily,
        'font-size': DETAIL_FONT_PX,
        color: palette.foreground,
        'text-wrap': 'wrap',
        'text-valign': 'center',
        'text-halign': 'center',
        // Cytoscape compares at the zoom rounded up to a power of two, so this only thins out
        // labels during a fast zoom; the page's level of detail keeps drawn text readable.
        'min-zoomed-font-size': READABLE_SCREEN_PX,
        'background-color': palette.nodeFill,
        'border-color': palette.nodeBorder,
        'border-width': 1.5 * s,
        shape: 'round-rectangle',
        // Explicit drawing depths: left on \`auto\`, cytoscape walks every element's ancestors on
        // each re-sort (any label shown or hidden re-sorts), which costs more than drawing the
        // frame. Regions go under accounts, accounts under everything else.
        'z-compound-depth': 'top',
      },
    },
    { selector: 'node[kind = "region"]', style: { 'z-compound-depth': 'bottom' } },
    { selector: 'node[kind = "account"]', style: { 'z-compound-depth': 'orphan' } },
    {
      selector: 'node[kind = "region"]',
      style: {
        'background-color': palette.regionFill,
        'border-color': palette.regionBorder,
        'border-width': 1.5 * s,
        padding: `${REGION_PADDING}px`,
        'text-valign': 'top',
        'text-halign': 'center',
        'font-size': REGION_TITLE_FONT_PX,
        'font-weight': 'bold',
        label: fittedToBox(`bold ${REGION_TITLE_FONT_PX}px ${palette.fontFamily}`),
        'text-margin-y': -6,
        color: palette.foreground,
        'corner-radius': 10,
        'compound-sizing-wrt-labels': 'include',
      },
    },
    {
      selector: 'node[kind = "account"]',
      style: {
        'background-color': palette.accountFill,
        'border-color': palette.accountBorder,
        'border-width': 1 * s,
        padding: `${ACCOUNT_PADDING}px`,
        'text-valign': 'top',
        'text-halign': 'center',
        'font-size': DETAIL_FONT_PX,
        label: fittedToBox(font),
        // Just above the border, inside the strip the layout keeps free for it.
        'text-margin-y': -(ACCOUNT_LABEL_HEIGHT - DETAIL_FONT_PX) / 2,
        color: palette.muted,
        'compound-sizing-wrt-labels': 'include',
      },
    },
    { selector: 'node[kind = "account"][!active]', style: { 'border-style': 'dashed' } },
    {
      // An account drawn as one box in a region too big to draw in full: its box, its counts.
      selector: 'node[kind = "accountSummary"]',
      style: {
        width: 'data(width)',
        height: 'data(height)',
        'font-size': 'data(fontSize)',
        'text-max-width': 'data(width)',
        'background-color': palette.accountFill,
        'border-color': palette.accountBorder,
        'border-width': 2 * s,
        'z-compound-depth': 'orphan',
      },
    },
    { selector: 'node[kind = "accountSummary"][tone = "attention"]', style: { 'border-color': palette.warning } },
    { selector: 'node[kind = "accountSummary"][tone = "pending"]', style: { 'border-color': palette.accepting } },
    leafBlock('node[kind = "vpc"], node[kind = "externalVpc"]', NODE_SIZES.vpc, 1, {}),
    { selector: 'node[kind = "externalVpc"]', style: { 'border-style': 'dashed', color: palette.muted, 'background-color': palette.accountFill } },
    leafBlock('node[kind = "vbr"]', NODE_SIZES.vbr, 1, { shape: 'cut-rectangle', 'border-color': palette.routerInterface, 'border-width': 2 * s }),
    // Text inside an ellipse or a rhomboid has about 80 % of the shape's width.
    leafBlock('node[kind = "bgpNeighbor"]', NODE_SIZES.bgpNeighbor, 0.8, { shape: 'ellipse' }),
    leafBlock('node[kind = "router"]', NODE_SIZES.router, 0.8, { shape: 'rhomboid', 'border-style': 'dashed', color: palette.muted }),
    {
      selector: 'node[kind = "regionSummary"]',
      style: {
        width: 'data(width)',
        height: 'data(height)',
        'font-size': 'data(fontSize)',
        'font-weight': 'bold',
        'min-zoomed-font-size': 0,
        'background-color': palette.regionFill,
        'border-color': palette.regionBorder,
        'border-width': 2 * s,
        'corner-radius': 10,
        'text-max-width': 'data(width)',
      },
    },
    { selector: 'node[kind = "regionSummary"][tone = "attention"]', style: { 'border-color': palette.warning } },
    { selector: 'node[kind = "regionSummary"][tone = "pending"]', style: { 'border-color': palette.accepting } },
    {
      selector: 'edge',
      style: {
        // Above every group box (regions and accounts), under the VPCs they join.
        'z-compound-depth': 'top',
        width: 2 * s,
        'curve-style': 'bezier',
        // Links between the same two VPCs (a peering beside a router interface link) are drawn
        // this far apart, enough for their labels not to cover each other.
        'control-point-step-size': 64,
        'line-color': palette.muted,
        'target-arrow-color': palette.muted,
        'target-arrow-shape': 'triangle',
        'arrow-scale': 1.1,
        label: 'data(label)',
        'font-family': palette.fontFamily,
        'font-size': DETAIL_FONT_PX,
        color: palette.foreground,
        'text-wrap': 'wrap',
        'text-background-color': palette.background,
        'text-background-opacity': 0.9,
        'text-background-padding': '2px',
        'text-background-shape': 'roundrectangle',
        'min-zoomed-font-size': READABLE_SCREEN_PX,
      },
    },
    {
      // Edges that would cross other nodes bend around them (see edgeArcs).
      selector: 'edge[arc]',
      style: { 'curve-style': 'unbundled-bezier', 'control-point-distances': 'data(arc)', 'control-point-weights': 0.5 },
    },
    { selector: 'edge[kind = "peer"][scope = "interRegion"]', style: { width: 3.5 * s } },
    ...Object.entries(STATUS_LOOKS).map(([status, look]): Block => ({
      selector: `edge[kind = "peer"][status = "${status}"]`,
      style: {
        'line-color': palette[look.color],
        'target-arrow-color': palette[look.color],
        'line-style': look.dash ? 'dashed' : 'solid',
        ...(look.dash ? { 'line-dash-pattern': [...look.dash] } : {}),
        opacity: look.opacity,
      },
    })),
    // A healthy link says nothing its colour does not already say: no label, less clutter and a
    // cheaper redraw. Every other state keeps its label.
    { selector: 'edge[kind = "peer"][status = "Activated"][!attention], edge[kind = "bgp"][!attention]', style: { label: '' } },
    {
      // Managed in Terraform: the label starts with an outlined "TF" (the details pane names the
      // file, line and address). In the label rather than beside it, so it never covers the label
      // of a short link, and image exports carry it.
      selector: 'edge[?terraform]',
      style: {
        label: (edge: cytoscape.NodeSingular) => `TF · ${String(edge.data('label') ?? '')}`,
        'font-weight': 'bold',
        'text-border-color': palette.foreground,
        'text-border-width': 1,
        'text-border-opacity': 1,
      },
    },
    // A healthy managed link keeps only the tag.
    { selector: 'edge[?terraform][kind = "peer"][status = "Activated"][!attention], edge[?terraform][kind = "bgp"][!attention]', style: { label: 'TF' } },
    {
      // The warning badge: the label turns into a filled marker that reads at a glance.
      selector: 'edge[?attention]',
      style: {
        'text-background-color': palette.warning,
        'text-background-opacity': 1,
        color: palette.warningText,
        'font-weight': 'bold',
        'text-border-color': palette.warning,
        'text-border-width': 1,
        'text-border-opacity': 1,
      },
    },
    {
      selector: 'edge[kind = "routerInterface"]',
      style: {
        'line-color': palette.routerInterface,
        'target-arrow-color': palette.routerInterface,
        'source-arrow-color': palette.routerInterface,
        'target-arrow-shape': 'square',
        'source-arrow-shape': 'square',
        'arrow-scale': 0.7,
        width: 2.5 * s,
      },
    },
    { selector: 'edge[kind = "routerInterface"][!paired]', style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 3] } },
    {
      selector: 'edge[kind = "bgp"]',
      style: {
        'line-color': palette.activated,
        'target-arrow-shape': 'none',
        width: 1.5 * s,
      },
    },
    { selector: 'edge[kind = "bgp"][?attention]', style: { 'line-color': palette.deleting, 'line-style': 'dashed', 'line-dash-pattern': [3, 3] } },
    {
      // Merged links: width by count, colour by the worst state; the label (sized for the zoomed-out
      // picture) only when selected, the details pane lists the counts.
      selector: 'edge[kind = "aggregate"]',
      style: {
        'curve-style': 'straight',
        width: 'data(width)',
        'target-arrow-shape': 'none',
        'line-color': palette.activated,
        label: '',
        'font-size': 'data(fontSize)',
        'min-zoomed-font-size': 0,
        opacity: 0.8,
      },
    },
    { selector: 'edge[kind = "aggregate"]:selected', style: { label: 'data(label)', 'z-index': 30 } },
    // Summary text too small to read at the current zoom is not drawn (the page sets the class).
    { selector: '.label-unreadable', style: { label: '' } },
    { selector: 'edge[kind = "aggregate"][tone = "pending"]', style: { 'line-color': palette.accepting } },
    { selector: 'edge[kind = "aggregate"][tone = "muted"]', style: { 'line-color': palette.inactive } },
    { selector: 'edge[kind = "aggregate"][tone = "attention"]', style: { 'line-color': palette.warning } },
    // Links from a VPC drawn in full to a collapsed region: context, kept quiet.
    { selector: 'edge[kind = "aggregate"][?toDetail]', style: { width: 1.5 * s, opacity: 0.45 } },
    // Marks: selection, keyboard focus, search.
    { selector: 'node:selected', style: { 'border-color': palette.focus, 'border-width': 3 * s } },
    { selector: 'edge:selected', style: { width: 5 * s, 'z-index': 10 } },
    {
      selector: '.keyboard-focus',
      style: { 'underlay-color': palette.focus, 'underlay-opacity': 0.45, 'underlay-padding': 7, 'z-index': 20 },
    },
    { selector: '.search-match', style: { 'underlay-color': palette.warning, 'underlay-opacity': 0.55, 'underlay-padding': 9 } },
    { selector: '.search-dimmed', style: { opacity: 0.25 } },
  ];
  return blocks as unknown as cytoscape.StylesheetJson;
}

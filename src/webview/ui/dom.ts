// Element construction for the page chrome. Text goes in as text (`textContent`), attributes as
// attributes; nothing here ever parses a string as markup.

export interface ElementProps {
  className?: string;
  text?: string;
  attrs?: Record<string, string>;
}

export function el<K extends keyof HTMLElementTagNameMap>(
  document: Document,
  tag: K,
  props: ElementProps = {},
  ...children: Array<Node | undefined>
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (props.className) element.className = props.className;
  if (props.text !== undefined) element.textContent = props.text;
  for (const [name, value] of Object.entries(props.attrs ?? {})) element.setAttribute(name, value);
  for (const child of children) if (child) element.append(child);
  return element;
}

export function button(document: Document, label: string, onClick: () => void, attrs: Record<string, string> = {}): HTMLButtonElement {
  const b = el(document, 'button', { text: label, attrs: { type: 'button', ...attrs } });
  b.addEventListener('click', onClick);
  return b;
}

// SVG elements for the charts, built like umum.js's el (text children are text, never markup).
const NS = 'http://www.w3.org/2000/svg';

export function svg(tag, attributes = {}, ...children) {
  const node = document.createElementNS(NS, tag);
  Object.entries(attributes).forEach(([name, value]) => node.setAttribute(name, value));
  children.flat(3).forEach((child) => child !== null && child !== undefined
    && node.append(child instanceof Node ? child : document.createTextNode(String(child))));
  return node;
}

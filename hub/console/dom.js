// Building the console's elements: el("tag", {props, on..., dataset, class}, ...children),
// and said("tag", {props}, "English key", {params}) for an element whose words are the
// console's own (translated now and again when the specialist switches language).

import { say } from "./i18n.js";

export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === "class") node.className = v;
    else if (k === "dataset") Object.assign(node.dataset, v);
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else if (v !== false && v !== null && v !== undefined) node.setAttribute(k, v === true ? "" : v);
  }
  for (const child of children) if (child !== null && child !== undefined) node.append(child);
  return node;
}

export function said(tag, props, text, params = {}) {
  const node = el(tag, props);
  say(node, text, params);
  return node;
}

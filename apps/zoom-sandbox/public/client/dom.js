// @ts-check
/** @typedef {string | number | boolean | undefined | ((event: Event) => void)} Attribute */
/** @typedef {Node | string | null | undefined | false} Child */

/**
 * Builds elements without innerHTML, so no participant name can inject markup.
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {Record<string, Attribute>} [attributes] `onclick: handler` listens; `true` sets an empty attribute.
 * @param {...(Child | Child[])} children
 * @returns {HTMLElementTagNameMap[K]}
 */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') element.addEventListener(name.slice(2).toLowerCase(), value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child !== undefined && child !== null && child !== false) element.append(child);
  }
  return element;
}

/**
 * The page's element with this id, of this type (the page is server-rendered: a missing one is a bug).
 * @template {HTMLElement} [T=HTMLElement]
 * @param {string} id
 * @param {{ new (): T }} [type]
 * @returns {T}
 */
export function byId(id, type) {
  const element = document.getElementById(id);
  if (!element || (type && !(element instanceof type))) throw new Error(`The page has no ${type?.name ?? 'element'} #${id}.`);
  return /** @type {T} */ (element);
}

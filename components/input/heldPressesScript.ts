/**
 * Presses on buttons that come before the page's script can act on them.
 *
 * The static HTML shows every control at once, but a button does nothing until React has hydrated
 * it (and, in a part loaded when near, until that part's code is here). A reader on a slow phone
 * taps Run in that moment. So the pages hold such taps: this script, inlined in `<head>`, catches
 * a click on a button inside an element marked `data-hold-presses`, keeps the button (once, however
 * often it is tapped: a double tap must not run twice) and marks it `data-press-held` (the CSS
 * shows it pressed). When the component that owns the element can act, it takes the held presses
 * ({@link takeHeldPresses}) and replays them; from then on clicks go through.
 *
 * The search shortcut (`/`, Ctrl+K, Cmd+K, outside a text field: the same test as
 * `components/search/shortcut.ts`) is held too, as a press on the button it stands for (marked
 * `data-search-opener`): the reader sees it taken, and the search button opens search once.
 *
 * Only buttons are held: a native control (a checkbox, a select, a link) works on its own without
 * script, and a disabled button gets no click at all (it is visibly inert until it works).
 */
export const heldPressesScript = `(function(){var h=window.__heldPresses={presses:[],live:new WeakSet};function hold(b,e){var r=b&&b.closest("[data-hold-presses]");if(!r||h.live.has(r))return;e.preventDefault();e.stopImmediatePropagation();if(h.presses.indexOf(b)<0){h.presses.push(b);b.setAttribute("data-press-held","")}}addEventListener("click",function(e){hold(e.target instanceof Element&&e.target.closest("button"),e)},true);addEventListener("keydown",function(e){var k=e.key,t=e.target;if(e.altKey||e.isComposing||!(k==="/"?!e.ctrlKey&&!e.metaKey:(k==="k"||k==="K")&&(e.ctrlKey||e.metaKey)&&!e.shiftKey))return;if(t instanceof HTMLElement&&(t.isContentEditable||t.closest("textarea,select,.monaco-editor")||t instanceof HTMLInputElement&&!/^(button|checkbox|radio|range|reset|submit|color|file)$/.test(t.type)))return;hold(document.querySelector("[data-search-opener]"),e)},true)})()`;

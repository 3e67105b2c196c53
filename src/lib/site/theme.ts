/**
 * The page's one small inline script, in <head> before the first paint:
 * - the optional theme toggle: the page follows the system theme, a reader's
 *   saved choice never flashes the wrong theme, and the toggle button is added
 *   to the header; without JavaScript there is no button and the system theme
 *   rules;
 * - a link to something inside a closed <details> (a source, an event before
 *   the exchange) opens it, for the browsers that do not on their own
 *   (Chromium does, without JavaScript).
 * Written compact, as it is sent: every byte of the page is budgeted. Its hash
 * is in the Content-Security-Policy (see csp.ts) and in public/_headers.
 */
export const THEME_SCRIPT = `(function () {
  var root = document.documentElement, d = document;
  try {
    var saved = localStorage.getItem('theme');
    if (saved === 'light' || saved === 'dark') root.dataset.theme = saved;
  } catch (e) {}
  function current() {
    return root.dataset.theme || (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
  }
  function reveal() {
    var target = location.hash && d.getElementById(decodeURIComponent(location.hash.slice(1)));
    var closed = target && target.closest('details:not([open])');
    if (!closed) return;
    for (; closed; closed = closed.parentElement.closest('details:not([open])')) closed.open = true;
    target.scrollIntoView();
  }
  addEventListener('hashchange', reveal);
  d.addEventListener('DOMContentLoaded', function () {
    reveal();
    var header = d.querySelector('.site-header');
    if (!header) return;
    var button = d.createElement('button');
    button.type = 'button';
    button.className = 'theme-toggle';
    button.textContent = 'Dark theme';
    function show() {
      button.setAttribute('aria-pressed', String(current() === 'dark'));
    }
    button.onclick = function () {
      root.dataset.theme = current() === 'dark' ? 'light' : 'dark';
      try {
        localStorage.setItem('theme', root.dataset.theme);
      } catch (e) {}
      show();
    };
    show();
    header.appendChild(button);
  });
})();`;

/**
 * The optional theme toggle. The page follows the system theme; this small
 * inline script runs in <head> before the first paint, so a reader's saved
 * choice never flashes the wrong theme, then adds the toggle button to the
 * header. Without JavaScript there is no button and the system theme rules.
 * Its hash is in the Content-Security-Policy (see csp.ts).
 */
export const THEME_SCRIPT = `(function () {
  var root = document.documentElement;
  try {
    var saved = localStorage.getItem('theme');
    if (saved === 'light' || saved === 'dark') root.dataset.theme = saved;
  } catch (error) {}
  function current() {
    return root.dataset.theme || (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
  }
  document.addEventListener('DOMContentLoaded', function () {
    var header = document.querySelector('.site-header');
    if (!header) return;
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'theme-toggle';
    button.textContent = 'Dark theme';
    function show() {
      button.setAttribute('aria-pressed', String(current() === 'dark'));
    }
    button.addEventListener('click', function () {
      var next = current() === 'dark' ? 'light' : 'dark';
      root.dataset.theme = next;
      try {
        localStorage.setItem('theme', next);
      } catch (error) {}
      show();
    });
    show();
    header.appendChild(button);
  });
})();`;

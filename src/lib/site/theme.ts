/**
 * The page's one small inline script, in <head> before the first paint:
 * - the optional theme toggle: the page follows the system theme, a reader's
 *   saved choice never flashes the wrong theme, and the toggle button is added
 *   to the header; without JavaScript there is no button and the system theme
 *   rules;
 * - a link to something inside a closed <details> (an event before the
 *   exchange, a value's evidence) opens it, for the browsers that do not on
 *   their own (Chromium does, without JavaScript).
 * Written compact, as it is sent: every byte of the page is budgeted. Its hash
 * is in the Content-Security-Policy (see csp.ts) and in public/_headers.
 */
// In order: the saved theme; `current`, the theme in force; `reveal`, which opens the closed
// <details> around the fragment's target; then, once the page is parsed, the toggle button.
export const THEME_SCRIPT = `(function(){var r=document.documentElement,d=document,k='theme';\
try{var s=localStorage.getItem(k);if(s==='light'||s==='dark')r.dataset.theme=s}catch(e){}\
function current(){return r.dataset.theme||(matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light')}\
function reveal(){var t=location.hash&&d.getElementById(decodeURIComponent(location.hash.slice(1))),\
c=t&&t.closest('details:not([open])');if(!c)return;\
for(;c;c=c.parentElement.closest('details:not([open])'))c.open=true;t.scrollIntoView()}\
addEventListener('hashchange',reveal);\
d.addEventListener('DOMContentLoaded',function(){reveal();var h=d.querySelector('.site-header');if(!h)return;\
var b=d.createElement('button');b.type='button';b.className='theme-toggle';b.textContent='Dark theme';\
function show(){b.setAttribute('aria-pressed',String(current()==='dark'))}\
b.onclick=function(){r.dataset.theme=current()==='dark'?'light':'dark';\
try{localStorage.setItem(k,r.dataset.theme)}catch(e){}show()};show();h.appendChild(b)})})();`;

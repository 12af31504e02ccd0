// Gradio's fixed English labels (screen readers, tooltips) in the page's language: swapped for
// the Arabic in WORDS while the page is Arabic, and back when it is English; the English one
// Gradio set is kept in data-qimma-en-<attribute>.
(() => {
  const WORDS = __WORDS__;
  const ATTRS = ['aria-label', 'title'];
  const arabic = (en) => {
    if (Object.prototype.hasOwnProperty.call(WORDS.exact, en)) return WORDS.exact[en];
    for (const [start, ar] of Object.entries(WORDS.prefix)) {
      if (en.startsWith(start)) return ar + en.slice(start.length);
    }
    return null;
  };
  const fix = (el) => {
    const ar = document.documentElement.lang === 'ar';
    for (const attr of ATTRS) {
      const value = el.getAttribute(attr);
      if (value === null) continue;
      const kept = el.getAttribute(`data-qimma-en-${attr}`);
      let en = kept;
      if (kept === null || (value !== kept && value !== arabic(kept))) {
        if (arabic(value) === null) continue;  // not one of Gradio's fixed labels
        en = value;  // Gradio (re)drew it
        el.setAttribute(`data-qimma-en-${attr}`, en);
      }
      const want = ar ? arabic(en) : en;
      if (value !== want) el.setAttribute(attr, want);
    }
  };
  const fixAll = (root) => {
    if (root.nodeType !== 1) return;
    fix(root);
    root.querySelectorAll('[aria-label], [title]').forEach(fix);
  };
  const start = () => {
    fixAll(document.body);
    new MutationObserver((changes) => {
      for (const change of changes) {
        if (change.type === 'attributes') fix(change.target);
        else change.addedNodes.forEach(fixAll);
      }
    }).observe(document.body, {subtree: true, childList: true, attributes: true,
                               attributeFilter: ATTRS});
    new MutationObserver(() => fixAll(document.body))
      .observe(document.documentElement, {attributes: true, attributeFilter: ['lang']});
  };
  if (document.body) start(); else document.addEventListener('DOMContentLoaded', start);
})();

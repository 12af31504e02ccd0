async (lang) => {
  document.documentElement.lang = lang;
  document.body.classList.toggle('qimma-rtl', lang === 'ar');
  try { localStorage.setItem('qimma-lang', lang); } catch (e) { /* private mode */ }
  // Gradio's own words (upload hints, chat buttons, "Loading…") follow its locale store:
  // switch it too (qimma/page_locale.py makes drawn widgets follow it)
  window.qimmaGradioLocale?.(lang);
  return lang;
}

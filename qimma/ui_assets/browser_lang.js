() => {
  let lang = null;
  try { lang = localStorage.getItem('qimma-lang'); } catch (e) { /* private mode */ }
  if (lang !== 'ar' && lang !== 'en') {
    lang = (navigator.language || 'en').toLowerCase().startsWith('ar') ? 'ar' : 'en';
  }
  document.documentElement.lang = lang;
  document.body.classList.toggle('qimma-rtl', lang === 'ar');
  return lang;
}

() => {
  const lang = (navigator.language || 'en').toLowerCase().startsWith('ar') ? 'ar' : 'en';
  document.documentElement.lang = lang;
  document.body.classList.toggle('qimma-rtl', lang === 'ar');
  return lang;
}

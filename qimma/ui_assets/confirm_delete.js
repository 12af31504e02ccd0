(doc, lang, _confirmed) => {
  if (!doc) return [doc, lang, true];
  const ask = lang === 'ar'
    ? `حذف المقال «${doc}» وكل مقاطعه من الفهرس؟ لا يمكن التراجع عن ذلك.`
    : `Delete the article "${doc}" and all its passages from the index? This cannot be undone.`;
  return [doc, lang, window.confirm(ask)];
}

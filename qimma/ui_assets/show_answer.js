() => {
  // bring the chat, and the start of the answer just given, into view (after a citation click
  // on a phone the page has scrolled down to the source panel; an answer taller than the chat
  // would otherwise show only its end)
  const chat = document.querySelector('#qimma-chatbot');
  const log = chat && chat.querySelector('[role=log], .bubble-wrap');
  if (!log) return;
  const r = chat.getBoundingClientRect();
  if (r.bottom < 0 || r.top > window.innerHeight || r.top < -r.height / 2) {
    chat.scrollIntoView({block: 'start'});
  }
  const showStart = () => {
    const rows = chat.querySelectorAll('.message-row');
    const last = rows[rows.length - 1];
    if (!last) return;
    const box = log.getBoundingClientRect();
    const message = last.getBoundingClientRect();
    const padding = parseFloat(getComputedStyle(log).paddingTop) || 0;
    if (message.top < box.top + padding || message.height > box.height - padding) {
      log.scrollTop += message.top - box.top - padding;  // its first line at the top
    } else if (message.bottom > box.bottom) {
      log.scrollTop += message.bottom - box.bottom;  // all of it, at the bottom
    }
    const top = last.getBoundingClientRect().top;
    if (top < 0 || top > window.innerHeight) last.scrollIntoView({block: 'start'});
  };
  showStart();
  // Gradio scrolls a chat that was near its end to the end, 300 ms after the last value is
  // drawn: when it does, show the answer's start again (for a moment only, so a reader's own
  // scrolling is left alone)
  const atEnd = () => log.scrollTop + log.clientHeight >= log.scrollHeight - 2;
  const onScroll = () => { if (atEnd()) showStart(); };
  log.addEventListener('scroll', onScroll);
  setTimeout(() => log.removeEventListener('scroll', onScroll), 1500);
}

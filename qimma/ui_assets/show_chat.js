() => {
  // bring the chat's newest message into view (after a citation click on a phone the page
  // has scrolled down to the source panel)
  const chat = document.querySelector('#qimma-chatbot');
  if (!chat) return;
  const r = chat.getBoundingClientRect();
  if (r.bottom < 0 || r.top > window.innerHeight || r.top < -r.height / 2) {
    chat.scrollIntoView({block: 'start'});
  }
  const bubbles = chat.querySelectorAll('.message-row, .message');
  const last = bubbles[bubbles.length - 1];
  if (last) last.scrollIntoView({block: 'nearest'});
}

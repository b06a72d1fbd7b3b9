/* global document, window, location, navigator, fetch, FileReader, AdaptiveCards */
// The local playground: a chat page that talks to the bot's own /api/messages endpoint with
// deliveryMode "expectReplies" (the replies come back in the HTTP response, no connector needed),
// renders Adaptive Cards with the official renderer, and sends dropped files inline as data: URLs.
(function () {
  'use strict';
  var conversationId = 'playground-' + Math.random().toString(36).slice(2);
  var transcript = document.getElementById('transcript');
  var input = document.getElementById('input');
  var fileInput = document.getElementById('file');
  var filesView = document.getElementById('files');
  var dropzone = document.getElementById('dropzone');
  var pending = [];
  var counter = 0;

  function escapeHtml(s) {
    return s.replace(/[&<>"']/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]; });
  }

  // Just enough markdown for the cards: links, bold, and "- " lists.
  AdaptiveCards.AdaptiveCard.onProcessMarkdown = function (text, result) {
    var lines = escapeHtml(text).split('\n');
    var html = lines.map(function (line) {
      line = line.replace(/\[([^\]]+)\]\((https?:[^)\s]+)\)/g, '<a href="$2" target="_blank" rel="noopener">$1</a>');
      line = line.replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>');
      return /^- /.test(line) ? '&bull; ' + line.slice(2) : line;
    }).join('<br>');
    result.outputHtml = html;
    result.didProcess = true;
  };

  function add(cls, node) {
    var div = document.createElement('div');
    div.className = 'msg ' + cls;
    if (typeof node === 'string') div.textContent = node; else div.appendChild(node);
    transcript.appendChild(div);
    div.scrollIntoView({ block: 'end' });
    return div;
  }

  function renderCard(json) {
    var card = new AdaptiveCards.AdaptiveCard();
    card.onExecuteAction = function (action) {
      if (action instanceof AdaptiveCards.SubmitAction) send('', [], action.data);
      else if (action instanceof AdaptiveCards.OpenUrlAction) window.open(action.url, '_blank', 'noopener');
    };
    card.parse(json);
    return card.render();
  }

  function show(activity) {
    if (activity.type === 'typing') return;
    if (activity.type !== 'message') return;
    var cards = (activity.attachments || []).filter(function (a) { return a.contentType === 'application/vnd.microsoft.card.adaptive'; });
    if (cards.length) {
      cards.forEach(function (a) { add('bot card', renderCard(a.content)).setAttribute('data-testid', 'bot-card'); });
    } else if (activity.text) {
      add('bot text', activity.text).setAttribute('data-testid', 'bot-text');
    }
  }

  function post(activity) {
    activity.id = 'pg-' + (++counter) + '-' + Date.now();
    activity.channelId = 'playground';
    activity.serviceUrl = location.origin + '/';
    activity.conversation = { id: conversationId };
    activity.from = { id: 'playground-user', name: 'You' };
    activity.recipient = { id: 'certsleuth', name: 'CertSleuth' };
    activity.deliveryMode = 'expectReplies';
    activity.locale = navigator.language || 'en-US';
    activity.timestamp = new Date().toISOString();
    return fetch('/api/messages', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) })
      .then(function (r) { if (!r.ok) throw new Error('HTTP ' + r.status); return r.json(); })
      .then(function (body) { (body.activities || []).forEach(show); })
      .catch(function (e) { add('bot error', 'The bot did not answer (' + e.message + ').'); });
  }

  function send(text, files, value) {
    if (text) add('user', text);
    files.forEach(function (f) { add('user', '📎 ' + f.name); });
    var typing = add('bot typing', 'CertSleuth is looking…');
    var activity = { type: 'message', text: text, attachments: files.map(function (f) { return { contentType: 'application/octet-stream', name: f.name, contentUrl: f.dataUrl }; }) };
    if (value) activity.value = value;
    return post(activity).then(function () { typing.remove(); });
  }

  function readFiles(list) {
    Array.prototype.forEach.call(list, function (file) {
      var reader = new FileReader();
      reader.onload = function () {
        pending.push({ name: file.name, dataUrl: reader.result });
        filesView.textContent = pending.map(function (f) { return '📎 ' + f.name; }).join('  ');
      };
      reader.readAsDataURL(file);
    });
  }

  document.getElementById('composer').addEventListener('submit', function (e) {
    e.preventDefault();
    var text = input.value.trim();
    var files = pending;
    if (!text && !files.length) return;
    input.value = '';
    pending = [];
    filesView.textContent = '';
    send(text, files);
  });
  input.addEventListener('keydown', function (e) {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) document.getElementById('send').click();
  });
  document.getElementById('reset').addEventListener('click', function () { send('reset', []); });
  fileInput.addEventListener('change', function () { readFiles(fileInput.files); fileInput.value = ''; });
  dropzone.addEventListener('dragover', function (e) { e.preventDefault(); dropzone.classList.add('over'); });
  dropzone.addEventListener('dragleave', function () { dropzone.classList.remove('over'); });
  dropzone.addEventListener('drop', function (e) { e.preventDefault(); dropzone.classList.remove('over'); readFiles(e.dataTransfer.files); });

  post({ type: 'conversationUpdate', membersAdded: [{ id: 'playground-user', name: 'You' }] });
})();

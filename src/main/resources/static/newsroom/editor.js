/*
 * The article editor: TinyMCE (from its WebJar) on the body's textarea, which stays the form field
 * and the fallback without JavaScript. Adds what a newsroom needs around it: images with alt text,
 * caption and credit (uploaded, dropped, pasted or picked from the library), paste clean-up, word
 * count, autosave (this device every few seconds, the server every 15 s) offered back on reload.
 * This device's drafts are kept per signed-in user and removed at sign-out (js/lantoa.js), after
 * the latest text has gone to the server, so a shared office computer offers nobody another's draft.
 * Nothing here runs inline: the page's CSP allows scripts from 'self' only.
 */
(function () {
  'use strict';

  var root = document.getElementById('lt-editor');
  var textarea = document.getElementById('bodyHtml');
  if (!root || !textarea || !window.tinymce) {
    return;
  }
  var form = textarea.form;
  var data = root.dataset;
  var key = data.draftKey;
  var storagePrefix = 'lantoa.editor.draft.' + data.draftUser + '.';
  var storageKey = storagePrefix + key;
  var LOCAL_EVERY_MS = 3000;
  var SERVER_EVERY_MS = 15000;
  var editor = null;
  var composing = false;
  var dirty = false;
  var lastServerSnapshot = null;
  var pendingFile = null;
  // Once the form is sent, its text is the article: no autosave may bring a draft back after it.
  var submitting = false;

  function meta(name) {
    var m = document.querySelector('meta[name="' + name + '"]');
    return m ? m.getAttribute('content') : '';
  }

  function fmt(template) {
    var args = Array.prototype.slice.call(arguments, 1);
    return template.replace(/\{(\d+)\}/g, function (all, i) {
      return args[i] === undefined ? all : String(args[i]);
    });
  }

  function escapeHtml(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  function time(ms) {
    var d = new Date(ms);
    return d.toLocaleTimeString(data.lang === 'en' ? 'en-GB' : 'vi-VN', { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  }

  function headers(json) {
    var h = {};
    h[meta('_csrf_header') || 'X-CSRF-TOKEN'] = meta('_csrf');
    if (json) {
      h['Content-Type'] = 'application/json';
    }
    h.Accept = 'application/json';
    return h;
  }

  function field(id) {
    var el = document.getElementById(id);
    return el ? el.value : '';
  }

  function snapshot() {
    return {
      key: key,
      title: field('title'),
      summary: field('summary'),
      bodyHtml: editor.getContent(),
      savedAt: Date.now()
    };
  }

  function plain(html) {
    var doc = new DOMParser().parseFromString('<body>' + (html || '') + '</body>', 'text/html');
    return (doc.body.textContent || '').replace(/\s+/g, ' ').trim();
  }

  function sameText(a, b) {
    return a.title.trim() === b.title.trim() && a.summary.trim() === b.summary.trim() && plain(a.bodyHtml) === plain(b.bodyHtml)
      && (a.bodyHtml.match(/<img\b/g) || []).length === (b.bodyHtml.match(/<img\b/g) || []).length;
  }

  // --- word count and reading time

  function count() {
    var text = editor.getBody().innerText || '';
    var words = text.trim() ? text.trim().split(/\s+/).length : 0;
    document.getElementById('lt-editor-count').textContent = fmt(data.msgWords, words, Math.max(1, Math.ceil(words / 220)));
  }

  // --- autosave

  function saveLocal() {
    if (!dirty || composing || submitting) {
      return;
    }
    try {
      var s = snapshot();
      localStorage.setItem(storageKey, JSON.stringify(s));
      editor.save();
      document.getElementById('lt-editor-saved').textContent = fmt(data.msgSavedLocal, time(s.savedAt));
    } catch (e) {
      // Storage full or disabled: the server copy still runs.
    }
  }

  // Resolves true once the server holds the current text (at once when it already did), false when
  // it could not be sent now (half-composed word, form being sent) or the server refused it.
  function saveServer(keepalive) {
    if (composing || submitting) {
      return Promise.resolve(false);
    }
    var s = snapshot();
    var body = JSON.stringify({ key: s.key, title: s.title, summary: s.summary, bodyHtml: s.bodyHtml });
    if (body === lastServerSnapshot) {
      return Promise.resolve(true);
    }
    return fetch(data.autosaveUrl, { method: 'POST', headers: headers(true), body: body, credentials: 'same-origin', keepalive: !!keepalive })
      .then(function (r) {
        if (!r.ok) {
          throw new Error(r.status);
        }
        lastServerSnapshot = body;
        document.getElementById('lt-editor-saved').textContent = fmt(data.msgSavedServer, time(Date.now()));
        return true;
      })
      .catch(function () {
        document.getElementById('lt-editor-saved').textContent = data.msgSaveFailed;
        return false;
      });
  }

  // Sign-out (js/lantoa.js waits for this): the text goes to the server first, then this page stops
  // autosaving so nothing writes a draft back after lantoa.js has removed them. Answers the key to
  // keep when the server could not take the text, so it is not lost (it is this user's key only).
  function beforeSignOut() {
    var flushed = dirty ? saveServer(false) : Promise.resolve(true);
    return flushed.then(function (saved) {
      submitting = true;
      return saved ? null : storageKey;
    });
  }
  window.lantoa = window.lantoa || {};
  (window.lantoa.beforeSignOut = window.lantoa.beforeSignOut || []).push(beforeSignOut);

  function readLocal() {
    try {
      var raw = localStorage.getItem(storageKey);
      return raw ? JSON.parse(raw) : null;
    } catch (e) {
      return null;
    }
  }

  function forget() {
    try {
      localStorage.removeItem(storageKey);
    } catch (e) { /* nothing kept */ }
    fetch(data.autosaveUrl + '/xoa?khoa=' + encodeURIComponent(key), { method: 'POST', headers: headers(false), credentials: 'same-origin' });
  }

  function offerDraft() {
    // Saved from this form a moment ago (redirected here with ?luu): that draft is now the article.
    var submitted = sessionStorage.getItem('lantoa.editor.submitted');
    if (submitted && /[?&]luu\b/.test(location.search)) {
      sessionStorage.removeItem('lantoa.editor.submitted');
      try { localStorage.removeItem(storagePrefix + submitted); } catch (e) { /* none */ }
      try { localStorage.removeItem(storageKey); } catch (e) { /* none */ }
    }
    var local = readLocal();
    fetch(data.autosaveUrl + '?khoa=' + encodeURIComponent(key), { headers: headers(false), credentials: 'same-origin' })
      .then(function (r) { return r.status === 200 ? r.json() : null; })
      .catch(function () { return null; })
      .then(function (server) {
        if (server) {
          server.savedAt = Date.parse(server.savedAt);
        }
        // This device's copy is the latest keystrokes; the server's stands in when it has none.
        // (Their times come from two clocks, so they are not compared.)
        var best = local || server;
        if (!best || sameText(best, snapshot())) {
          root.classList.add('lt-draft-checked');
          return;
        }
        var offer = document.getElementById('lt-draft-offer');
        document.getElementById('lt-draft-offer-text').textContent = fmt(data.msgDraftFound, time(best.savedAt));
        offer.hidden = false;
        document.getElementById('lt-draft-restore').onclick = function () {
          document.getElementById('title').value = best.title || '';
          document.getElementById('summary').value = best.summary || '';
          editor.setContent(best.bodyHtml || '');
          editor.save();
          offer.hidden = true;
          dirty = true;
          count();
          editor.focus();
        };
        document.getElementById('lt-draft-discard').onclick = function () {
          offer.hidden = true;
          forget();
        };
        root.classList.add('lt-draft-checked');
      });
  }

  // --- paste: structure kept, fonts, colours, classes and Office markup dropped

  // Word writes a list as paragraphs with mso-list:lN levelM and a typed bullet; make real lists.
  function wordLists(doc, body) {
    var stack = [];
    body.querySelectorAll('p').forEach(function (p) {
      var style = (p.getAttribute('style') || '').toLowerCase();
      var m = /mso-list:\s*l\d+\s+level(\d+)/.exec(style);
      if (!m) {
        return;
      }
      var level = parseInt(m[1], 10);
      var markers = p.querySelectorAll('span[style*="mso-list"]');
      var markerText = '';
      markers.forEach(function (span) {
        if (/mso-list:\s*ignore/i.test(span.getAttribute('style'))) {
          markerText += span.textContent;
          span.remove();
        }
      });
      var ordered = /^\s*(\d+|[a-z]|[ivxlc]+)[.)]/i.test(markerText);
      if (!stack.length || p.previousElementSibling !== stack[0].list) {
        stack = [];
      }
      if (!stack.length) {
        var top = doc.createElement(ordered ? 'ol' : 'ul');
        p.parentNode.insertBefore(top, p);
        stack.push({ list: top, level: 1 });
      }
      while (level > stack[stack.length - 1].level) {
        var parentList = stack[stack.length - 1].list;
        var lastLi = parentList.lastElementChild || parentList.appendChild(doc.createElement('li'));
        var nested = doc.createElement(ordered ? 'ol' : 'ul');
        lastLi.appendChild(nested);
        stack.push({ list: nested, level: stack[stack.length - 1].level + 1 });
      }
      while (stack.length > 1 && level < stack[stack.length - 1].level) {
        stack.pop();
      }
      var li = doc.createElement('li');
      while (p.firstChild) {
        li.appendChild(p.firstChild);
      }
      stack[stack.length - 1].list.appendChild(li);
      p.remove();
    });
  }

  function cleanPaste(html) {
    var doc = new DOMParser().parseFromString(html, 'text/html');
    var body = doc.body;
    wordLists(doc, body);
    var walker = doc.createTreeWalker(body, NodeFilter.SHOW_COMMENT);
    var comments = [];
    while (walker.nextNode()) {
      comments.push(walker.currentNode);
    }
    comments.forEach(function (c) { c.remove(); });
    body.querySelectorAll('a:not([href])').forEach(function (a) {
      while (a.firstChild) {
        a.parentNode.insertBefore(a.firstChild, a);
      }
      a.remove();
    });
    body.querySelectorAll('a[href^="https://www.google.com/url?"]').forEach(function (a) {
      // Google Docs wraps every link in a redirect; keep the real address.
      try {
        var real = new URL(a.getAttribute('href')).searchParams.get('q');
        if (real && /^https?:\/\//.test(real)) {
          a.setAttribute('href', real);
        }
      } catch (e) { /* keep as it is */ }
    });
    body.querySelectorAll('b[id^="docs-internal-guid"]').forEach(function (b) {
      while (b.firstChild) {
        b.parentNode.insertBefore(b.firstChild, b);
      }
      b.remove();
    });
    body.querySelectorAll('span[style]').forEach(function (span) {
      var style = span.getAttribute('style').toLowerCase().replace(/\s+/g, '');
      if (/mso-list:ignore/.test(style)) {
        span.remove();
        return;
      }
      var wrapped = span;
      if (/font-style:italic/.test(style)) {
        var em = doc.createElement('em');
        wrapped.parentNode.insertBefore(em, wrapped);
        em.appendChild(wrapped);
        wrapped = em;
      }
      if (/font-weight:(bold|[6-9]00)/.test(style)) {
        var strong = doc.createElement('strong');
        wrapped.parentNode.insertBefore(strong, wrapped);
        strong.appendChild(wrapped);
      }
    });
    // Headings: the site has two levels.
    body.querySelectorAll('h1, h4, h5, h6').forEach(function (h) {
      var level = h.tagName === 'H1' ? 'h2' : 'h3';
      var n = doc.createElement(level);
      n.innerHTML = h.innerHTML;
      h.replaceWith(n);
    });
    var dropped = 0;
    body.querySelectorAll('img').forEach(function (img) {
      var src = img.getAttribute('src') || '';
      if (src.indexOf(location.origin + '/media/') === 0) {
        img.setAttribute('src', src.substring(location.origin.length));
      } else if (src.indexOf('/media/') !== 0) {
        img.remove();
        dropped++;
      }
    });
    body.querySelectorAll('[style],[class],[id],[lang],[dir],[align],[role],[aria-level]').forEach(function (el) {
      ['style', 'class', 'id', 'lang', 'dir', 'align', 'role', 'aria-level'].forEach(function (a) { el.removeAttribute(a); });
    });
    var notice = document.getElementById('lt-paste-notice');
    notice.hidden = dropped === 0;
    notice.textContent = dropped ? fmt(data.msgImagesDropped, dropped) : '';
    return body.innerHTML;
  }

  // --- images with alt text, caption and credit

  var dialog = document.getElementById('lt-image-dialog');
  var imageForm = document.getElementById('lt-image-form');
  var imageError = document.getElementById('lt-image-error');

  function loadLibrary() {
    var box = document.getElementById('lt-image-library');
    fetch(data.mediaUrl, { headers: headers(false), credentials: 'same-origin' })
      .then(function (r) { return r.json(); })
      .then(function (items) {
        box.textContent = '';
        if (!items.length) {
          box.textContent = data.msgEmptyLibrary;
          return;
        }
        items.forEach(function (m) {
          var label = document.createElement('label');
          label.className = 'lt-image-choice';
          var radio = document.createElement('input');
          radio.type = 'radio';
          radio.name = 'lt-image-pick';
          radio.value = m.url;
          radio.className = 'form-check-input';
          radio.addEventListener('change', function () {
            pendingFile = null;
            document.getElementById('lt-image-file').value = '';
            document.getElementById('lt-image-picked').hidden = true;
          });
          var img = document.createElement('img');
          img.src = m.thumbnail;
          img.alt = m.name || ('#' + m.id);
          img.loading = 'lazy';
          label.appendChild(radio);
          label.appendChild(img);
          box.appendChild(label);
        });
      })
      .catch(function () { box.textContent = ''; });
  }

  function openImageDialog(file) {
    imageForm.reset();
    imageError.hidden = true;
    pendingFile = file || null;
    var picked = document.getElementById('lt-image-picked');
    picked.hidden = !file;
    picked.textContent = file ? file.name : '';
    loadLibrary();
    dialog.showModal();
    document.getElementById(file ? 'lt-image-alt' : 'lt-image-file').focus();
  }

  function figure(url, alt, caption, credit) {
    var html = '<figure><img src="' + escapeHtml(url) + '" alt="' + escapeHtml(alt) + '">';
    if (caption || credit) {
      html += '<figcaption>' + escapeHtml(caption);
      if (credit) {
        html += (caption ? ' ' : '') + '<small>' + escapeHtml(fmt(data.msgPhoto, credit)) + '</small>';
      }
      html += '</figcaption>';
    }
    return html + '</figure><p><br></p>';
  }

  function upload(file) {
    var body = new FormData();
    body.append('file', file, file.name || 'anh.png');
    return fetch(data.mediaUrl, { method: 'POST', headers: headers(false), body: body, credentials: 'same-origin' })
      .then(function (r) {
        return r.json().then(function (json) {
          if (!r.ok) {
            throw new Error(json.detail || data.msgUploadFailed);
          }
          return json.url;
        });
      });
  }

  document.getElementById('lt-image-file').addEventListener('change', function (e) {
    pendingFile = e.target.files[0] || null;
    dialog.querySelectorAll('input[name="lt-image-pick"]').forEach(function (r) { r.checked = false; });
  });
  document.getElementById('lt-image-cancel').addEventListener('click', function () { dialog.close(); });
  imageForm.addEventListener('submit', function (e) {
    e.preventDefault();
    var alt = document.getElementById('lt-image-alt').value.trim();
    var caption = document.getElementById('lt-image-caption').value.trim();
    var credit = document.getElementById('lt-image-credit').value.trim();
    var picked = dialog.querySelector('input[name="lt-image-pick"]:checked');
    if (!alt) {
      document.getElementById('lt-image-alt').focus();
      return;
    }
    var urlPromise = pendingFile ? upload(pendingFile) : picked ? Promise.resolve(picked.value) : Promise.reject(new Error(dialog.dataset.msgNoImage));
    document.getElementById('lt-image-insert').disabled = true;
    urlPromise
      .then(function (url) {
        dialog.close();
        editor.focus();
        editor.insertContent(figure(url, alt, caption, credit));
        dirty = true;
        editor.save();
        count();
      })
      .catch(function (err) {
        imageError.textContent = err.message || data.msgUploadFailed;
        imageError.hidden = false;
      })
      .then(function () { document.getElementById('lt-image-insert').disabled = false; });
  });

  function imageFileOf(transfer) {
    if (!transfer || !transfer.files) {
      return null;
    }
    for (var i = 0; i < transfer.files.length; i++) {
      if (/^image\//.test(transfer.files[i].type)) {
        return transfer.files[i];
      }
    }
    return null;
  }

  // --- the editor

  tinymce.init({
    target: textarea,
    base_url: '/webjars/tinymce',
    suffix: '.min',
    language: data.lang === 'en' ? 'en' : 'vi',
    promotion: false,
    branding: false,
    menubar: false,
    elementpath: false,
    height: 520,
    resize: false,
    statusbar: false,
    toolbar_mode: 'wrap',
    plugins: 'lists link table media autolink',
    toolbar: 'undo redo | blocks | bold italic | bullist numlist | link blockquote | ltimage media table hr | removeformat',
    block_formats: (data.lang === 'en' ? 'Paragraph=p; Heading=h2; Subheading=h3' : 'Đoạn văn=p; Tiêu đề=h2; Tiêu đề nhỏ=h3'),
    valid_elements: 'p,h2,h3,br,strong/b,em/i,u,s/strike,sub,sup,mark,ul,ol,li,blockquote,hr,'
      + 'a[href|title|target|rel],figure,figcaption,small,img[src|alt|width|height],'
      + 'table,caption,thead,tbody,tfoot,tr,th[colspan|rowspan|scope],td[colspan|rowspan],'
      + 'iframe[src|width|height|title|allowfullscreen|frameborder]',
    valid_children: '+figure[img|figcaption|iframe],+figcaption[small|strong|em|a|#text]',
    entity_encoding: 'raw',
    convert_urls: false,
    allow_script_urls: false,
    paste_data_images: false,
    paste_block_drop: false,
    paste_webkit_styles: 'none',
    // Styles reach paste_preprocess (which turns bold/italic spans into strong/em, then drops every style).
    paste_remove_styles_if_webkit: false,
    paste_preprocess: function (ed, args) {
      args.content = cleanPaste(args.content);
    },
    link_title: false,
    link_assume_external_targets: 'https',
    link_default_protocol: 'https',
    media_alt_source: false,
    media_poster: false,
    media_dimensions: false,
    table_advtab: false,
    table_cell_advtab: false,
    table_row_advtab: false,
    table_appearance_options: false,
    table_resize_bars: false,
    table_default_attributes: {},
    table_default_styles: {},
    object_resizing: false,
    content_css: data.contentCss.split(','),
    body_class: 'lt-body',
    iframe_aria_text: document.getElementById('bodyLabel').textContent,
    setup: function (ed) {
      editor = ed;
      ed.ui.registry.addButton('ltimage', {
        icon: 'image',
        tooltip: data.msgImage,
        onAction: function () { openImageDialog(null); }
      });
      ed.on('compositionstart', function () { composing = true; });
      ed.on('compositionend', function () { composing = false; dirty = true; });
      ed.on('input change undo redo SetContent', function () {
        if (!composing) {
          dirty = true;
          count();
        }
      });
      ed.on('drop', function (e) {
        var file = imageFileOf(e.dataTransfer);
        if (file) {
          e.preventDefault();
          openImageDialog(file);
        }
      });
      ed.on('paste', function (e) {
        var file = imageFileOf(e.clipboardData);
        if (file && !(e.clipboardData.types || []).includes('text/html')) {
          e.preventDefault();
          openImageDialog(file);
        }
      });
      ed.on('init', function () {
        count();
        dirty = false;
        ['title', 'summary'].forEach(function (id) {
          var el = document.getElementById(id);
          if (el) {
            el.addEventListener('input', function () { dirty = true; });
          }
        });
        lastServerSnapshot = JSON.stringify({ key: key, title: field('title'), summary: field('summary'), bodyHtml: ed.getContent() });
        offerDraft();
        setInterval(saveLocal, LOCAL_EVERY_MS);
        setInterval(function () { if (dirty) { saveServer(false); } }, SERVER_EVERY_MS);
        document.addEventListener('visibilitychange', function () {
          if (document.visibilityState === 'hidden' && dirty) {
            saveLocal();
            saveServer(true);
          }
        });
        document.getElementById('lt-editor-status').hidden = false;
        root.classList.add('lt-editor-ready');
      });
    }
  });

  form.addEventListener('submit', function (e) {
    if (editor) {
      editor.save();
    }
    var submitter = e.submitter;
    if (!submitter || submitter.id !== 'preview') {
      submitting = true;
      sessionStorage.setItem('lantoa.editor.submitted', key);
    }
  });

})();

(() => {
  'use strict';
  // Benchmarks read these two marks: from here to the dashboard is the report script's own cost.
  window.lockstepScriptStart = performance.now();
  // Lockstep HTML report. Document text is untrusted (it comes from translation pull requests): it only
  // ever reaches the page through textContent / text nodes, never as markup, and no link from a document
  // is ever made clickable. The only hrefs are our own "#…" routes.

  const $ = (id) => document.getElementById(id);
  const readJson = (id) => JSON.parse($(id).textContent);
  const S = readJson('lockstep-summary');
  const I18N = readJson('lockstep-interface');
  // The page and finding data are parsed only when first needed: on a 30k-page site they are most of
  // the file, and the dashboard needs neither.
  let blobs = null;
  const SEVERITIES = S.severities;
  const LANGS = new Map(S.languages.map((l) => [l.code, l]));
  const PAGE_BY_ID = new Map(S.pages.map((p, i) => [p.id, i]));
  const N = S.findex.length / 3;
  const F_PAGE = new Int32Array(N);
  const F_RULE = new Int32Array(N);
  const F_SEV = new Int32Array(N);
  for (let i = 0; i < N; i++) {
    F_PAGE[i] = S.findex[3 * i];
    F_RULE[i] = S.findex[3 * i + 1];
    F_SEV[i] = S.findex[3 * i + 2];
  }
  const PAGE_FINDINGS = S.pages.map(() => []);
  for (let i = 0; i < N; i++) PAGE_FINDINGS[F_PAGE[i]].push(i);

  // ---- interface language: stored choice, else the browser's languages, else English ----
  const UI_LANGS = Object.keys(I18N);
  const UI_KEY = 'lockstep.ui-language';
  function storedUi() {
    try { return localStorage.getItem(UI_KEY); } catch (e) { return null; }
  }
  function chooseUi() {
    const stored = storedUi();
    if (stored && I18N[stored]) return stored;
    const wanted = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || 'en'];
    for (const w of wanted) {
      const exact = UI_LANGS.find((c) => c.toLowerCase() === String(w).toLowerCase());
      if (exact) return exact;
      const primary = String(w).split('-')[0].toLowerCase();
      const near = UI_LANGS.find((c) => c.split('-')[0].toLowerCase() === primary);
      if (near) return near;
    }
    return 'en';
  }
  let ui = chooseUi();
  let pluralRules = new Intl.PluralRules(ui);
  let numberFormat = new Intl.NumberFormat(ui);
  let percentFormat = new Intl.NumberFormat(ui, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  let displayNames = null;
  /** The interface string `key` in the chosen language (English where a language lacks it), {name}s filled in. */
  function t(key, params) {
    let m = I18N[ui][key];
    if (m === undefined) m = I18N.en[key];
    if (m === undefined) return key;
    if (typeof m === 'object') m = m[pluralRules.select(params.n)] || m.other;
    return m.replace(/\{(\w+)\}/g, (all, k) => {
      const v = params ? params[k] : undefined;
      return v === undefined ? all : typeof v === 'number' ? numberFormat.format(v) : String(v);
    });
  }
  function setUi(code) {
    ui = code;
    pluralRules = new Intl.PluralRules(ui);
    numberFormat = new Intl.NumberFormat(ui);
    percentFormat = new Intl.NumberFormat(ui, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
    try { displayNames = new Intl.DisplayNames([ui], { type: 'language' }); } catch (e) { displayNames = null; }
    document.documentElement.lang = ui;
  }
  setUi(ui);
  function languageNames(code) {
    if (!code) return t('page.files');
    try { return (displayNames && displayNames.of(code)) || code; } catch (e) { return code; }
  }
  /** Coverage as the text report rounds it (tenths of a percent, computed once in Java), in the interface's style. */
  function formatTenths(tenths) { return percentFormat.format(tenths / 1000); }

  // ---- DOM helpers: text only ----
  function el(tag, props, ...children) {
    const e = document.createElement(tag);
    if (props) {
      for (const [k, v] of Object.entries(props)) {
        if (v === null || v === undefined || v === false) continue;
        if (k === 'class') e.className = v;
        else if (k === 'text') e.textContent = String(v);
        else if (k === 'onclick') e.addEventListener('click', v);
        else e.setAttribute(k, v === true ? '' : String(v));
      }
    }
    for (const c of children) if (c !== null && c !== undefined && c !== false) e.append(c);
    return e;
  }
  /** A link to one of our own routes; the route is encoded so no document path can form another URL. */
  function route(hash, text, cls) {
    return el('a', { href: '#' + hash.split('/').map(encodeURIComponent).join('/'), class: cls, text });
  }
  function pageLink(p, text) {
    return route(S.pages[p].id, text === undefined ? S.pages[p].id : text, 'page-link');
  }

  // ---- data: inflated lazily ----
  async function inflate(b64) {
    const bin = atob(b64);
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
    return JSON.parse(await new Response(stream).text());
  }
  const blobCache = new Map();
  function blob(i) {
    if (!blobs) blobs = readJson('lockstep-pages');
    if (!blobCache.has(i)) blobCache.set(i, inflate(blobs[i]));
    return blobCache.get(i);
  }
  let findingDetails = null; // array of [line, column, message, sourceFile, sourceLine, details, fingerprint]
  let findingDetailsPromise = null;
  function loadFindings() {
    if (!findingDetailsPromise) {
      findingDetailsPromise = (N === 0 ? Promise.resolve([]) : inflate(readJson('lockstep-findings'))).then((d) => {
        findingDetails = d;
        return d;
      });
    }
    return findingDetailsPromise;
  }

  // ---- filters ----
  const filter = { lang: '', rule: -1, sev: new Set(SEVERITIES.map((_, i) => i)), text: '' };
  function findingMatches(i) {
    if (filter.lang && S.pages[F_PAGE[i]].lang !== filter.lang) return false;
    if (filter.rule >= 0 && F_RULE[i] !== filter.rule) return false;
    if (!filter.sev.has(F_SEV[i])) return false;
    if (filter.text) {
      const p = S.pages[F_PAGE[i]];
      const hay = (p.id + '\n' + p.translation + '\n' + S.rules[F_RULE[i]].id + '\n'
        + (findingDetails ? findingDetails[i][2] : '')).toLowerCase();
      if (!hay.includes(filter.text)) return false;
    }
    return true;
  }
  function pageMatches(p) {
    const page = S.pages[p];
    if (filter.lang && page.lang !== filter.lang) return false;
    if (filter.rule < 0 && !filter.text) return true;
    if (filter.text && filter.rule < 0
      && (page.id + '\n' + page.translation).toLowerCase().includes(filter.text)) return true;
    return PAGE_FINDINGS[p].some(findingMatches);
  }

  /** Texts of the static page and the filter options, in the interface language. */
  function translateChrome() {
    document.querySelectorAll('[data-i18n]').forEach((e) => { e.textContent = t(e.getAttribute('data-i18n')); });
    document.title = t('title.report');
    $('f-text').placeholder = t('filter.searchPlaceholder');
    $('filters').setAttribute('aria-label', t('filter.label'));
    const lang = $('f-lang');
    lang.replaceChildren(el('option', { value: '', text: t('filter.allLanguages') }),
      ...S.languages.map((l) => el('option', { value: l.code, text: l.code + ' · ' + languageNames(l.code) })));
    lang.value = filter.lang;
    const picker = $('ui-lang');
    picker.replaceChildren(...UI_LANGS.map((c) => el('option', { value: c, lang: c, text: I18N[c]['meta.name'] })));
    picker.value = ui;
    $('keys').replaceChildren(t('keys.title') + ' ', el('kbd', { text: 'j' }), '/', el('kbd', { text: 'n' }), ' ' + t('keys.next') + ' · ',
      el('kbd', { text: 'k' }), '/', el('kbd', { text: 'p' }), ' ' + t('keys.previous') + ' · ', el('kbd', { text: '/' }), ' ' + t('keys.search')
      + ' · ', el('kbd', { text: 'g' }), ' ' + t('keys.dashboard'));
    const about = [t('about.version', { version: S.tool.version })];
    if (S.generated) {
      const when = new Date(S.generated);
      about.push(t('about.generated', { date: isNaN(when) ? S.generated : new Intl.DateTimeFormat(ui, { dateStyle: 'medium', timeStyle: 'short' }).format(when) }));
    }
    about.push(S.commit ? t('about.commit', { commit: S.commit.slice(0, 12) }) : t('about.noCommit'));
    const aboutEl = $('about');
    aboutEl.textContent = about.join(' · ');
    aboutEl.title = S.commit ? t('about.commit', { commit: S.commit }) : '';
  }

  function setupFilters() {
    const lang = $('f-lang');
    const rule = $('f-rule');
    S.rules.forEach((r, i) => rule.append(el('option', { value: String(i), text: r.id })));
    $('ui-lang').addEventListener('change', () => {
      setUi($('ui-lang').value);
      try { localStorage.setItem(UI_KEY, ui); } catch (e) { /* a file opened without storage still switches */ }
      translateChrome();
      rerender();
    });
    lang.addEventListener('change', () => {
      filter.lang = lang.value;
      const current = currentPage();
      if (current !== null && (!filter.lang || S.pages[current].lang === filter.lang)) rerender();
      else go(filter.lang);
    });
    rule.addEventListener('change', () => { filter.rule = Number(rule.value === '' ? -1 : rule.value); rerender(); });
    SEVERITIES.forEach((s, i) => {
      const box = $('f-' + s);
      box.addEventListener('change', () => {
        if (box.checked) filter.sev.add(i); else filter.sev.delete(i);
        rerender();
      });
    });
    const text = $('f-text');
    let timer = 0;
    text.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(async () => {
        filter.text = text.value.trim().toLowerCase();
        if (filter.text) await loadFindings();
        rerender();
      }, 120);
    });
    $('filters').addEventListener('submit', (e) => e.preventDefault());
  }
  function syncFilterControls() {
    $('f-lang').value = filter.lang;
    $('f-rule').value = filter.rule >= 0 ? String(filter.rule) : '';
    SEVERITIES.forEach((s, i) => { $('f-' + s).checked = filter.sev.has(i); });
    if ($('f-text').value.trim().toLowerCase() !== filter.text) $('f-text').value = filter.text;
  }
  function updateCount() {
    let findings = 0;
    const pages = new Set();
    for (let i = 0; i < N; i++) {
      if (findingMatches(i)) { findings++; pages.add(F_PAGE[i]); }
    }
    $('f-count').textContent = t('count.findingsOnPages', { findings: t('count.findings', { n: findings }), pages: t('count.onPages', { n: pages.size }) });
  }

  // ---- counting ----
  function coverageOf(pages) {
    let sentences = 0, untranslated = 0, known = 0;
    for (const p of pages) {
      const c = S.pages[p].cov;
      if (!c) continue;
      known++;
      sentences += c[0];
      untranslated += c[1];
    }
    return known === 0 ? null : { sentences, untranslated, translated: sentences - untranslated };
  }
  /** A progress bar; `tenths` is the rounded share the report prints (null when unknown). */
  function progress(cov, tenths, label) {
    const wrap = el('div', { class: 'progress', role: 'img' });
    if (!cov || tenths === null || tenths === undefined) {
      wrap.classList.add('unknown');
      wrap.setAttribute('aria-label', label + ': ' + t('coverage.unknown'));
      wrap.append(el('div', { class: 'progress-track' }), el('span', { class: 'progress-label', text: t('coverage.unknown') }));
      return wrap;
    }
    const fill = el('div', { class: 'progress-fill' });
    fill.style.width = (cov.sentences === 0 ? 100 : (100 * cov.translated) / cov.sentences).toFixed(2) + '%';
    const pct = formatTenths(tenths);
    wrap.setAttribute('aria-label', label + ': ' + t('coverage.short', { percent: pct }));
    wrap.append(el('div', { class: 'progress-track' }, fill),
      el('span', { class: 'progress-label', text: t('coverage.long', { percent: pct, translated: cov.translated, sentences: cov.sentences }) }));
    return wrap;
  }
  function sevName(s) { return t('severity.' + SEVERITIES[s]); }
  function sevBadge(s) {
    return el('span', { class: 'badge sev-' + SEVERITIES[s], text: sevName(s) });
  }
  function sevCount(s, n) { return t('count.' + SEVERITIES[s], { n }); }
  function countCells(counts) {
    return SEVERITIES.map((s, i) => el('td', { class: 'num sev-' + s + (counts[i] ? '' : ' zero'), text: numberFormat.format(counts[i]) }));
  }
  function statusName(status) { return t('status.' + status); }

  // ---- dashboard ----
  // Very large sites list their pages in slices, so the dashboard's cost does not grow with the site.
  const PAGE_SLICE = 500;
  let pagesShownLimit = PAGE_SLICE;
  function renderDashboard(view) {
    const langs = S.languages.filter((l) => !filter.lang || l.code === filter.lang).map((l) => l.code);
    const matching = [];
    for (let i = 0; i < N; i++) if (findingMatches(i)) matching.push(i);
    const byPage = new Map();
    for (const i of matching) byPage.set(F_PAGE[i], (byPage.get(F_PAGE[i]) || 0) + 1);

    const dash = el('section', { id: 'dashboard', class: 'dashboard' });
    dash.append(el('h1', { text: filter.lang ? languageNames(filter.lang) + ' (' + filter.lang + ')' : t('dashboard.title') }));
    const sevTotals = SEVERITIES.map(() => 0);
    for (const i of matching) sevTotals[F_SEV[i]]++;
    const pagesShown = [];
    for (let p = 0; p < S.pages.length; p++) if (pageMatches(p)) pagesShown.push(p);
    dash.append(el('p', { class: 'lead', id: 'totals' },
      t('dashboard.totals', { pairs: S.pairs, sources: S.sourcePages, languages: t('count.languages', { n: S.languages.length }) }) + ' ',
      t('dashboard.shown') + ' ',
      ...SEVERITIES.flatMap((s, i) => [el('span', { class: 'total sev-' + s, 'data-severity': s, text: sevCount(i, sevTotals[i]) }), i < SEVERITIES.length - 1 ? ', ' : ''])));

    const pagesByLang = new Map();
    S.pages.forEach((p, i) => {
      if (!pagesByLang.has(p.lang)) pagesByLang.set(p.lang, []);
      pagesByLang.get(p.lang).push(i);
    });
    const cards = el('div', { class: 'cards' });
    for (const code of langs) {
      const pages = pagesByLang.get(code) || [];
      const counts = SEVERITIES.map(() => 0);
      for (const i of matching) if (S.pages[F_PAGE[i]].lang === code) counts[F_SEV[i]]++;
      const top = pages.filter((p) => byPage.get(p)).sort((a, b) => byPage.get(b) - byPage.get(a)
        || cmp(S.pages[a].id, S.pages[b].id)).slice(0, 5);
      const info = LANGS.get(code);
      const card = el('article', { class: 'card', 'data-lang': code },
        el('h2', {}, route(code, languageNames(code)), ' ', el('span', { class: 'code', text: code }),
          info.dir === 'rtl' ? el('span', { class: 'tag', text: t('language.rtl') }) : null),
        progress(coverageOf(pages), info.pct, languageNames(code)),
        el('p', { class: 'counts' }, t('count.pages', { n: pages.length }) + ' · ',
          ...SEVERITIES.flatMap((s, i) => [el('span', { class: 'count sev-' + s, 'data-severity': s, text: sevCount(i, counts[i]) }), i < SEVERITIES.length - 1 ? ' · ' : ''])));
      if (top.length) {
        card.append(el('h3', { text: t('dashboard.mostFindings') }), el('ol', { class: 'top-pages' },
          ...top.map((p) => el('li', {}, pageLink(p, S.pages[p].id.slice(code.length + 1) || S.pages[p].id), ' ',
            el('span', { class: 'num', text: numberFormat.format(byPage.get(p)) })))));
      } else {
        card.append(el('p', { class: 'quiet', text: t('dashboard.noFindingsShown') }));
      }
      cards.append(card);
    }
    dash.append(cards);

    // findings by rule and severity
    const perRule = new Map();
    for (const i of matching) {
      if (!perRule.has(F_RULE[i])) perRule.set(F_RULE[i], SEVERITIES.map(() => 0));
      perRule.get(F_RULE[i])[F_SEV[i]]++;
    }
    const ruleRows = [...perRule.entries()].sort((a, b) => sum(b[1]) - sum(a[1]) || cmp(S.rules[a[0]].id, S.rules[b[0]].id));
    dash.append(el('h2', { text: t('dashboard.byRule') }));
    if (ruleRows.length === 0) {
      dash.append(el('p', { class: 'quiet', text: t('dashboard.noFindingsMatch') }));
    } else {
      dash.append(el('table', { class: 'grid rules-table', id: 'rules-table' },
        el('thead', {}, el('tr', {}, el('th', { text: t('table.rule') }), ...SEVERITIES.map((s, i) => el('th', { class: 'num', text: sevName(i) })), el('th', { class: 'num', text: t('table.total') }))),
        el('tbody', {}, ...ruleRows.map(([r, counts]) => el('tr', { 'data-rule': S.rules[r].id },
          el('td', {}, ruleLink(r), el('div', { class: 'quiet' }, ...inline(S.rules[r].summary))),
          ...countCells(counts), el('td', { class: 'num', text: numberFormat.format(sum(counts)) }))))));
    }

    // every page, most findings first
    dash.append(el('h2', { text: t('dashboard.pages') }));
    const sorted = pagesShown.sort((a, b) => (byPage.get(b) || 0) - (byPage.get(a) || 0)
      || cmp(S.pages[a].lang, S.pages[b].lang) || cmp(S.pages[a].id, S.pages[b].id));
    const counts = new Map();
    for (const i of matching) {
      const p = F_PAGE[i];
      if (!counts.has(p)) counts.set(p, SEVERITIES.map(() => 0));
      counts.get(p)[F_SEV[i]]++;
    }
    const zero = SEVERITIES.map(() => 0);
    const tbody = el('tbody');
    const addRows = (from, to) => {
      for (const p of sorted.slice(from, to)) {
        const page = S.pages[p];
        tbody.append(el('tr', { 'data-page': page.id },
          el('td', {}, pageLink(p)),
          el('td', { class: 'status status-' + page.status, text: statusName(page.status) }),
          el('td', { class: 'pct', text: page.cov ? formatTenths(page.cov[2]) : t('coverage.na') }),
          ...countCells(counts.get(p) || zero)));
      }
    };
    addRows(0, pagesShownLimit);
    dash.append(el('table', { class: 'grid pages-table', id: 'pages-table' },
      el('thead', {}, el('tr', {}, el('th', { text: t('table.page') }), el('th', { text: t('table.status') }), el('th', { class: 'pct', text: t('table.translated') }),
        ...SEVERITIES.map((s, i) => el('th', { class: 'num', text: sevName(i) })))), tbody));
    if (sorted.length > pagesShownLimit) {
      const more = el('button', { type: 'button', class: 'more', id: 'more-pages' });
      const label = () => { more.textContent = t('dashboard.showMore', { shown: Math.min(pagesShownLimit, sorted.length), total: sorted.length }); };
      label();
      more.addEventListener('click', () => {
        addRows(pagesShownLimit, pagesShownLimit + PAGE_SLICE);
        pagesShownLimit += PAGE_SLICE;
        if (pagesShownLimit >= sorted.length) more.remove(); else label();
      });
      dash.append(more);
    }
    if (sorted.length === 0) dash.append(el('p', { class: 'quiet', text: t('dashboard.noPageMatches') }));
    view.replaceChildren(dash);
  }
  function sum(a) { return a.reduce((x, y) => x + y, 0); }
  /** Code-point order: stable across browsers and far cheaper than localeCompare over a 30k-page site. */
  function cmp(a, b) { return a < b ? -1 : a > b ? 1 : 0; }

  // ---- rules ----
  function ruleLink(r) {
    const a = route('rule/' + S.rules[r].id, S.rules[r].id, 'rule-link');
    a.addEventListener('click', (e) => {
      if (e.ctrlKey || e.metaKey || e.shiftKey) return;
      e.preventDefault();
      openRule(r);
    });
    return a;
  }
  function openRule(r) {
    const rule = S.rules[r];
    $('rule-dialog-title').textContent = rule.id;
    $('rule-dialog-body').replaceChildren(ruleDoc(rule));
    const dialog = $('rule-dialog');
    if (!dialog.open) dialog.showModal();
  }
  function ruleDoc(rule) {
    return el('div', { class: 'rule-doc' },
      el('p', { class: 'rule-summary' }, sevBadge(SEVERITIES.indexOf(rule.severity)), ' ' + t('rule.byDefault') + ' · ', ...inline(rule.summary)),
      ...markdown(rule.doc));
  }
  /** The Markdown rule docs use (headings, lists, fenced code, tables, code spans, emphasis), as text nodes. */
  function markdown(text) {
    const out = [];
    const lines = text.split('\n');
    let para = [];
    let list = null;
    const flush = () => {
      if (para.length) out.push(el('p', {}, ...inline(para.join(' '))));
      para = [];
    };
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      if (/^\s*(```|~~~)/.test(line)) {
        flush(); list = null;
        const fence = line.trim().slice(0, 3);
        const code = [];
        for (i++; i < lines.length && !lines[i].trim().startsWith(fence); i++) code.push(lines[i]);
        out.push(el('pre', { class: 'code' }, el('code', { text: code.join('\n') })));
      } else if (/^\s*\|/.test(line) && i + 1 < lines.length && /^\s*\|?\s*:?-{2,}/.test(lines[i + 1])) {
        flush(); list = null;
        const rows = [cells(line)];
        for (i += 2; i < lines.length && /^\s*\|/.test(lines[i]); i++) rows.push(cells(lines[i]));
        i--;
        out.push(el('table', { class: 'grid doc-table' },
          el('thead', {}, el('tr', {}, ...rows[0].map((c) => el('th', {}, ...inline(c))))),
          el('tbody', {}, ...rows.slice(1).map((r) => el('tr', {}, ...r.map((c) => el('td', {}, ...inline(c))))))));
      } else if (/^#{1,6} /.test(line)) {
        flush(); list = null;
        out.push(el('h3', {}, ...inline(line.replace(/^#+ /, ''))));
      } else if (/^\s*([-*]|\d+\.) /.test(line)) {
        flush();
        if (!list) { list = el(/^\s*\d/.test(line) ? 'ol' : 'ul'); out.push(list); }
        list.append(el('li', {}, ...inline(line.replace(/^\s*([-*]|\d+\.) /, ''))));
      } else if (line.trim() === '') {
        flush(); list = null;
      } else if (list && /^\s+/.test(line)) {
        list.lastChild.append(' ', ...inline(line.trim()));
      } else {
        list = null;
        para.push(line.trim());
      }
    }
    flush();
    return out;
  }
  /** A table row's cells; a pipe inside a code span or escaped as \| stays in its cell. */
  function cells(line) {
    const out = [];
    let cell = '';
    let ticks = 0;
    const body = line.trim().replace(/^\|/, '').replace(/\|$/, '');
    for (let i = 0; i < body.length; i++) {
      const c = body[i];
      if (c === '\\' && body[i + 1] === '|') { cell += '|'; i++; continue; }
      if (c === '`') {
        let n = 1;
        while (body[i + n] === '`') n++;
        ticks = ticks === 0 ? n : ticks === n ? 0 : ticks;
        cell += body.slice(i, i + n);
        i += n - 1;
        continue;
      }
      if (c === '|' && ticks === 0) { out.push(cell.trim()); cell = ''; continue; }
      cell += c;
    }
    out.push(cell.trim());
    return out;
  }
  /** Code spans (any number of backticks), **strong**, *emphasis* and [link text](target) as text. */
  function inline(text) {
    const out = [];
    const re = /(`+)([\s\S]*?[^`])\1(?!`)|\*\*([^*]+)\*\*|\*([^*\s][^*]*)\*|\[([^\]]+)\]\([^)]*\)/g;
    let at = 0;
    let m;
    while ((m = re.exec(text)) !== null) {
      if (m.index > at) out.push(document.createTextNode(text.slice(at, m.index)));
      if (m[1]) {
        const code = m[2].length > 1 && m[2].startsWith(' ') && m[2].endsWith(' ') ? m[2].slice(1, -1) : m[2];
        out.push(el('code', { text: code }));
      } else if (m[3]) out.push(el('strong', { text: m[3] }));
      else if (m[4]) out.push(el('em', { text: m[4] }));
      else out.push(document.createTextNode(m[5]));
      at = re.lastIndex;
    }
    if (at < text.length) out.push(document.createTextNode(text.slice(at)));
    return out;
  }
  function renderRules(view, focusId) {
    const section = el('section', { class: 'rules', id: 'rules' }, el('h1', { text: t('rules.title') }),
      el('p', { class: 'quiet', text: t('rules.english') }));
    S.rules.forEach((rule) => {
      section.append(el('article', { class: 'rule', id: 'rule-' + rule.id }, el('h2', { text: rule.id }), ruleDoc(rule)));
    });
    view.replaceChildren(section);
    const target = focusId && document.getElementById('rule-' + focusId);
    if (target) target.scrollIntoView();
  }

  // ---- page view ----
  let pageState = null; // { page, cards: [element], current: index }

  function currentPage() {
    return pageState ? pageState.page : null;
  }

  async function renderPage(view, p) {
    const page = S.pages[p];
    const token = {};
    const keepScroll = pageState && pageState.page === p ? window.scrollY : -1;
    const keepCurrent = pageState && pageState.page === p ? pageState.current : -1;
    pageState = { page: p, cards: [], current: -1, token };
    const head = el('div', { class: 'page-head' },
      el('p', { class: 'crumbs' }, route('', '← ' + t('nav.dashboard')), ' · ', route(page.lang, languageNames(page.lang))),
      el('h1', { id: 'page-title', text: page.id }),
      el('p', { class: 'paths' }, t('page.translation') + ' ', el('code', { text: page.translation }),
        page.source ? ' · ' + t('page.source') + ' ' : '', page.source ? el('code', { text: page.source }) : '',
        ' · ', el('span', { class: 'status status-' + page.status, text: statusName(page.status) })),
      progress(coverageOf([p]), page.cov ? page.cov[2] : null, page.id));
    const section = el('section', { class: 'page', id: 'page', 'data-page': page.id }, head,
      el('p', { class: 'notice', text: t('notice.loadingPage') }));
    view.replaceChildren(section);
    if (keepScroll < 0) window.scrollTo(0, 0);

    const [details, src, tr] = await Promise.all([loadFindings(),
      page.src >= 0 ? blob(page.src) : null, page.tr >= 0 ? blob(page.tr) : null]);
    if (!pageState || pageState.token !== token) return;
    const shown = PAGE_FINDINGS[p].filter(findingMatches);
    const total = PAGE_FINDINGS[p].length;
    const body = [];
    body.push(el('p', { class: 'counts', id: 'page-counts' }, t('page.shownOf', { shown: shown.length, findings: t('count.findings', { n: total }) }),
      page.stats ? ' · ' + t('page.blocks', { matched: page.stats[2], missing: page.stats[3], extra: page.stats[4] }) : ''));

    // Findings are numbered, and visited with j/k, in the order they appear on screen.
    const cardFor = new Map();
    const numberOf = new Map();
    let ordered = shown;
    const ctx = { details, page, rows: null };
    if (!src || !tr) {
      shown.forEach((i, n) => numberOf.set(i, n + 1));
      body.push(pageSummary(shown, numberOf, details));
      body.push(el('p', { class: 'notice', text: page.status === 'missing'
        ? t('notice.notTranslated') : t('notice.noContent', { status: statusName(page.status) }) }));
      body.push(findingList(shown, ctx, numberOf, cardFor));
    } else {
      const rows = tr.rows.map(([s, t2]) => ({ s: s >= 0 ? src.blocks[s] : null, t: t2 >= 0 ? tr.blocks[t2] : null, findings: [] }));
      ctx.rows = rows;
      const loose = [];
      ctx.rowOf = new Map();
      for (const i of shown) {
        const r = rowOf(rows, details[i]);
        if (r < 0) loose.push(i); else rows[r].findings.push(i);
        ctx.rowOf.set(i, r);
      }
      ordered = loose.concat(...rows.map((r) => r.findings));
      ordered.forEach((i, n) => numberOf.set(i, n + 1));
      body.push(pageSummary(ordered, numberOf, details));
      if (loose.length) body.push(el('h2', { text: t('page.wholePage') }), findingList(loose, ctx, numberOf, cardFor));
      body.push(legend(page));
      body.push(alignedTable(page, rows, ctx, numberOf, cardFor));
    }
    section.replaceChildren(head, ...body);
    pageState.cards = ordered.map((i) => cardFor.get(i)).filter(Boolean);
    if (pendingFocus !== null) {
      const which = pendingFocus;
      pendingFocus = null;
      const n = pageState.cards.length;
      if (n) focusCard(which === 'last' ? n - 1 : which === 'first' ? 0 : Math.min(which, n - 1));
    } else if (keepScroll >= 0) {
      if (keepCurrent >= 0 && keepCurrent < pageState.cards.length) setCurrent(keepCurrent, false);
      window.scrollTo(0, keepScroll);
    }
    section.setAttribute('data-ready', '');
  }

  /** The top of a page: its findings counted per rule (a click filters by the rule), then each finding in one line. */
  function pageSummary(ordered, numberOf, details) {
    const box = el('nav', { class: 'page-summary', id: 'page-summary', 'aria-label': t('page.summary') });
    if (ordered.length === 0) {
      box.append(el('p', { class: 'quiet', text: t('page.noFindings') }));
      return box;
    }
    const perRule = new Map();
    for (const i of ordered) perRule.set(F_RULE[i], (perRule.get(F_RULE[i]) || 0) + 1);
    const rules = [...perRule.entries()].sort((a, b) => b[1] - a[1] || cmp(S.rules[a[0]].id, S.rules[b[0]].id));
    box.append(el('h2', { text: t('page.summary') }), el('ul', { class: 'rule-counts', id: 'page-rules' },
      ...rules.map(([r, n]) => el('li', { 'data-rule': S.rules[r].id }, ruleLink(r), ' ',
        el('button', { type: 'button', class: 'count-filter', title: t('page.onlyRule', { rule: S.rules[r].id }),
          onclick: () => { filter.rule = filter.rule === r ? -1 : r; syncFilterControls(); rerender(); } },
          numberFormat.format(n))))));
    const list = el('ol', { class: 'finding-index' });
    for (const i of ordered) {
      const d = details[i];
      list.append(el('li', { 'data-finding': i },
        el('a', { href: '#', class: 'sev-' + SEVERITIES[F_SEV[i]], onclick: (e) => { e.preventDefault(); focusFinding(i); } },
          el('span', { class: 'number', text: numberOf.get(i) }), ' ', S.rules[F_RULE[i]].id,
          d[0] > 0 ? ' · ' + t('finding.line', { line: d[0] }) : ''),
        ' ', el('span', { class: 'quiet', text: d[2] })));
    }
    box.append(el('details', { class: 'finding-index-box', open: ordered.length <= 12 },
      el('summary', { text: t('page.allFindings', { findings: t('count.findings', { n: ordered.length }) }) }), list));
    return box;
  }

  function rowOf(rows, d) {
    const line = d[0];
    const sourceLine = d[4];
    if (line <= 0) return -1;
    let containing = -1;
    for (let r = 0; r < rows.length; r++) {
      const t = rows[r].t;
      if (t && t[0] <= line && line <= t[1]) {
        if (sourceLine > 0 && rows[r].s && rows[r].s[0] === sourceLine) return r;
        containing = r; // the deepest (last) block containing the line wins
      }
    }
    if (sourceLine > 0) {
      for (let r = 0; r < rows.length; r++) {
        if (!rows[r].t && rows[r].s && rows[r].s[0] === sourceLine) return r;
      }
    }
    return containing;
  }

  function legend(page) {
    return el('div', { class: 'legend', 'aria-hidden': 'true' },
      el('span', { class: 'swatch matched', text: t('legend.matched') }),
      el('span', { class: 'swatch missing', text: t('legend.missing') }),
      el('span', { class: 'swatch extra', text: t('legend.extra') }),
      el('span', { class: 'swatch', }, el('span', { class: 'mark-hl sev-warning', text: t('legend.marked') }), ' ' + t('legend.markedWhere')),
      el('span', { class: 'swatch' }, el('code', { class: 'span-code lost', text: 'code' }), ' ' + t('legend.lostCode')));
  }

  function alignedTable(page, rows, ctx, numberOf, cardFor) {
    const details = ctx.details;
    const info = LANGS.get(page.lang) || { dir: 'ltr' };
    const table = el('div', { class: 'aligned', id: 'aligned', role: 'table', 'aria-label': t('page.alignedLabel') },
      el('div', { class: 'row head', role: 'row' },
        el('div', { class: 'cell', role: 'columnheader', text: t('page.sourceColumn') }),
        el('div', { class: 'cell', role: 'columnheader', text: t('page.translationColumn', { language: languageNames(page.lang) }) })));
    rows.forEach((row, r) => {
      const status = row.s && row.t ? 'matched' : row.s ? 'missing' : 'extra';
      const lost = lostCode(row);
      const tMarks = [];
      const sMarks = [];
      for (const i of row.findings) {
        const d = details[i];
        tMarks.push({ i, n: numberOf.get(i), line: d[0], column: d[1], text: highlightText(d[5], 'text', 'translationUrl'), sev: F_SEV[i] });
        // A grouped finding (untranslated sentences of one block): every sentence marked where it is; the pin stays on the first.
        for (const s of groupedSentences(d[5])) {
          tMarks.push({ i, n: numberOf.get(i), line: s.line, column: s.column, text: s.text, sev: F_SEV[i], quiet: true });
        }
        const sourceText = highlightText(d[5], 'sourceUrl');
        if (sourceText && row.s) sMarks.push({ i, n: numberOf.get(i), line: 0, column: 0, text: sourceText, sev: F_SEV[i], quiet: true });
      }
      const line = el('div', { class: 'row ' + status, role: 'row', id: 'row-' + r, 'data-status': status },
        el('div', { class: 'cell src', role: 'cell', lang: 'en', dir: 'ltr' },
          row.s ? block(row.s, lost.source, sMarks, true) : el('div', { class: 'placeholder', text: t('page.notInSource') })),
        el('div', { class: 'cell tr', role: 'cell', lang: page.lang || null, dir: info.dir },
          row.t ? block(row.t, new Set(), tMarks, false) : el('div', { class: 'placeholder', text: t('page.missingInTranslation') }),
          lost.names.length ? el('p', { class: 'lost-note', dir: 'auto' }, t('page.codeNotInTranslation') + ' ',
            ...lost.names.flatMap((c, k) => [k ? ', ' : '', el('code', { class: 'span-code lost', text: c })])) : null));
      table.append(line);
      if (row.findings.length) {
        table.append(el('div', { class: 'row notes', role: 'row' },
          el('div', { class: 'cell', role: 'cell' }, findingList(row.findings, ctx, numberOf, cardFor))));
      }
    });
    return table;
  }

  function groupedSentences(details) {
    if (!details || !Array.isArray(details.sentences)) return [];
    return details.sentences.filter((x) => x && typeof x.text === 'string' && x.text.trim() !== '' && Number.isInteger(x.line))
      .map((x) => ({ text: x.text, line: x.line, column: Number.isInteger(x.column) ? x.column : 1 }));
  }

  function highlightText(details, ...keys) {
    if (!details) return null;
    for (const k of keys) if (typeof details[k] === 'string' && details[k].trim() !== '') return details[k];
    return null;
  }

  /** Code spans of the source block that the matched translation block no longer has. */
  function lostCode(row) {
    const none = { source: new Set(), names: [] };
    if (!row.s || !row.t || row.s[6].length === 0) return none;
    const have = new Map();
    for (const c of row.t[6]) have.set(c[3], (have.get(c[3]) || 0) + 1);
    const source = new Set();
    const names = [];
    row.s[6].forEach((c, k) => {
      const left = have.get(c[3]) || 0;
      if (left > 0) have.set(c[3], left - 1);
      else { source.add(k); names.push(c[3]); }
    });
    return { source, names };
  }

  /** One block's raw Markdown, with code spans and finding marks laid over it as text. */
  function blockKind(kind) { return t('block.' + kind.replace(/ /g, '-')); }
  function block(b, lostSpans, marks, copyable) {
    const [line, endLine, , kind, raw, admonition, codes] = b;
    const meta = el('div', { class: 'meta', dir: 'auto', lang: ui },
      el('span', { class: 'lines', text: line === endLine ? t('block.line', { line }) : t('block.lines', { from: line, to: endLine }) }), ' ', blockKind(kind));
    if (admonition) {
      meta.append(' · ' + admonition[1] + ' · ', el('span', { class: 'syntax', title: t('block.admonitionSyntax', { syntax: admonition[2] }) },
        t('block.syntax', { syntax: admonition[0] })));
    }
    if (copyable) meta.append(' ', copyButton(raw, t('action.copySource'), t('action.copy')));
    const starts = [0];
    for (let i = 0; i < raw.length; i++) if (raw.charCodeAt(i) === 10) starts.push(i + 1);
    const offsetOf = (l, c) => {
      const k = l - line;
      if (k < 0 || k >= starts.length) return -1;
      const end = k + 1 < starts.length ? starts[k + 1] - 1 : raw.length;
      return Math.min(starts[k] + Math.max(0, c - 1), end);
    };
    const ranges = [];
    codes.forEach((c, k) => {
      const at = offsetOf(c[0], c[1]);
      if (at >= 0) ranges.push({ from: at, to: Math.min(raw.length, at + c[2]), cls: 'span-code' + (lostSpans.has(k) ? ' lost' : '') });
    });
    const pins = [];
    for (const m of marks) {
      let at = m.line > 0 ? offsetOf(m.line, m.column) : 0;
      if (at < 0) at = 0;
      const found = m.text ? locate(raw, m.text, at) : null;
      if (found) {
        ranges.push({ from: found[0], to: found[1], cls: 'mark-hl sev-' + SEVERITIES[m.sev], f: m.i });
        at = found[0];
      }
      if (!m.quiet) pins.push({ at, m });
    }
    const pre = el('pre', { class: 'raw' });
    const cuts = new Set([0, raw.length]);
    for (const r of ranges) { cuts.add(r.from); cuts.add(r.to); }
    for (const p of pins) cuts.add(p.at);
    const points = [...cuts].sort((a, b) => a - b);
    for (let k = 0; k < points.length; k++) {
      const from = points[k];
      for (const p of pins) {
        if (p.at === from) {
          pre.append(el('a', { class: 'pin sev-' + SEVERITIES[p.m.sev], href: '#', 'data-finding': p.m.i, 'aria-label': t('finding.number', { n: p.m.n }),
            onclick: (e) => { e.preventDefault(); focusFinding(p.m.i); }, text: p.m.n }));
        }
      }
      if (k + 1 >= points.length) break;
      const to = points[k + 1];
      if (to <= from) continue;
      const text = raw.slice(from, to);
      const cover = ranges.filter((r) => r.from <= from && to <= r.to);
      if (cover.length === 0) { pre.append(text); continue; }
      const span = el('span', { class: cover.map((r) => r.cls).join(' '), text });
      const f = cover.find((r) => r.f !== undefined);
      if (f) span.setAttribute('data-finding', f.f);
      pre.append(span);
    }
    return el('div', { class: 'block kind-' + kind.replace(/[^a-z]+/g, '-') }, meta, pre);
  }

  /**
   * Where a finding's text sits in the raw block. Rules report text as a reader sees it (markup removed,
   * code spans as U+FFFC), so the raw Markdown is projected the same way, searched from the finding's
   * position, and the match mapped back to raw offsets. URLs and other literal text match the raw directly.
   */
  function locate(raw, text, at) {
    const direct = raw.indexOf(text, at);
    if (direct >= 0 && direct - at < 4) return [direct, direct + text.length];
    // Grouped sentences keep their code spans as Markdown; the projection has them as U+FFFC.
    const wanted = text.replace(/(`+)[^`]+?\1/g, '\uFFFC').replace(/\s+/g, ' ').trim();
    const proj = project(raw);
    let from = proj.map.findIndex((i) => i >= at);
    if (from < 0) from = 0;
    let hit = proj.text.indexOf(wanted, from);
    if (hit < 0) hit = proj.text.indexOf(wanted);
    if (hit >= 0 && wanted.length > 0) return [proj.map[hit], proj.map[hit + wanted.length - 1] + 1];
    const anywhere = direct >= 0 ? direct : raw.indexOf(text);
    return anywhere >= 0 ? [anywhere, anywhere + text.length] : null;
  }

  /** The raw Markdown as prose: link targets, emphasis marks and tags dropped, code spans as U+FFFC. */
  function project(raw) {
    const out = [];
    const map = [];
    for (let i = 0; i < raw.length; i++) {
      const c = raw[i];
      if (c === ']' && raw[i + 1] === '(') {
        const close = raw.indexOf(')', i + 2);
        if (close > 0) { i = close; continue; }
      }
      if (c === '`') {
        let ticks = 1;
        while (raw[i + ticks] === '`') ticks++;
        const fence = '`'.repeat(ticks);
        const close = raw.indexOf(fence, i + ticks);
        if (close > 0) { out.push('\uFFFC'); map.push(i); i = close + ticks - 1; continue; }
      }
      if (c === '<' && /^<\/?[A-Za-z]/.test(raw.slice(i, i + 3))) {
        const close = raw.indexOf('>', i);
        if (close > 0) { i = close; continue; }
      }
      if (c === '*' || c === '[' || c === ']' || (c === '!' && raw[i + 1] === '[')) continue;
      if (/\s/.test(c)) {
        if (out.length === 0 || out[out.length - 1] === ' ') continue;
        out.push(' ');
        map.push(i);
        continue;
      }
      out.push(c);
      map.push(i);
    }
    return { text: out.join(''), map };
  }

  function findingList(list, ctx, numberOf, cardFor) {
    return el('ol', { class: 'findings' }, ...list.map((i) => {
      const card = findingCard(i, ctx, numberOf.get(i));
      cardFor.set(i, card);
      return card;
    }));
  }

  /** A button that puts `text` on the clipboard and says so; a report opened from disk may lack the async API. */
  function copyButton(text, label, shown) {
    const button = el('button', { type: 'button', class: 'copy', title: label, 'aria-label': label, text: shown });
    button.addEventListener('click', (e) => {
      e.stopPropagation();
      const done = (ok) => {
        button.textContent = ok ? t('action.copied') : t('action.copyFailed');
        button.classList.toggle('copied', ok);
        setTimeout(() => { button.textContent = shown; button.classList.remove('copied'); }, 1500);
      };
      const fallback = () => {
        const area = el('textarea', { class: 'copy-buffer', 'aria-hidden': 'true' });
        area.value = text;
        document.body.append(area);
        area.select();
        let ok = false;
        try { ok = document.execCommand('copy'); } catch (err) { ok = false; }
        area.remove();
        done(ok);
      };
      if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(text).then(() => done(true), fallback);
      else fallback();
    });
    return button;
  }

  /** The English text a finding is about: the sentence it names, else its source block. */
  function sourceTextOf(i, ctx) {
    const details = ctx.details[i][5] || {};
    for (const k of ['text', 'sourceText']) if (typeof details[k] === 'string' && details[k].trim()) return details[k];
    if (Array.isArray(details.sentences)) {
      const texts = details.sentences.map((x) => x && x.text).filter((x) => typeof x === 'string' && x.trim());
      if (texts.length) return texts.join(' ');
    }
    const r = ctx.rowOf ? ctx.rowOf.get(i) : undefined;
    const row = r !== undefined && r >= 0 ? ctx.rows[r] : null;
    return row && row.s ? row.s[4] : null;
  }

  /**
   * What to search for in the platform's editor: a run of the source text's prose that the platform's
   * string holds verbatim (no Markdown, no code span, no quote mark, which the search syntax would end
   * on), cut at a word boundary.
   */
  function searchPhrase(text) {
    const prose = project(text).text;
    const runs = prose.split(/[\uFFFC"]+/).map((x) => x.trim()).filter((x) => x.length > 0);
    if (runs.length === 0) return '';
    let best = runs.reduce((a, b) => (b.length > a.length ? b : a));
    if (best.length > 120) {
      const cut = best.lastIndexOf(" ", 120);
      best = best.slice(0, cut > 20 ? cut : 120);
    }
    return best.replace(/[\s.:;,]+$/, '');
  }

  /** The link to search for the finding's source text in the platform's editor for the page's language. */
  function platformLink(i, ctx) {
    const lang = LANGS.get(ctx.page.lang);
    if (!S.platform || !lang || !lang.editor) return null;
    const text = sourceTextOf(i, ctx);
    const phrase = text ? searchPhrase(text) : '';
    if (!phrase) return null;
    return el('a', { class: 'platform-link', href: lang.editor.replace('{query}', encodeURIComponent(phrase)),
      target: '_blank', rel: 'noopener noreferrer', title: phrase,
      text: t('finding.findInPlatform', { platform: S.platform }) });
  }

  function findingCard(i, ctx, n) {
    const [line, column, message, sourceFile, sourceLine, details] = ctx.details[i];
    const card = el('li', { class: 'finding sev-' + SEVERITIES[F_SEV[i]], id: 'finding-' + i, tabindex: '-1', 'data-finding': i, dir: 'auto' },
      el('div', { class: 'finding-head' },
        el('span', { class: 'number', text: n }), ' ', sevBadge(F_SEV[i]), ' ', ruleLink(F_RULE[i]),
        line > 0 ? el('span', { class: 'where', text: ' ' + t('finding.lineColumn', { line, column }) }) : null,
        sourceFile && sourceLine > 0 ? el('span', { class: 'where', text: ' · ' + t('finding.sourceLine', { line: sourceLine }) }) : null),
      el('p', { class: 'message', lang: 'en', dir: 'ltr', text: message }));
    const fix = beforeAfter(details);
    if (fix) card.append(fix);
    const facts = detailFacts(details, fix ? fix.keys : []);
    if (facts.length) card.append(el('dl', { class: 'details' }, ...facts));
    const source = sourceTextOf(i, ctx);
    const link = platformLink(i, ctx);
    if (source || link) {
      card.append(el('p', { class: 'actions' }, source ? copyButton(source, t('action.copySource'), t('action.copySource')) : null,
        link ? ' ' : null, link));
    }
    card.addEventListener('click', (e) => {
      if (e.target.closest('a, button')) return;
      setCurrent(pageState.cards.indexOf(card), false);
    });
    return card;
  }

  // Pairs of details where the translation should carry what the source has: shown as before/after.
  const FIX_PAIRS = ['Url', 'Opening', 'Syntax', 'Id', 'Level', 'Type'];
  /** A suggested fix as before (the translation now) and after (what it should be), or null. */
  function beforeAfter(details) {
    if (!details) return null;
    let before = null, after = null, keys = [];
    if (typeof details.fix === 'string' && details.found !== undefined) {
      before = String(details.found); after = details.fix; keys = ['found', 'fix'];
    } else {
      for (const k of FIX_PAIRS) {
        const s = details['source' + k];
        const tr = details['translation' + k];
        if (s !== undefined && s !== null && tr !== undefined && tr !== null && String(s) !== String(tr)) {
          before = String(tr); after = String(s); keys = ['source' + k, 'translation' + k];
          break;
        }
      }
    }
    if (before === null) return null;
    const box = el('div', { class: 'fix' },
      el('div', { class: 'fix-title', text: t('fix.title') }),
      el('div', { class: 'fix-row before' }, el('span', { class: 'fix-label', text: t('fix.before') }), el('code', { dir: 'auto', text: before })),
      el('div', { class: 'fix-row after' }, el('span', { class: 'fix-label', text: t('fix.after') }), el('code', { dir: 'auto', text: after })));
    box.keys = keys;
    return box;
  }

  /** A readable label for a details key: the interface's own, else the camelCase key spelled out. */
  function detailLabel(k) {
    const own = t('detail.' + k);
    if (own !== 'detail.' + k) return own;
    const words = k.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[-_]+/g, ' ').toLowerCase();
    return words.charAt(0).toUpperCase() + words.slice(1);
  }
  /** A details value in words where the interface knows it (reason, block kind, change), else as given. */
  function detailValue(k, v) {
    if (k === 'blockKind' && typeof v === 'string') return blockKind(v);
    // untranslated-sentence lists its sentences (text, position, reason): the texts are what a translator reads
    if (k === 'sentences' && Array.isArray(v)) return v.map((s) => (s && s.text) || '').join('\n');
    if (typeof v === 'string') {
      const own = t('value.' + k + '.' + v);
      if (own !== 'value.' + k + '.' + v) return own;
    }
    return typeof v === 'string' ? v : typeof v === 'number' ? numberFormat.format(v) : JSON.stringify(v);
  }
  /** Every detail a rule gave, shown as text; URLs in particular are never links. */
  function detailFacts(details, skip) {
    if (!details) return [];
    const out = [];
    for (const [k, v] of Object.entries(details)) {
      if (v === null || v === undefined || v === '' || skip.includes(k)) continue;
      if (Array.isArray(v) && v.length && v.every((x) => x && typeof x === 'object' && !Array.isArray(x))) {
        // A list of records (grouped sentences): each as its text, then its other facts in words.
        out.push(el('dt', { text: detailLabel(k) }), el('dd', {}, el('ul', { class: 'detail-list' }, ...v.map((x) => el('li', { dir: 'auto' },
          typeof x.text === 'string' ? x.text : '',
          ...Object.entries(x).filter(([kk, vv]) => kk !== 'text' && vv !== null && vv !== undefined && vv !== '')
            .map(([kk, vv]) => el('span', { class: 'quiet', text: ' · ' + detailLabel(kk) + ': ' + detailValue(kk, vv) })))))));
        continue;
      }
      const value = detailValue(k, v);
      out.push(el('dt', { text: detailLabel(k) }),
        el('dd', { dir: 'auto' }, /url|opening|syntax|code|found|fix|target|tag/i.test(k) ? el('code', { text: value }) : value));
    }
    return out;
  }

  // ---- keyboard navigation between findings ----
  let pendingFocus = null;
  function setCurrent(k, scroll) {
    if (!pageState) return;
    const cards = pageState.cards;
    if (pageState.current >= 0 && cards[pageState.current]) cards[pageState.current].classList.remove('current');
    document.querySelectorAll('.flash').forEach((e) => e.classList.remove('flash'));
    pageState.current = k;
    const card = cards[k];
    if (!card) return;
    card.classList.add('current');
    writeHash();
    const id = card.getAttribute('data-finding');
    document.querySelectorAll('#aligned [data-finding="' + id + '"]').forEach((e) => e.classList.add('flash'));
    if (scroll) {
      // Show the finding's block (rows are display: contents, so scroll to its cell) with the card below it.
      const notes = card.closest('.notes');
      const cell = notes && notes.previousElementSibling ? notes.previousElementSibling.querySelector('.cell') : null;
      (cell || card).scrollIntoView({ block: 'start' });
      if (card.getBoundingClientRect().bottom > window.innerHeight) card.scrollIntoView({ block: 'end' });
      card.focus({ preventScroll: true });
    }
  }
  function focusCard(k) { setCurrent(k, true); }
  function focusFinding(i) {
    if (!pageState) return;
    const k = pageState.cards.findIndex((c) => c.getAttribute('data-finding') === String(i));
    if (k >= 0) focusCard(k);
  }
  function step(delta) {
    if (pageState && pageState.cards.length) {
      const next = pageState.current + delta;
      if (next >= 0 && next < pageState.cards.length) { focusCard(next); return; }
      if (pageState.current < 0 && delta < 0) { focusCard(pageState.cards.length - 1); return; }
    }
    // past either end: the next (or previous) page that has a matching finding
    const order = S.pages.map((_, p) => p).filter((p) => pageMatches(p) && PAGE_FINDINGS[p].some(findingMatches));
    if (order.length === 0) return;
    const here = pageState ? order.indexOf(pageState.page) : -1;
    let target;
    if (here < 0) target = delta > 0 ? order[0] : order[order.length - 1];
    else target = order[here + delta];
    if (target === undefined) return;
    pendingFocus = delta > 0 ? 'first' : 'last';
    go(S.pages[target].id);
  }
  document.addEventListener('keydown', (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const t = e.target;
    if (t && (t.tagName === 'INPUT' || t.tagName === 'SELECT' || t.tagName === 'TEXTAREA')) {
      if (e.key === 'Escape') t.blur();
      return;
    }
    if ($('rule-dialog').open) return;
    if (e.key === 'j' || e.key === 'n') { e.preventDefault(); step(1); }
    else if (e.key === 'k' || e.key === 'p') { e.preventDefault(); step(-1); }
    else if (e.key === '/') { e.preventDefault(); $('f-text').focus(); }
    else if (e.key === 'g') { e.preventDefault(); go(filter.lang); }
  });

  // ---- routing: #  #<lang>  #<lang>/<path>  #rules  #rule/<id>, then ?rule=…&sev=…&q=…&lang=…&f=N ----
  // The filters and the selected finding travel in the hash, so a copied address opens the same view.
  function encodePath(path) { return path === '' ? '' : path.split('/').map(encodeURIComponent).join('/'); }
  function filterQuery() {
    const q = new URLSearchParams();
    if (filter.rule >= 0) q.set('rule', S.rules[filter.rule].id);
    if (filter.sev.size !== SEVERITIES.length) q.set('sev', SEVERITIES.filter((_, i) => filter.sev.has(i)).join(',') || 'none');
    if (filter.text) q.set('q', filter.text);
    return q;
  }
  function hashFor(path, extra) {
    const q = filterQuery();
    if (filter.lang && !LANGS.has(path)) q.set('lang', filter.lang);
    if (extra) for (const [k, v] of Object.entries(extra)) q.set(k, v);
    const query = q.toString();
    return '#' + encodePath(path) + (query ? '?' + query : '');
  }
  function go(path) {
    const target = hashFor(path);
    if (location.hash === target || (target === '#' && location.hash === '')) render();
    else location.hash = target;
  }
  /** Rewrites the address for the current view and filters without adding a history entry. */
  function writeHash() {
    const { path } = currentRoute();
    const extra = pageState && pageState.current >= 0 ? { f: pageState.current + 1 } : null;
    const target = hashFor(path, extra);
    if (location.hash !== target && !(target === '#' && location.hash === '')) history.replaceState(null, '', target);
  }
  function currentRoute() {
    const raw = location.hash.slice(1);
    const cut = raw.indexOf('?');
    const pathPart = cut < 0 ? raw : raw.slice(0, cut);
    let path;
    try { path = decodeURIComponent(pathPart); } catch (e) { path = pathPart; }
    return { path, params: cut < 0 ? null : new URLSearchParams(raw.slice(cut + 1)) };
  }
  /** Filters named in the address win; an address without them keeps the current ones. */
  function applyParams(params) {
    if (!params) return;
    const rule = params.get('rule');
    filter.rule = rule ? S.rules.findIndex((r) => r.id === rule) : -1;
    const sev = params.get('sev');
    filter.sev = new Set(sev === null ? SEVERITIES.map((_, i) => i)
      : sev.split(',').map((x) => SEVERITIES.indexOf(x)).filter((i) => i >= 0));
    filter.text = (params.get('q') || '').trim().toLowerCase();
    const lang = params.get('lang');
    if (lang !== null && (lang === '' || LANGS.has(lang))) filter.lang = lang;
  }
  async function render() {
    const view = $('view');
    const { path: h, params } = currentRoute();
    applyParams(params);
    if (filter.text) await loadFindings();
    syncFilterControls();
    if (h === 'rules' || h.startsWith('rule/')) {
      pageState = null;
      renderRules(view, h.startsWith('rule/') ? h.slice(5) : null);
      document.body.setAttribute('data-view', 'rules');
    } else if (PAGE_BY_ID.has(h)) {
      const f = params && Number(params.get('f'));
      if (f > 0) pendingFocus = f - 1;
      renderPage(view, PAGE_BY_ID.get(h));
      document.body.setAttribute('data-view', 'page');
    } else {
      pageState = null;
      if (LANGS.has(h)) filter.lang = h;
      else if (h === '') filter.lang = '';
      else {
        view.replaceChildren(el('p', { class: 'notice', text: t('notice.noPage', { page: h }) + ' ' }), route('', t('nav.backToDashboard')));
        updateCount();
        return;
      }
      syncFilterControls();
      renderDashboard(view);
      document.body.setAttribute('data-view', 'dashboard');
    }
    updateCount();
    writeHash();
  }
  function rerender() {
    if (pageState) {
      renderPage($('view'), pageState.page);
      updateCount();
      writeHash();
    } else {
      render();
    }
  }

  // Sticky column headers sit just below the sticky filter bar, whose height depends on the window.
  const topbar = document.querySelector('header.topbar');
  const setTopbar = () => document.documentElement.style.setProperty('--topbar', topbar.offsetHeight + 'px');
  if (window.ResizeObserver) new ResizeObserver(setTopbar).observe(topbar);
  setTopbar();
  $('rule-dialog-close').addEventListener('click', () => $('rule-dialog').close());
  setupFilters();
  translateChrome();
  window.addEventListener('hashchange', render);
  render();
  // The dashboard is up; inflate finding messages in the background for search and page views.
  window.lockstepDashboardShown = performance.now();
  setTimeout(loadFindings, 0);
})();

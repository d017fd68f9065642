(() => {
  'use strict';
  // Lockstep HTML report. Document text is untrusted (it comes from translation pull requests): it only
  // ever reaches the page through textContent / text nodes, never as markup, and no link from a document
  // is ever made clickable. The only hrefs are our own "#…" routes.

  const $ = (id) => document.getElementById(id);
  const readJson = (id) => JSON.parse($(id).textContent);
  const S = readJson('lockstep-summary');
  const BLOBS = readJson('lockstep-pages');
  const FINDINGS_BLOB = readJson('lockstep-findings');
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

  const languageNames = (() => {
    try {
      const names = new Intl.DisplayNames(['en'], { type: 'language' });
      return (code) => { try { return names.of(code) || code; } catch (e) { return code; } };
    } catch (e) {
      return (code) => code;
    }
  })();

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
    if (!blobCache.has(i)) blobCache.set(i, inflate(BLOBS[i]));
    return blobCache.get(i);
  }
  let findingDetails = null; // array of [line, column, message, sourceFile, sourceLine, details, fingerprint]
  let findingDetailsPromise = null;
  function loadFindings() {
    if (!findingDetailsPromise) {
      findingDetailsPromise = (N === 0 ? Promise.resolve([]) : inflate(FINDINGS_BLOB)).then((d) => {
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
  function filtersActive() {
    return filter.rule >= 0 || filter.text !== '' || filter.sev.size !== SEVERITIES.length;
  }

  function setupFilters() {
    const lang = $('f-lang');
    for (const l of S.languages) {
      lang.append(el('option', { value: l.code, text: l.code + ' · ' + languageNames(l.code) }));
    }
    const rule = $('f-rule');
    S.rules.forEach((r, i) => rule.append(el('option', { value: String(i), text: r.id })));
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
  }
  function updateCount() {
    let findings = 0;
    const pages = new Set();
    for (let i = 0; i < N; i++) {
      if (findingMatches(i)) { findings++; pages.add(F_PAGE[i]); }
    }
    $('f-count').textContent = plural(findings, 'finding') + ' on ' + plural(pages.size, 'page');
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
  function percent(cov) {
    return cov.sentences === 0 ? 100 : (100 * cov.translated) / cov.sentences;
  }
  /** One decimal at most, rounded down so a page is never shown 100% translated before it is. */
  function formatPercent(v) {
    const r = Math.floor(v * 10) / 10;
    return (Number.isInteger(r) ? r.toFixed(0) : r.toFixed(1)) + '%';
  }
  function progress(cov, label) {
    const wrap = el('div', { class: 'progress', role: 'img' });
    if (!cov) {
      wrap.classList.add('unknown');
      wrap.setAttribute('aria-label', label + ': translated share n/a');
      wrap.append(el('div', { class: 'progress-track' }), el('span', { class: 'progress-label', text: 'translated: n/a' }));
      return wrap;
    }
    const pct = percent(cov);
    const fill = el('div', { class: 'progress-fill' });
    fill.style.width = pct.toFixed(2) + '%';
    wrap.setAttribute('aria-label', label + ': ' + formatPercent(pct) + ' translated');
    wrap.append(el('div', { class: 'progress-track' }, fill),
      el('span', { class: 'progress-label', text: formatPercent(pct) + ' translated · ' + cov.translated + ' of '
        + cov.sentences + ' sentences' }));
    return wrap;
  }
  function sevBadge(s) {
    return el('span', { class: 'badge sev-' + SEVERITIES[s], text: SEVERITIES[s] });
  }
  function countCells(counts) {
    return SEVERITIES.map((s, i) => el('td', { class: 'num sev-' + s + (counts[i] ? '' : ' zero'), text: counts[i] }));
  }

  // ---- dashboard ----
  function renderDashboard(view) {
    const langs = S.languages.filter((l) => !filter.lang || l.code === filter.lang).map((l) => l.code);
    const matching = [];
    for (let i = 0; i < N; i++) if (findingMatches(i)) matching.push(i);
    const byPage = new Map();
    for (const i of matching) byPage.set(F_PAGE[i], (byPage.get(F_PAGE[i]) || 0) + 1);

    const dash = el('section', { id: 'dashboard', class: 'dashboard' });
    dash.append(el('h1', { text: filter.lang ? languageNames(filter.lang) + ' (' + filter.lang + ')' : 'Translation report' }));
    const sevTotals = SEVERITIES.map(() => 0);
    for (const i of matching) sevTotals[F_SEV[i]]++;
    const pagesShown = S.pages.map((_, p) => p).filter(pageMatches);
    dash.append(el('p', { class: 'lead', id: 'totals' },
      S.pairs + ' translated pages of ' + S.sourcePages + ' source pages in ' + S.languages.length
      + (S.languages.length === 1 ? ' language' : ' languages') + '. Shown: ',
      ...SEVERITIES.flatMap((s, i) => [el('span', { class: 'total sev-' + s, 'data-severity': s, text: plural(sevTotals[i], s) }), i < SEVERITIES.length - 1 ? ', ' : '.'])));

    const cards = el('div', { class: 'cards' });
    for (const code of langs) {
      const pages = [];
      S.pages.forEach((p, i) => { if (p.lang === code) pages.push(i); });
      const counts = SEVERITIES.map(() => 0);
      for (const i of matching) if (S.pages[F_PAGE[i]].lang === code) counts[F_SEV[i]]++;
      const top = pages.filter((p) => byPage.get(p)).sort((a, b) => byPage.get(b) - byPage.get(a)
        || S.pages[a].id.localeCompare(S.pages[b].id)).slice(0, 5);
      const info = LANGS.get(code);
      const card = el('article', { class: 'card', 'data-lang': code },
        el('h2', {}, route(code, languageNames(code)), ' ', el('span', { class: 'code', text: code }),
          info.dir === 'rtl' ? el('span', { class: 'tag', text: 'right to left' }) : null),
        progress(coverageOf(pages), languageNames(code)),
        el('p', { class: 'counts' }, plural(pages.length, 'page') + ' · ',
          ...SEVERITIES.flatMap((s, i) => [el('span', { class: 'count sev-' + s, 'data-severity': s, text: plural(counts[i], s) }), i < SEVERITIES.length - 1 ? ' · ' : ''])));
      if (top.length) {
        card.append(el('h3', { text: 'Most findings' }), el('ol', { class: 'top-pages' },
          ...top.map((p) => el('li', {}, pageLink(p, S.pages[p].id.slice(code.length + 1) || S.pages[p].id), ' ',
            el('span', { class: 'num', text: byPage.get(p) })))));
      } else {
        card.append(el('p', { class: 'quiet', text: 'No findings shown.' }));
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
    const ruleRows = [...perRule.entries()].sort((a, b) => sum(b[1]) - sum(a[1]) || S.rules[a[0]].id.localeCompare(S.rules[b[0]].id));
    dash.append(el('h2', { text: 'Findings by rule' }));
    if (ruleRows.length === 0) {
      dash.append(el('p', { class: 'quiet', text: 'No findings match the filters.' }));
    } else {
      dash.append(el('table', { class: 'grid rules-table', id: 'rules-table' },
        el('thead', {}, el('tr', {}, el('th', { text: 'Rule' }), ...SEVERITIES.map((s) => el('th', { class: 'num', text: s })), el('th', { class: 'num', text: 'total' }))),
        el('tbody', {}, ...ruleRows.map(([r, counts]) => el('tr', { 'data-rule': S.rules[r].id },
          el('td', {}, ruleLink(r), el('div', { class: 'quiet', text: S.rules[r].summary })),
          ...countCells(counts), el('td', { class: 'num', text: sum(counts) }))))));
    }

    // every page
    dash.append(el('h2', { text: 'Pages' }));
    const sorted = pagesShown.sort((a, b) => (byPage.get(b) || 0) - (byPage.get(a) || 0)
      || S.pages[a].lang.localeCompare(S.pages[b].lang) || S.pages[a].id.localeCompare(S.pages[b].id));
    dash.append(el('table', { class: 'grid pages-table', id: 'pages-table' },
      el('thead', {}, el('tr', {}, el('th', { text: 'Page' }), el('th', { text: 'Status' }), el('th', { class: 'pct', text: 'Translated' }),
        ...SEVERITIES.map((s) => el('th', { class: 'num', text: s })))),
      el('tbody', {}, ...sorted.map((p) => {
        const page = S.pages[p];
        const counts = SEVERITIES.map(() => 0);
        for (const i of PAGE_FINDINGS[p]) if (findingMatches(i)) counts[F_SEV[i]]++;
        const cov = coverageOf([p]);
        return el('tr', { 'data-page': page.id },
          el('td', {}, pageLink(p)),
          el('td', { class: 'status status-' + page.status, text: page.status }),
          el('td', { class: 'pct', text: cov ? formatPercent(percent(cov)) : 'n/a' }),
          ...countCells(counts));
      }))));
    if (sorted.length === 0) dash.append(el('p', { class: 'quiet', text: 'No page matches the filters.' }));
    view.replaceChildren(dash);
  }
  function sum(a) { return a.reduce((x, y) => x + y, 0); }
  function plural(n, word) { return n + ' ' + (n === 1 || word === 'info' ? word : word + 's'); }

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
      el('p', {}, sevBadge(SEVERITIES.indexOf(rule.severity)), ' by default · ', rule.summary),
      ...markdown(rule.doc));
  }
  /** The small Markdown subset rule docs use, rendered as text nodes. */
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
      if (line.startsWith('```')) {
        flush(); list = null;
        const code = [];
        for (i++; i < lines.length && !lines[i].startsWith('```'); i++) code.push(lines[i]);
        out.push(el('pre', { class: 'code' }, el('code', { text: code.join('\n') })));
      } else if (/^#{1,6} /.test(line)) {
        flush(); list = null;
        out.push(el('h3', { text: line.replace(/^#+ /, '') }));
      } else if (/^\s*[-*] /.test(line)) {
        flush();
        if (!list) { list = el('ul'); out.push(list); }
        list.append(el('li', {}, ...inline(line.replace(/^\s*[-*] /, ''))));
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
  function inline(text) {
    return text.split(/(`[^`]+`)/).filter((s) => s !== '').map((s) =>
      s.length > 2 && s.startsWith('`') && s.endsWith('`') ? el('code', { text: s.slice(1, -1) }) : document.createTextNode(s));
  }
  function renderRules(view, focusId) {
    const section = el('section', { class: 'rules', id: 'rules' }, el('h1', { text: 'Rules' }));
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
    pageState = { page: p, cards: [], current: -1, token };
    const head = el('div', { class: 'page-head' },
      el('p', { class: 'crumbs' }, route('', '← Dashboard'), ' · ', route(page.lang, languageNames(page.lang) || 'Files')),
      el('h1', { id: 'page-title', text: page.id }),
      el('p', { class: 'paths' }, 'Translation ', el('code', { text: page.translation }),
        page.source ? ' · source ' : '', page.source ? el('code', { text: page.source }) : '',
        ' · ', el('span', { class: 'status status-' + page.status, text: page.status })),
      progress(coverageOf([p]), page.id));
    const section = el('section', { class: 'page', id: 'page', 'data-page': page.id }, head,
      el('p', { class: 'notice', text: 'Loading page…' }));
    view.replaceChildren(section);
    window.scrollTo(0, 0);

    const [details, src, tr] = await Promise.all([loadFindings(),
      page.src >= 0 ? blob(page.src) : null, page.tr >= 0 ? blob(page.tr) : null]);
    if (!pageState || pageState.token !== token) return;
    const shown = PAGE_FINDINGS[p].filter(findingMatches);
    const total = PAGE_FINDINGS[p].length;
    const body = [];
    body.push(el('p', { class: 'counts', id: 'page-counts' }, shown.length + ' of ' + total
      + (total === 1 ? ' finding' : ' findings') + ' shown',
      page.stats ? ' · blocks: ' + page.stats[2] + ' matched, ' + page.stats[3] + ' missing, ' + page.stats[4] + ' extra' : ''));

    // Findings are numbered, and visited with j/k, in the order they appear on screen.
    const cardFor = new Map();
    const numberOf = new Map();
    let ordered = shown;
    if (!src || !tr) {
      shown.forEach((i, n) => numberOf.set(i, n + 1));
      body.push(el('p', { class: 'notice', text: page.status === 'missing'
        ? 'This page has not been translated yet.' : 'No content to show for this file (' + page.status + ').' }));
      body.push(findingList(shown, details, numberOf, cardFor));
    } else {
      const rows = tr.rows.map(([s, t]) => ({ s: s >= 0 ? src.blocks[s] : null, t: t >= 0 ? tr.blocks[t] : null, findings: [] }));
      const loose = [];
      for (const i of shown) {
        const r = rowOf(rows, details[i]);
        if (r < 0) loose.push(i); else rows[r].findings.push(i);
      }
      ordered = loose.concat(...rows.map((r) => r.findings));
      ordered.forEach((i, n) => numberOf.set(i, n + 1));
      if (loose.length) body.push(el('h2', { text: 'About the whole page' }), findingList(loose, details, numberOf, cardFor));
      body.push(legend(page));
      body.push(alignedTable(page, rows, details, numberOf, cardFor));
    }
    section.replaceChildren(head, ...body);
    pageState.cards = ordered.map((i) => cardFor.get(i)).filter(Boolean);
    if (pendingFocus !== null) {
      const which = pendingFocus;
      pendingFocus = null;
      if (pageState.cards.length) focusCard(which === 'last' ? pageState.cards.length - 1 : 0);
    }
    section.setAttribute('data-ready', '');
  }

  /** Which aligned row a finding belongs to: the block it points at, or the missing block it names. */
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
      el('span', { class: 'swatch matched', text: 'matched' }),
      el('span', { class: 'swatch missing', text: 'missing in translation' }),
      el('span', { class: 'swatch extra', text: 'extra in translation' }),
      el('span', { class: 'swatch', }, el('span', { class: 'mark-hl sev-warning', text: 'marked' }), ' where a finding points'),
      el('span', { class: 'swatch' }, el('code', { class: 'span-code lost', text: 'code' }), ' code span lost in translation'));
  }

  function alignedTable(page, rows, details, numberOf, cardFor) {
    const info = LANGS.get(page.lang) || { dir: 'ltr' };
    const table = el('div', { class: 'aligned', id: 'aligned', role: 'table', 'aria-label': 'Source and translation, block by block' },
      el('div', { class: 'row head', role: 'row' },
        el('div', { class: 'cell', role: 'columnheader', text: 'Source (English)' }),
        el('div', { class: 'cell', role: 'columnheader', text: 'Translation (' + languageNames(page.lang) + ')' })));
    rows.forEach((row, r) => {
      const status = row.s && row.t ? 'matched' : row.s ? 'missing' : 'extra';
      const lost = lostCode(row);
      const tMarks = [];
      const sMarks = [];
      for (const i of row.findings) {
        const d = details[i];
        tMarks.push({ i, n: numberOf.get(i), line: d[0], column: d[1], text: highlightText(d[5], 'text', 'translationUrl'), sev: F_SEV[i] });
        const sourceText = highlightText(d[5], 'sourceUrl');
        if (sourceText && row.s) sMarks.push({ i, n: numberOf.get(i), line: 0, column: 0, text: sourceText, sev: F_SEV[i], quiet: true });
      }
      const line = el('div', { class: 'row ' + status, role: 'row', id: 'row-' + r, 'data-status': status },
        el('div', { class: 'cell src', role: 'cell', lang: 'en', dir: 'ltr' },
          row.s ? block(row.s, lost.source, sMarks) : el('div', { class: 'placeholder', text: 'not in the source' })),
        el('div', { class: 'cell tr', role: 'cell', lang: page.lang || null, dir: info.dir },
          row.t ? block(row.t, new Set(), row.t ? tMarks : []) : el('div', { class: 'placeholder', text: 'missing in the translation' }),
          lost.names.length ? el('p', { class: 'lost-note', dir: 'ltr', lang: 'en' }, 'Code not in the translation: ',
            ...lost.names.flatMap((c, k) => [k ? ', ' : '', el('code', { class: 'span-code lost', text: c })])) : null));
      table.append(line);
      if (row.findings.length) {
        table.append(el('div', { class: 'row notes', role: 'row' },
          el('div', { class: 'cell', role: 'cell' }, findingList(row.findings, details, numberOf, cardFor))));
      }
    });
    return table;
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
  function block(b, lostSpans, marks) {
    const [line, endLine, , kind, raw, admonition, codes] = b;
    const meta = el('div', { class: 'meta', dir: 'ltr', lang: 'en' },
      el('span', { class: 'lines', text: line === endLine ? 'L' + line : 'L' + line + '–' + endLine }), ' ', kind);
    if (admonition) {
      meta.append(' · ' + admonition[1] + ' · ', el('span', { class: 'syntax', title: 'admonition syntax: ' + admonition[2] }, admonition[0] + ' syntax'));
    }
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
          pre.append(el('a', { class: 'pin sev-' + SEVERITIES[p.m.sev], href: '#', 'data-finding': p.m.i, 'aria-label': 'finding ' + p.m.n,
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
    const wanted = text.replace(/\s+/g, ' ').trim();
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

  function findingList(list, details, numberOf, cardFor) {
    return el('ol', { class: 'findings' }, ...list.map((i) => {
      const card = findingCard(i, details[i], numberOf.get(i));
      cardFor.set(i, card);
      return card;
    }));
  }

  function findingCard(i, d, n) {
    const [line, column, message, sourceFile, sourceLine, details] = d;
    const card = el('li', { class: 'finding sev-' + SEVERITIES[F_SEV[i]], id: 'finding-' + i, tabindex: '-1', 'data-finding': i, dir: 'ltr', lang: 'en' },
      el('div', { class: 'finding-head' },
        el('span', { class: 'number', text: n }), ' ', sevBadge(F_SEV[i]), ' ', ruleLink(F_RULE[i]),
        line > 0 ? el('span', { class: 'where', text: ' line ' + line + ':' + column }) : null,
        sourceFile && sourceLine > 0 ? el('span', { class: 'where', text: ' · source line ' + sourceLine }) : null),
      el('p', { class: 'message', text: message }));
    const facts = detailFacts(details);
    if (facts.length) card.append(el('dl', { class: 'details' }, ...facts));
    card.addEventListener('click', (e) => {
      if (e.target.closest('a')) return;
      setCurrent(pageState.cards.indexOf(card), false);
    });
    return card;
  }

  const DETAIL_LABELS = {
    sourceUrl: 'Link in the source', translationUrl: 'Link in the translation',
    sourceSyntax: 'Source admonition syntax', translationSyntax: 'Translation admonition syntax',
    sourceOpening: 'Source opening', translationOpening: 'Translation opening',
    text: 'Text', sourceText: 'Source text', translationText: 'Translated text',
  };
  /** Every detail a rule gave, shown as text; URLs in particular are never links. */
  function detailFacts(details) {
    if (!details) return [];
    const out = [];
    for (const [k, v] of Object.entries(details)) {
      if (v === null || v === undefined || v === '') continue;
      const value = typeof v === 'string' ? v : JSON.stringify(v);
      out.push(el('dt', { text: DETAIL_LABELS[k] || k }),
        el('dd', {}, /url|opening|syntax|code/i.test(k) ? el('code', { text: value }) : value));
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

  // ---- routing: #  #<lang>  #<lang>/<path>  #rules  #rule/<id> ----
  function go(hash) {
    const encoded = hash === '' ? '' : '#' + hash.split('/').map(encodeURIComponent).join('/');
    if (location.hash === encoded || (encoded === '' && location.hash === '')) render();
    else location.hash = encoded;
  }
  function currentRoute() {
    try { return decodeURIComponent(location.hash.slice(1)); } catch (e) { return location.hash.slice(1); }
  }
  function render() {
    const view = $('view');
    const h = currentRoute();
    if (h === 'rules' || h.startsWith('rule/')) {
      pageState = null;
      renderRules(view, h.startsWith('rule/') ? h.slice(5) : null);
    } else if (PAGE_BY_ID.has(h)) {
      renderPage(view, PAGE_BY_ID.get(h));
    } else {
      pageState = null;
      if (LANGS.has(h)) filter.lang = h;
      else if (h === '') filter.lang = '';
      else {
        view.replaceChildren(el('p', { class: 'notice', text: 'No page named ' + h + ' in this report. ' }), route('', 'Back to the dashboard'));
        updateCount();
        return;
      }
      syncFilterControls();
      renderDashboard(view);
      document.body.setAttribute('data-view', 'dashboard');
    }
    if (PAGE_BY_ID.has(h)) document.body.setAttribute('data-view', 'page');
    else if (h === 'rules' || h.startsWith('rule/')) document.body.setAttribute('data-view', 'rules');
    updateCount();
  }
  function rerender() {
    if (pageState) {
      const keep = pageState.page;
      renderPage($('view'), keep);
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
  $('subtitle').textContent = S.tool.name + ' ' + S.tool.version;
  setupFilters();
  window.addEventListener('hashchange', render);
  render();
  // The dashboard is up; inflate finding messages in the background for search and page views.
  window.lockstepDashboardShown = performance.now();
  setTimeout(loadFindings, 0);
})();

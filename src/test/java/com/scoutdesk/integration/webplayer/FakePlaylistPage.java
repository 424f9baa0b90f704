package com.scoutdesk.integration.webplayer;

/**
 * The HTML of a fake playlist page that behaves like the real one where it matters: a cookie banner covers it at
 * first; its script loads the items as JSON through GraphQL-style requests (the first page by GET with the
 * operation name in the URL, later pages by POST with it in the body), only for the rows scrolled into view; and
 * the track list is virtualised, so at most 30 rows exist in the DOM at any time and they are rebuilt on scroll.
 *
 * <p>Two layouts: by default the page's main area scrolls and the grid is drawn at the full height of the playlist,
 * with placeholder rows until their items arrive. With {@link PlaylistFixture#gridScrollsItself()} the grid is the
 * element that scrolls (the main area does not), and it only grows as it is scrolled: when its last row comes into
 * view, a loading row is appended and the next page of items requested, as infinite lists do.
 */
final class FakePlaylistPage {

    static final int FIRST_LIMIT = 25;
    static final int LIMIT = 50;
    static final int MAX_ROWS = 30;

    private static final String TEMPLATE = """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>Spotify - Web Player</title>
            <style>
              body { margin: 0; font: 14px sans-serif; }
              #main { position: fixed; top: 0; left: 0; right: 0; bottom: 0; overflow-y: auto; }
              header { height: 320px; padding: 16px; box-sizing: border-box; }
              [role=grid] { position: relative; }
              [role=row] { position: absolute; left: 0; right: 0; height: 56px; display: flex; gap: 12px; }
              [role=gridcell] { flex: 1; overflow: hidden; white-space: nowrap; }
              body.grid-scrolls #main { overflow: hidden; display: flex; flex-direction: column; }
              body.grid-scrolls header { flex: none; }
              body.grid-scrolls [role=grid] { flex: 1; min-height: 0; overflow-y: auto; }
              #onetrust-banner-sdk { position: fixed; top: 0; left: 0; right: 0; bottom: 0;
                                     background: rgba(0, 0, 0, 0.5); z-index: 10; }
              #onetrust-accept-btn-handler { position: absolute; bottom: 40px; right: 40px; padding: 12px; }
            </style></head>
            <body class="__LAYOUT__">
            <div id="main">
              <header><h1 data-encore-id="type" id="title"></h1>
                <div data-testid="entityHeaderSubtitle"><a id="curator"></a></div></header>
              <div data-testid="playlist-tracklist" role="grid" aria-rowcount="1">
                <div role="row" aria-rowindex="1" style="top: 0"><div role="columnheader">#</div>
                  <div role="columnheader">Title</div></div>
                <div id="rows"></div>
              </div>
            </div>
            <div id="onetrust-banner-sdk" hidden><button id="onetrust-accept-btn-handler">Accept Cookies</button></div>
            <script>
            const CFG = __CONFIG__;
            const ROW_H = 56, OVERSCAN = 6, MAX_ROWS = __MAX_ROWS__;
            const main = document.getElementById('main');
            const grid = document.querySelector('[role=grid]');
            const rowsEl = document.getElementById('rows');
            const scroller = CFG.gridScrolls ? grid : main;
            const items = new Map();
            const requested = new Set();
            const failed = new Set();
            let total = null;
            let loaded = 0;
            const EXT = { persistedQuery: { version: 1, sha256Hash: 'ab12cd34ef56' } };
            const playlistOf = j => { const d = (j && j.data) || {}; return d.playlistV2 || d.playlistV3 || null; };
            function norm(it) {
              if (it.itemV2) {
                const d = it.itemV2.data;
                return { id: d.uri.split(':')[2], name: d.name, album: d.albumOfTrack.name,
                         ms: d.trackDuration.totalMilliseconds,
                         artists: d.artists.items.map(a => ({ id: a.uri.split(':')[2], name: a.profile.name })) };
              }
              const t = it.item;
              return { id: t.id, name: t.title, artists: t.artists, album: t.album.title, ms: t.durationMs };
            }
            async function query(op, variables, post) {
              const r = post
                ? await fetch('/pathfinder/v2/query', { method: 'POST', headers: { 'content-type': 'application/json' },
                    body: JSON.stringify({ variables, operationName: op, extensions: EXT }) })
                : await fetch('/pathfinder/v1/query?operationName=' + op + '&variables='
                    + encodeURIComponent(JSON.stringify(variables)) + '&extensions='
                    + encodeURIComponent(JSON.stringify(EXT)));
              return r.ok ? r.json() : null;
            }
            const chunkStart = i => i < CFG.firstLimit ? 0
                : CFG.firstLimit + Math.floor((i - CFG.firstLimit) / CFG.limit) * CFG.limit;
            async function load(offset) {
              if (requested.has(offset)) return;
              requested.add(offset);
              const first = offset === 0;
              const j = await query(first ? CFG.firstOp : CFG.contentsOp,
                  { uri: 'spotify:playlist:' + CFG.id, offset, limit: first ? CFG.firstLimit : CFG.limit }, !first);
              const p = playlistOf(j);
              if (!p) { failed.add(offset); render(); return; }
              if (p.__typename === 'NotFound') {
                main.innerHTML = "<h1>Couldn't find that playlist</h1><p>Search for something else?</p>";
                return;
              }
              if (first) {
                document.getElementById('title').textContent = p.name || p.title;
                const owner = p.ownerV2 ? p.ownerV2.data : null;
                if (owner) {
                  const a = document.getElementById('curator');
                  a.textContent = owner.name;
                  a.href = '/user/' + owner.username;
                }
              }
              const c = p.content || p.tracks;
              total = c.totalCount !== undefined ? c.totalCount : c.total;
              grid.setAttribute('aria-rowcount', total + 1);
              c.items.forEach((it, k) => items.set(offset + k, norm(it)));
              while (items.has(loaded)) loaded++;
              if (CFG.gridScrolls) {
                rowsEl.style.height = ((loaded + (loaded < total ? 2 : 1)) * ROW_H) + 'px';
              } else {
                grid.style.height = ((total + 1) * ROW_H) + 'px';
              }
              render();
            }
            function row(i, it, style) {
              const artists = it.artists.map(a => '<a href="/artist/' + a.id + '">' + a.name + '</a>').join(', ');
              const secs = Math.floor(it.ms / 1000);
              const duration = Math.floor(secs / 60) + ':' + String(secs % 60).padStart(2, '0');
              return '<div role="row" aria-rowindex="' + (i + 2) + '" style="' + style + '">'
                + '<div data-testid="tracklist-row" role="presentation">'
                + '<div role="gridcell" aria-colindex="1"><span>' + (i + 1) + '</span></div>'
                + '<div role="gridcell" aria-colindex="2"><a data-testid="internal-track-link" href="/track/' + it.id
                + '"><div>' + it.name + '</div></a><span>' + artists + '</span></div>'
                + '<div role="gridcell" aria-colindex="3"><a href="/album/al' + (i + 1) + '">' + it.album + '</a></div>'
                + '<div role="gridcell" aria-colindex="4"><div>' + duration + '</div></div></div></div>';
            }
            function render() {
              if (total === null) return;
              const top = scroller.scrollTop - (CFG.gridScrolls ? 0 : grid.offsetTop) - ROW_H;
              const first = Math.max(0, Math.floor(top / ROW_H) - OVERSCAN);
              const visible = Math.ceil(scroller.clientHeight / ROW_H) + 2 * OVERSCAN;
              const end = CFG.gridScrolls ? loaded : total;
              const last = Math.min(end, first + Math.min(MAX_ROWS, visible));
              const html = [];
              const placeholder = i => '<div role="row" aria-rowindex="' + (i + 2) + '" style="top: '
                  + ((i + 1) * ROW_H) + 'px"><div data-testid="tracklist-row" class="loading"></div></div>';
              for (let i = first; i < last; i++) {
                const it = items.get(i);
                if (it) {
                  html.push(row(i, it, 'top: ' + ((i + 1) * ROW_H) + 'px'));
                } else {
                  html.push(placeholder(i));
                  load(chunkStart(i));
                }
              }
              if (CFG.gridScrolls && last === loaded && loaded < total && !failed.has(chunkStart(loaded))) {
                html.push(placeholder(loaded));
                load(chunkStart(loaded));
              }
              rowsEl.innerHTML = html.join('');
              window.maxRowsSeen = Math.max(window.maxRowsSeen || 0, rowsEl.children.length);
            }
            scroller.addEventListener('scroll', render, { passive: true });
            if (!document.cookie.includes('OptanonAlertBoxClosed')) {
              const banner = document.getElementById('onetrust-banner-sdk');
              banner.hidden = false;
              document.getElementById('onetrust-accept-btn-handler').addEventListener('click', () => {
                document.cookie = 'OptanonAlertBoxClosed=' + new Date().toISOString() + '; path=/';
                banner.remove();
                fetch('/consent', { method: 'POST' });
              });
            }
            load(0);
            </script></body></html>
            """;

    private FakePlaylistPage() {
    }

    static String html(PlaylistFixture playlist) {
        String config = "{\"id\":\"" + playlist.id() + "\",\"firstOp\":\"" + playlist.firstOperation()
                + "\",\"contentsOp\":\"" + playlist.contentsOperation() + "\",\"firstLimit\":" + FIRST_LIMIT
                + ",\"limit\":" + LIMIT + ",\"gridScrolls\":" + playlist.gridScrollsItself() + "}";
        return TEMPLATE.replace("__CONFIG__", config).replace("__MAX_ROWS__", String.valueOf(MAX_ROWS))
                .replace("__LAYOUT__", playlist.gridScrollsItself() ? "grid-scrolls" : "page-scrolls");
    }
}

package com.scoutdesk.integration.webplayer;

/**
 * The HTML of a fake track page that behaves like the real one where it matters (external-apis.md section 3.1): its
 * script asks for {@code getTrack} by GET and shows the play count; the credits are not loaded with the page but
 * only when "More options" and then "View credits" are clicked, which POSTs the credits query and opens a dialog
 * listing names and roles in a {@code <dl>}.
 */
final class FakeTrackPage {

    private static final String TEMPLATE = """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>Spotify - Web Player</title>
            <style>
              [role=dialog] { position: fixed; top: 40px; left: 40px; right: 40px; background: #fff; }
              [role=menu] { position: absolute; top: 120px; left: 20px; background: #eee; }
            </style></head>
            <body>
            <main>
              <h1 data-encore-id="type" id="title"></h1>
              <span data-testid="playcount" id="playcount"></span>
              <div id="actions" hidden>
                <button data-testid="play-button">Play</button>
                <button data-testid="more-button" aria-label="More options" id="more">...</button>
              </div>
              <div role="menu" id="menu" hidden></div>
            </main>
            <script>
            const CFG = __CONFIG__;
            const EXT = { persistedQuery: { version: 1, sha256Hash: 'fe12dc34ba56' } };
            async function query(op, variables, post) {
              const r = post
                ? await fetch('/pathfinder/v2/query', { method: 'POST', headers: { 'content-type': 'application/json' },
                    body: JSON.stringify({ variables, operationName: op, extensions: EXT }) })
                : await fetch('/pathfinder/v1/query?operationName=' + op + '&variables='
                    + encodeURIComponent(JSON.stringify(variables)) + '&extensions='
                    + encodeURIComponent(JSON.stringify(EXT)));
              return r.ok ? r.json() : null;
            }
            const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
            const esc = s => String(s).replace(/[&<>"]/g, c => ENTITIES[c]);
            async function openCredits() {
              document.getElementById('menu').hidden = true;
              const j = await query(CFG.creditsOp, { trackUri: 'spotify:track:' + CFG.id, contributorsLimit: 100,
                  contributorsOffset: 0 }, true);
              const items = (((j || {}).data || {}).trackUnion || {}).creditsTrait.contributors.items;
              const groups = new Map();
              for (const c of items) {
                const g = c.roleGroup.name;
                if (!groups.has(g)) groups.set(g, []);
                groups.get(g).push(c);
              }
              let html = '<h2>Credits</h2>';
              for (const [g, list] of groups) {
                html += '<h3>' + esc(g) + '</h3><dl>';
                for (const c of list) {
                  const name = c.uri
                      ? '<a href="/artist/' + c.uri.split(':')[2] + '">' + esc(c.name) + '</a>' : esc(c.name);
                  html += '<dt>' + name + '</dt><dd>' + esc(c.role) + '</dd>';
                }
                html += '</dl>';
              }
              const dialog = document.createElement('div');
              dialog.setAttribute('role', 'dialog');
              dialog.setAttribute('data-testid', 'credits-modal');
              dialog.innerHTML = html;
              document.body.appendChild(dialog);
            }
            document.getElementById('more').addEventListener('click', () => {
              const menu = document.getElementById('menu');
              const labels = ['Add to playlist', 'Go to artist', 'Share'];
              if (CFG.hasCredits) labels.splice(2, 0, 'View credits');
              menu.innerHTML = labels.map(l => '<button role="menuitem">' + l + '</button>').join('');
              for (const b of menu.querySelectorAll('button')) {
                if (b.textContent === 'View credits') b.addEventListener('click', openCredits);
              }
              menu.hidden = false;
            });
            (async () => {
              try {
                const j = await query('getTrack', { uri: 'spotify:track:' + CFG.id }, false);
                const t = j.data.trackUnion;
                document.getElementById('title').textContent = t.name;
                if (/^\\d+$/.test(t.playcount || '')) {
                  document.getElementById('playcount').textContent = Number(t.playcount).toLocaleString('en-US');
                }
              } catch (e) {
                // a broken answer leaves the header empty, as the real page would
              }
              document.getElementById('actions').hidden = false;
            })();
            </script></body></html>
            """;

    private FakeTrackPage() {
    }

    static String html(TrackFixture track) {
        String config = "{\"id\":\"" + track.id() + "\",\"creditsOp\":\"" + track.creditsOperation()
                + "\",\"hasCredits\":" + (track.contributors() != null) + "}";
        return TEMPLATE.replace("__CONFIG__", config);
    }
}

package com.scoutdesk.integration.webplayer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Page;
import com.scoutdesk.integration.common.ChangedShapeException;
import com.scoutdesk.integration.common.Provider;
import com.scoutdesk.model.fetch.FetchedArtist;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the playlist page's DOM in one round trip per snapshot, using the selectors known from the real page
 * (external-apis.md section 3.1). Positions come from the row's {@code aria-rowindex} (the header row is 1), or
 * else from the number in its first cell.
 */
final class DomReader {

    /** OneTrust's accept button first, then the generic fallbacks seen on Spotify pages. */
    static final List<String> CONSENT_SELECTORS = List.of("#onetrust-accept-btn-handler",
            "button[id*=\"onetrust-accept\"]", "button[aria-label*=\"Accept\"]",
            "[data-testid=\"accept-all-cookies\"]");

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Counts the page's animation frames: the page's own clock. On a busy machine it slows down with the page, so
     * "no new rows for so many frames" means the page had its chance, where "for so many seconds" may not.
     */
    static final String FRAME_COUNTER = """
            (() => {
              if ('__scoutdeskFrames' in window) return;
              let frames = 0;
              Object.defineProperty(window, '__scoutdeskFrames', { get: () => frames });
              const tick = () => { frames++; requestAnimationFrame(tick); };
              requestAnimationFrame(tick);
            })();
            """;

    /**
     * Finds the element that scrolls the track list: the first scrollable element at or above the rows. That is
     * the grid itself when it scrolls itself, an ancestor when the page scrolls around a full-height grid, or the
     * document when nothing else does. Starting at a row, not at the grid's parent, is what finds the grid.
     */
    private static final String SCROLLER = """
            const grid = document.querySelector('[data-testid="playlist-tracklist"], [role="grid"]');
            const scroller = (() => {
              const scrolls = el => el.scrollHeight > el.clientHeight + 1
                  && /(auto|scroll|overlay)/.test(getComputedStyle(el).overflowY);
              const firstRow = grid && (grid.querySelector('[data-testid="tracklist-row"]')
                  || grid.querySelector('[role="row"]'));
              const start = firstRow && firstRow !== grid ? firstRow.parentElement : grid;
              for (let el = start; el && el !== document.body && el !== document.documentElement;
                  el = el.parentElement) {
                if (scrolls(el)) return el;
              }
              return document.scrollingElement || document.documentElement;
            })();
            """;

    private static final String SNAPSHOT = "([checkNotFound, consentSelectors]) => {" + SCROLLER + """
            const num = s => { const n = parseInt(String(s || '').trim(), 10); return Number.isFinite(n) ? n : null; };
            const idOf = (href, kind) => {
              const m = (href || '').match(new RegExp('/' + kind + '/([A-Za-z0-9]+)'));
              return m ? m[1] : null;
            };
            const text = el => el ? (el.textContent || '').trim() || null : null;
            const out = { rows: [], placeholders: 0 };
            const seen = new Set();
            for (const el of document.querySelectorAll('[data-testid="tracklist-row"], [role="row"]')) {
              const row = el.closest('[role="row"]') || el;
              if (seen.has(row)) continue;
              seen.add(row);
              const link = row.querySelector('a[href*="/track/"]');
              const isTrackRow = row.matches('[data-testid="tracklist-row"]')
                  || row.querySelector('[data-testid="tracklist-row"]');
              if (!link) { if (isTrackRow) out.placeholders++; continue; }
              const rowIndex = num(row.getAttribute('aria-rowindex'));
              const position = rowIndex !== null ? rowIndex - 1 : num(text(row.querySelector('[aria-colindex="1"]')));
              const artists = [];
              const artistHrefs = new Set();
              for (const a of row.querySelectorAll('[data-testid="track-artist"] a, a[href*="/artist/"]')) {
                const href = a.getAttribute('href');
                if (artistHrefs.has(href)) continue;
                artistHrefs.add(href);
                artists.push({ id: idOf(href, 'artist'), name: text(a) });
              }
              let duration = null;
              for (const cell of row.querySelectorAll('[role="gridcell"], div, span')) {
                const t = (cell.childElementCount === 0 ? cell.textContent : '').trim();
                const m = t.match(/^(?:(\\d+):)?(\\d{1,2}):(\\d{2})$/);
                if (m) duration = ((num(m[1]) || 0) * 3600 + num(m[2]) * 60 + num(m[3])) * 1000;
              }
              out.rows.push({ position, trackId: idOf(link.getAttribute('href'), 'track'), title: text(link),
                  artists, album: text(row.querySelector('a[href*="/album/"]')), duration });
            }
            out.expectedTotal = grid ? num(grid.getAttribute('aria-rowcount')) : null;
            if (out.expectedTotal !== null) out.expectedTotal -= 1;
            out.scrollTop = scroller.scrollTop;
            out.scrollHeight = scroller.scrollHeight;
            out.clientHeight = scroller.clientHeight;
            out.atBottom = scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 2;
            out.scroller = scroller.tagName.toLowerCase() + (scroller.id ? '#' + scroller.id : '')
                + (scroller.getAttribute('role') ? '[role=' + scroller.getAttribute('role') + ']' : '');
            out.frames = typeof window.__scoutdeskFrames === 'number' ? window.__scoutdeskFrames : -1;
            // The wheel scrolls what is under the pointer: aim at the part of the grid that the scroller shows.
            const viewport = { left: 0, right: innerWidth, top: 0, bottom: innerHeight };
            const box = el => el ? el.getBoundingClientRect() : viewport;
            const g = box(grid);
            const s = scroller === document.scrollingElement || scroller === document.documentElement
                ? viewport : box(scroller);
            const left = Math.max(g.left, s.left, 0), right = Math.min(g.right, s.right, innerWidth);
            const top = Math.max(g.top, s.top, 0), bottom = Math.min(g.bottom, s.bottom, innerHeight);
            out.wheelX = right > left ? (left + right) / 2 : innerWidth / 2;
            out.wheelY = bottom > top ? (top + bottom) / 2 : innerHeight / 2;
            const title = document.querySelector('h1[data-encore-id="type"], [data-testid="entityTitle"] h1, h1');
            out.title = text(title);
            const curator = document.querySelector('[data-testid="entityHeaderSubtitle"] a');
            out.curatorName = text(curator);
            out.curatorId = curator ? idOf(curator.getAttribute('href'), 'user') : null;
            out.notFound = checkNotFound && !!document.body
                && /couldn.t find that playlist/i.test(document.body.innerText || '');
            out.consentSelector = null;
            for (const selector of consentSelectors) {
              const el = document.querySelector(selector);
              if (el && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden') {
                out.consentSelector = selector;
                break;
              }
            }
            return JSON.stringify(out);
            }""";

    private static final String SCROLL_BY = "(px) => {" + SCROLLER + "scroller.scrollBy(0, px); }";

    private DomReader() {
    }

    /** One snapshot; {@code checkNotFound} reads the page text as well, which costs a layout, so only early on. */
    static DomSnapshot snapshot(Page page, boolean checkNotFound) {
        Object result = page.evaluate(SNAPSHOT, List.of(checkNotFound, CONSENT_SELECTORS));
        JsonNode root;
        try {
            root = JSON.readTree(String.valueOf(result));
        } catch (JsonProcessingException e) {
            throw new ChangedShapeException(Provider.SPOTIFY_WEB_PLAYER, "the page could not be read", e);
        }
        List<DomSnapshot.Row> rows = new ArrayList<>();
        for (JsonNode row : root.path("rows")) {
            if (row.path("position").canConvertToInt() && row.path("position").intValue() > 0
                    && row.path("trackId").isTextual()) {
                rows.add(row(row));
            }
        }
        JsonNode expected = root.path("expectedTotal");
        return new DomSnapshot(rows, root.path("placeholders").asInt(),
                // A grid with only its header row is what the page shows before its data arrived: not "empty".
                expected.canConvertToInt() && expected.intValue() > 0 ? Integer.valueOf(expected.intValue()) : null,
                new DomSnapshot.Scroll(textOrNull(root.path("scroller")), root.path("scrollTop").asDouble(),
                        root.path("scrollHeight").asDouble(), root.path("clientHeight").asDouble(),
                        root.path("atBottom").asBoolean(), root.path("wheelX").asDouble(),
                        root.path("wheelY").asDouble()),
                root.path("frames").asLong(-1), textOrNull(root.path("title")), textOrNull(root.path("curatorName")),
                textOrNull(root.path("curatorId")), root.path("notFound").asBoolean(),
                textOrNull(root.path("consentSelector")));
    }

    /** Scrolls the list's scrolling element directly, for when wheel events do not reach it. */
    static void scrollBy(Page page, int pixels) {
        page.evaluate(SCROLL_BY, pixels);
    }

    private static DomSnapshot.Row row(JsonNode row) {
        List<FetchedArtist> artists = new ArrayList<>();
        for (JsonNode artist : row.path("artists")) {
            String name = textOrNull(artist.path("name"));
            if (name != null) {
                artists.add(new FetchedArtist(textOrNull(artist.path("id")), name));
            }
        }
        JsonNode duration = row.path("duration");
        return new DomSnapshot.Row(row.path("position").intValue(), row.path("trackId").asText(),
                textOrNull(row.path("title")), artists, textOrNull(row.path("album")),
                duration.canConvertToInt() ? Integer.valueOf(duration.intValue()) : null);
    }

    private static String textOrNull(JsonNode node) {
        return node.isTextual() && !node.asText().isBlank() ? node.asText() : null;
    }
}

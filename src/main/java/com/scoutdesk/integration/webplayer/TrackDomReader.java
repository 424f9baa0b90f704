package com.scoutdesk.integration.webplayer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Page;
import com.scoutdesk.integration.common.ChangedShapeException;
import com.scoutdesk.integration.common.Provider;
import com.scoutdesk.model.fetch.FetchedCredit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a track page in one round trip: the play count, the "More options" button, the credits menu item and the
 * credits dialog, with the selectors known from the real page (external-apis.md section 3.1). Buttons found are
 * marked with {@code data-scoutdesk} so that the job clicks exactly them, as a hand would.
 */
final class TrackDomReader {

    static final String MORE_BUTTON = "[data-scoutdesk=\"more\"]";
    static final String CREDITS_ITEM = "[data-scoutdesk=\"credits\"]";

    /** Exact counts only ("1,234,567"); abbreviated ones ("1.2M") are not a play count we may store. */
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:[,.\\s\\u00a0'\\u202f]\\d{3})*|\\d+");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String SNAPSHOT = """
            ([consentSelectors]) => {
              const text = el => el ? (el.textContent || '').trim() : '';
              const shown = el => !!el && el.getClientRects().length > 0
                  && getComputedStyle(el).visibility !== 'hidden';
              const out = {};
              const count = document.querySelector('[data-testid="playcount"]')
                  || [...document.querySelectorAll('[aria-label]')]
                      .find(e => /streams/i.test(e.getAttribute('aria-label')));
              out.playcount = count ? (text(count) || count.getAttribute('aria-label')) : null;
              const more = [...document.querySelectorAll(
                  'button[data-testid="more-button"], button[aria-label^="More options"]')]
                  .find(shown);
              if (more) more.setAttribute('data-scoutdesk', 'more');
              out.more = !!more;
              const items = [...document.querySelectorAll(
                  '[role="menuitem"], [role="menu"] button, #context-menu button')]
                  .filter(shown);
              out.menu = items.length > 0;
              const credits = items.find(e => /^(view|show) credits$/i.test(text(e)));
              if (credits) credits.setAttribute('data-scoutdesk', 'credits');
              out.creditsItem = !!credits;
              const dialog = [...document.querySelectorAll('[data-testid="credits-modal"], [role="dialog"]')]
                  .find(shown);
              out.dialog = !!dialog;
              out.credits = [];
              if (dialog) {
                let group = null;
                for (const el of dialog.querySelectorAll('h2, h3, h4, dt')) {
                  if (el.tagName !== 'DT') { group = text(el); continue; }
                  const link = el.querySelector('a[href*="/artist/"]');
                  const next = el.nextElementSibling;
                  const dd = next && next.tagName === 'DD' ? next : null;
                  out.credits.push({ name: text(el), href: link ? link.getAttribute('href') : null,
                      role: dd ? text(dd) : null, group });
                }
              }
              out.notFound = !!document.body && /couldn.t find that (track|song)/i.test(document.body.innerText || '');
              out.consentSelector = consentSelectors.find(s => shown(document.querySelector(s))) || null;
              return JSON.stringify(out);
            }""";

    private TrackDomReader() {
    }

    /** What the page shows right now. */
    record Snapshot(Long playCount, boolean moreButton, boolean menuOpen, boolean creditsItem, boolean dialog,
                    List<FetchedCredit> credits, boolean notFound, String consentSelector) {
    }

    static Snapshot snapshot(Page page) {
        JsonNode root;
        try {
            root = JSON.readTree(String.valueOf(page.evaluate(SNAPSHOT, List.of(DomReader.CONSENT_SELECTORS))));
        } catch (JsonProcessingException e) {
            throw new ChangedShapeException(Provider.SPOTIFY_WEB_PLAYER, "the track page could not be read", e);
        }
        Map<String, FetchedCredit> credits = new LinkedHashMap<>();
        for (JsonNode c : root.path("credits")) {
            String name = c.path("name").asText("").strip();
            if (!name.isEmpty()) {
                String role = c.path("role").isTextual() ? c.path("role").asText() : null;
                String group = c.path("group").isTextual() ? c.path("group").asText() : null;
                TrackJson.add(credits, new FetchedCredit(name, TrackJson.artistId(c.path("href").asText(null)),
                        CreditRoles.of(group, role), role == null ? group : role));
            }
        }
        return new Snapshot(playCount(root.path("playcount").asText(null)), root.path("more").asBoolean(),
                root.path("menu").asBoolean(), root.path("creditsItem").asBoolean(), root.path("dialog").asBoolean(),
                List.copyOf(credits.values()), root.path("notFound").asBoolean(),
                root.path("consentSelector").isTextual() ? root.path("consentSelector").asText() : null);
    }

    /** "1,234,567" or "1 234 567 streams" -> 1234567; abbreviated or unreadable -> null. */
    static Long playCount(String text) {
        if (text == null) {
            return null;
        }
        String number = text.strip().replaceAll("(?i)\\s*(streams|plays)$", "");
        if (!GROUPED.matcher(number).matches()) {
            return null;
        }
        String digits = number.replaceAll("\\D", "");
        return digits.length() > 18 ? null : Long.valueOf(digits);
    }
}

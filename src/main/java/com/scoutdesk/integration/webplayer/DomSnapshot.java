package com.scoutdesk.integration.webplayer;

import com.scoutdesk.model.fetch.FetchedArtist;
import java.util.List;

/**
 * What the playlist page showed at one moment. The track list is virtualised (only the rows near the viewport
 * exist), so a snapshot holds a window of rows; the whole list is the union of the snapshots taken while scrolling.
 *
 * @param rows             the track rows on screen that had a track link and a position
 * @param placeholders     rows drawn but not filled yet (their items are still loading)
 * @param expectedTotal    the grid's {@code aria-rowcount} minus its header row, or null (also when that is 0)
 * @param scroll           where the element that scrolls the list stands
 * @param frames           animation frames the page has drawn so far (its own clock), or -1 when unknown
 * @param notFound         the page says the playlist does not exist
 * @param consentSelector  the selector of a visible cookie-consent accept button, or null
 */
record DomSnapshot(List<Row> rows, int placeholders, Integer expectedTotal, Scroll scroll, long frames, String title,
                   String curatorName, String curatorId, boolean notFound, String consentSelector) {

    DomSnapshot {
        rows = List.copyOf(rows);
    }

    /**
     * The element that scrolls the track list: the grid itself, an ancestor of it, or the document.
     *
     * @param element      a short description for logs, e.g. {@code div#main} or {@code div[role=grid]}
     * @param atBottom     whether it cannot scroll further down
     * @param wheelX       a point over the visible part of the list, where the mouse wheel scrolls it
     */
    record Scroll(String element, double top, double height, double visibleHeight, boolean atBottom, double wheelX,
                  double wheelY) {
    }

    /** One track row as the page draws it; everything but the position and track id may be null. */
    record Row(int position, String trackId, String title, List<FetchedArtist> artists, String album,
               Integer durationMs) {

        Row {
            artists = List.copyOf(artists);
        }
    }
}

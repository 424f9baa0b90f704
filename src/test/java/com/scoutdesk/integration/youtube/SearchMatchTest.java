package com.scoutdesk.integration.youtube;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The matching rule of search results, case by case. */
class SearchMatchTest {

    private static SearchHit hit(String id, String title, String channel) {
        return new SearchHit(id, title, channel);
    }

    @Test
    void takesTheFirstResultWithTitleAndArtistInTitleOrChannel() {
        List<SearchHit> hits = List.of(hit("cover", "Neon Hearts (cover)", "Sam and Jo"),
                hit("topic", "Neon Hearts", "Mara Vell - Topic"),
                hit("official", "Mara Vell - Neon Hearts (Official Video)", "MaraVellVEVO"));

        assertThat(SearchMatch.best(hits, "Neon Hearts", "Mara Vell")).get().extracting(SearchHit::videoId)
                .isEqualTo("topic");
    }

    @Test
    void foldsCaseAccentsPunctuationAndHtmlEscapes() {
        List<SearchHit> hits = List.of(hit("a", "BEYONCÉ &amp; JAY - Don&#39;t Stop!", "x"));

        assertThat(SearchMatch.best(hits, "Don't stop", "Beyonce")).isPresent();
    }

    @Test
    void comparesWholeWordsAndTheTitlesCore() {
        assertThat(SearchMatch.best(List.of(hit("a", "Heartsease by Mara Vellington", "x")), "Hearts", "Mara Vell"))
                .isEmpty();
        assertThat(SearchMatch.core("Neon Hearts (feat. Ola) - Radio Edit")).isEqualTo("Neon Hearts");
        assertThat(SearchMatch.core("(Intro)")).isEqualTo("(Intro)");
    }

    @Test
    void noMatchIsNoVideo() {
        assertThat(SearchMatch.best(List.of(hit("a", "Glass Rivers", "Mara Vell")), "Neon Hearts", "Mara Vell"))
                .isEmpty();
        assertThat(SearchMatch.best(List.of(hit("a", "Neon Hearts", "Mara Vell")), "Neon Hearts", "")).isEmpty();
    }
}

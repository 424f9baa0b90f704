package com.scoutdesk.integration.musicbrainz;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.model.SocialLink;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** URL relations to link kinds: by host, since MusicBrainz files most socials under "social network". */
class ArtistLinksTest {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
        "social network, https://twitter.com/edsheeran, X",
        "social network, https://x.com/edsheeran, X",
        "social network, https://www.instagram.com/edsheeran/, INSTAGRAM",
        "social network, https://m.facebook.com/EdSheeranMusic, FACEBOOK",
        "social network, https://www.tiktok.com/@edsheeran, TIKTOK",
        "youtube, https://www.youtube.com/user/EdSheeran, YOUTUBE",
        "video channel, https://youtube.com/@edsheeran, YOUTUBE",
        "bandcamp, https://someone.bandcamp.com/, BANDCAMP",
        "soundcloud, https://soundcloud.com/edsheeran, SOUNDCLOUD",
        "official homepage, https://www.edsheeran.com/, WEBSITE",
        "wikipedia, https://en.wikipedia.org/wiki/Ed_Sheeran, WIKIPEDIA"})
    void theKindIsToldByHost(String type, String url, SocialLink kind) {
        assertThat(ArtistLinks.kind(type, url)).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0} {1} -> none")
    @CsvSource({
        "free streaming, https://open.spotify.com/artist/6eUKZXaKkcviH0Ku9w2n3V",
        "wikidata, https://www.wikidata.org/wiki/Q47447",
        "social network, https://notinstagram.com/x",
        "blog, http://teddystimeline.tumblr.com/",
        "social network, not a url"})
    void otherLinksAreLeftOut(String type, String url) {
        assertThat(ArtistLinks.kind(type, url)).isNull();
    }
}

package com.scoutdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.scoutdesk.model.ActivityEvent;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Managing tags on a real workspace: counts, unique names, merge and delete, and undoing each. */
class TagServiceTest extends WorkspaceFixture {

    private TagService tags;
    private long first;
    private long second;
    private long third;

    @BeforeEach
    void open() {
        first = openWithOneTrack();
        second = addTrack("S000000000000000000002", "Glass Rooms");
        third = addTrack("S000000000000000000003", "Low Tide");
        tags = new TagService(db, clock);
        tracks.setTags(first, List.of("demo"));
        tracks.setTags(second, List.of("demo", "hot"));
        tracks.setTags(third, List.of("demos"));
    }

    private Map<String, TagUsage> byName() {
        return tags.list().stream().collect(Collectors.toMap(TagUsage::name, Function.identity()));
    }

    private List<String> tagsOf(long trackId) {
        return tracks.lead(trackId).tags();
    }

    private List<String> activityKinds() {
        return db.read(em -> em.createQuery("select e from ActivityEvent e where e.kind like 'tag.%' order by e.id",
                ActivityEvent.class).getResultList().stream().map(ActivityEvent::getKind).toList());
    }

    @Test
    void listsEveryTagWithItsTrackCountByName() {
        assertThat(tags.list()).extracting(TagUsage::name, TagUsage::tracks)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("demo", 2L),
                        org.assertj.core.groups.Tuple.tuple("demos", 1L),
                        org.assertj.core.groups.Tuple.tuple("hot", 1L));
    }

    @Test
    void aNewTagNeedsAFreeNameInAnyCaseAndAColourWrittenRrggbb() {
        TagUsage made = tags.create("  Follow up ", "#2E7D32");

        assertThat(made.name()).isEqualTo("Follow up");
        assertThat(made.color()).isEqualTo("#2e7d32");
        assertThat(made.tracks()).isZero();
        assertThatThrownBy(() -> tags.create("HOT", null)).isInstanceOf(InvalidInputException.class)
                .hasMessage("A tag named 'hot' exists already. Pick another name, or merge the two tags.");
        assertThatThrownBy(() -> tags.create("warm", "green")).isInstanceOf(InvalidInputException.class)
                .hasMessage("A colour is written #rrggbb, such as #2e7d32; 'green' is not.");
        assertThatThrownBy(() -> tags.create(" ", null)).isInstanceOf(InvalidInputException.class)
                .hasMessage("A tag needs 1 to 60 characters; '' has 0.");
        assertThat(byName()).containsOnlyKeys("demo", "demos", "hot", "Follow up");
        assertThat(activityKinds()).containsExactly(TagService.CREATED);
    }

    @Test
    void aRenameReachesEveryTrackAndItsUndoPutsTheNameAndColourBack() {
        long hot = byName().get("hot").id();
        tags.recolor(hot, "#c62828");

        TagUndo undo = tags.rename(hot, "priority");

        assertThat(tagsOf(second)).containsExactly("demo", "priority");
        assertThatThrownBy(() -> tags.rename(hot, "Demo")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("A tag named 'demo' exists already");
        tags.undo(undo);
        assertThat(tagsOf(second)).containsExactly("demo", "hot");
        assertThat(byName().get("hot").color()).isEqualTo("#c62828");
        // its own name in another case is not "taken"
        tags.rename(hot, "HOT");
        assertThat(tagsOf(second)).containsExactly("demo", "HOT");
        assertThat(activityKinds()).containsExactly(TagService.RECOLORED, TagService.RENAMED, TagService.RESTORED,
                TagService.RENAMED);
    }

    @Test
    void aMergeLeavesOneTagOnEveryTrackOfTheOthersAndItsUndoPutsEachBackWhereItWas() {
        Map<String, TagUsage> before = byName();
        long hot = before.get("hot").id();
        tags.recolor(before.get("demos").id(), "#1565c0");

        TagUndo undo = tags.merge(List.of(before.get("demo").id(), before.get("demos").id(), hot), hot);

        assertThat(tagsOf(first)).containsExactly("hot");
        assertThat(tagsOf(second)).containsExactly("hot");
        assertThat(tagsOf(third)).containsExactly("hot");
        assertThat(byName()).containsOnlyKeys("hot");
        assertThat(byName().get("hot").tracks()).isEqualTo(3);
        assertThat(((TagUndo.Removed) undo).gainedByTarget()).containsExactlyInAnyOrder(first, third);

        tags.undo(undo);

        assertThat(tagsOf(first)).containsExactly("demo");
        assertThat(tagsOf(second)).containsExactly("demo", "hot");
        assertThat(tagsOf(third)).containsExactly("demos");
        assertThat(byName().get("demos").color()).isEqualTo("#1565c0");
        assertThat(tags.list()).extracting(TagUsage::tracks).containsExactly(2L, 1L, 1L);
        assertThat(activityKinds()).containsExactly(TagService.RECOLORED, TagService.MERGED, TagService.RESTORED,
                TagService.RESTORED);
    }

    @Test
    void aMergeNeedsAnotherTagAndAnUnknownTagIsNamedAsGone() {
        long hot = byName().get("hot").id();

        assertThatThrownBy(() -> tags.merge(List.of(hot), hot)).isInstanceOf(InvalidInputException.class)
                .hasMessage("Choose at least one other tag to merge into this one.");
        assertThatThrownBy(() -> tags.merge(List.of(hot + 999), hot)).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("it may have been deleted or merged");
        assertThat(tagsOf(second)).containsExactly("demo", "hot");
    }

    @Test
    void aDeleteTakesTheTagOffEveryTrackAndItsUndoPutsItBack() {
        long demo = byName().get("demo").id();

        tags.delete(demo);
        TagUndo undo = tags.delete(byName().get("hot").id());

        assertThat(tagsOf(first)).isEmpty();
        assertThat(tagsOf(second)).isEmpty();
        assertThat(byName()).containsOnlyKeys("demos");
        tags.undo(undo);
        assertThat(tagsOf(second)).containsExactly("hot");
        assertThat(tagsOf(first)).isEmpty();
        assertThat(activityKinds()).containsExactly(TagService.DELETED, TagService.DELETED, TagService.RESTORED);
    }

    @Test
    void undoingADeleteReusesATagOfTheSameNameMadeSince() {
        TagUndo undo = tags.delete(byName().get("hot").id());
        TagUsage again = tags.create("Hot", "#000000");

        tags.undo(undo);

        assertThat(tags.list()).extracting(TagUsage::name).containsExactly("demo", "demos", "Hot");
        assertThat(tagsOf(second)).containsExactly("demo", "Hot");
        assertThat(byName().get("Hot").id()).isEqualTo(again.id());
    }
}
